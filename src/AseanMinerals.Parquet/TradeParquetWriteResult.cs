namespace AseanMinerals.Parquet;

/// <summary>What a Parquet writing made.</summary>
/// <param name="Files">The files written, as full paths, in order.</param>
/// <param name="Rows">The records written.</param>
public sealed record TradeParquetWriteResult(IReadOnlyList<string> Files, long Rows);
