namespace AseanMinerals.Cli.Input;

/// <summary>Which trade source reads a file: the JSON Lines reader of the core, or the Comtrade importer.</summary>
internal enum TradeFileKind
{
    /// <summary>One trade record a line (<c>.jsonl</c>, <c>.ndjson</c>, plain or <c>.gz</c>).</summary>
    JsonLines,

    /// <summary>Any file the Comtrade importer detects (Comtrade+ CSV and JSON, legacy bulk and API CSV, gzip).</summary>
    Comtrade,
}
