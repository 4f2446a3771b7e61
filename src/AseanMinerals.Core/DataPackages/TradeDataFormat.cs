namespace AseanMinerals.Core.DataPackages;

/// <summary>
/// How the files of a trade dataset hold its records, which decides the columns of its Table Schema: JSON Lines keep the
/// JSON schema's members (the breakdown an object); CSV, Parquet and Arrow are flat (the breakdown three columns, and
/// <c>year</c> and <c>month</c> after the period).
/// </summary>
public enum TradeDataFormat
{
    /// <summary>One JSON object a line (<c>.jsonl</c>), as <see cref="Serialization.AseanMineralsJson.WriteTradeRecordLinesAsync"/> writes them.</summary>
    JsonLines,

    /// <summary>Comma-separated values with a header line, in the flat columns.</summary>
    Csv,

    /// <summary>Apache Parquet files (AseanMinerals.Parquet), in the flat columns.</summary>
    Parquet,

    /// <summary>An Apache Arrow IPC file (<c>.arrow</c>, AseanMinerals.Parquet), in the flat columns.</summary>
    Arrow,
}
