namespace AseanMinerals.Cli.Input;

/// <summary>How a trade file is read: by the JSON Lines reader of the core, or by the Comtrade importer.</summary>
internal enum TradeFileKind
{
    /// <summary>One trade record a line (<c>.jsonl</c>, <c>.ndjson</c>).</summary>
    JsonLines,

    /// <summary>Any file the Comtrade importer detects (Comtrade+ CSV and JSON, legacy bulk and API CSV, gzip).</summary>
    Comtrade,
}
