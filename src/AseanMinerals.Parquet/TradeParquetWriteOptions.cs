namespace AseanMinerals.Parquet;

/// <summary>How trade records are written to Parquet: the value's scale, row groups, file sizes, partitions.</summary>
public sealed record TradeParquetWriteOptions
{
    /// <summary>The options with every default.</summary>
    public static TradeParquetWriteOptions Default { get; } = new();

    /// <summary>
    /// The decimals kept of each value (default 9): the value column is DECIMAL(38, scale), so it holds every value with
    /// at most <c>scale</c> decimals and up to <c>38 - scale</c> digits before the point (a .NET decimal has at most 29).
    /// A value with more decimals is refused, never rounded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not between 0 and 28.</exception>
    public int ValueScale
    {
        get;
        init => field = value is >= 0 and <= 28 ? value : throw new ArgumentOutOfRangeException(nameof(ValueScale), value, "The scale must be between 0 and 28.");
    } = 9;

    /// <summary>The most rows in one row group (default 100,000): the unit a reader holds in memory.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not positive.</exception>
    public int RowGroupSize
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(RowGroupSize), value, "The row group size must be positive.");
    } = 100_000;

    /// <summary>The most rows in one file (default 5,000,000); a partition with more gets <c>part-1.parquet</c> and so on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not positive.</exception>
    public long MaxRowsPerFile
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRowsPerFile), value, "The number of rows per file must be positive.");
    } = 5_000_000;

    /// <summary>How a dataset folder is split (default: by year, then reporter). A single file is never split.</summary>
    public TradeParquetPartitioning PartitionBy { get; init; } = TradeParquetPartitioning.Year | TradeParquetPartitioning.Reporter;

    /// <summary>
    /// The most rows held in memory across all open partitions before the largest is written out as a row group
    /// (default 1,000,000), so that memory stays bounded however many partitions the input spreads over.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not positive.</exception>
    public int MaxBufferedRows
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBufferedRows), value, "The number of buffered rows must be positive.");
    } = 1_000_000;

    /// <summary>Whether an existing file of the same name may be replaced (default false: the writing fails before it starts).</summary>
    public bool Overwrite { get; init; }
}
