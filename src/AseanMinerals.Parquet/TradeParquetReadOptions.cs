using AseanMinerals.Core.Countries;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Parquet;

/// <summary>
/// How a Parquet file or dataset is read: the options of every trade source, plus the partitions to read. Pruning works on
/// the folder names (<c>year=2022</c>, <c>reporter=156</c>): the files of other partitions are not opened, and their rows
/// are not rows read. Rows of the files that are read are never filtered out one by one.
/// </summary>
public sealed record TradeParquetReadOptions : TradeSourceOptions
{
    /// <summary>The years to read (folders <c>year=YYYY</c>); null reads every year.</summary>
    public IReadOnlySet<int>? Years { get; init; }

    /// <summary>The reporters to read (folders <c>reporter=NNN</c>); null reads every reporter.</summary>
    public IReadOnlySet<AreaCode>? Reporters { get; init; }
}
