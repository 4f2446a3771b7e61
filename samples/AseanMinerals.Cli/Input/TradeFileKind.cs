namespace AseanMinerals.Cli.Input;

/// <summary>Which trade source reads a file: the JSON Lines reader of the core, the Comtrade importer, or the Parquet reader.</summary>
internal enum TradeFileKind
{
    /// <summary>One trade record a line (<c>.jsonl</c>, <c>.ndjson</c>, plain or <c>.gz</c>).</summary>
    JsonLines,

    /// <summary>Any file the Comtrade importer detects (Comtrade+ CSV and JSON, legacy bulk and API CSV, gzip).</summary>
    Comtrade,

    /// <summary>A <c>.parquet</c> file or a folder of them (a dataset that <c>convert -o</c> wrote), read by AseanMinerals.Parquet.</summary>
    Parquet,

    /// <summary>An Arrow IPC file (<c>.arrow</c>), read by AseanMinerals.Parquet.</summary>
    Arrow,
}
