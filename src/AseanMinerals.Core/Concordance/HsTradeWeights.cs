using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Concordance;

/// <summary>
/// The weights of <see cref="HsSplitMode.TradeWeighted"/>: each reporter's own trade per flow in the codes of the target
/// edition, summed from the records already in that edition (over all partners and periods; <c>TOTAL</c>, breakdown and
/// non-positive records left out). A streamed conversion needs them before its first record, so they come from a pass
/// over the data first (<see cref="From"/>, or <see cref="Add"/> record by record while reading it once), or from the
/// user's own data in the target edition. Memory is proportional to the distinct reporter, flow and code keys.
/// </summary>
public sealed class HsTradeWeights
{
    private readonly Dictionary<(AreaCode Reporter, TradeFlow Flow, HsCode Code), decimal> _weights = [];

    /// <summary>Creates empty weights for one target edition.</summary>
    /// <param name="target">The edition the records are converted to: only records in it add weight.</param>
    public HsTradeWeights(HsRevision target) => Target = target;

    /// <summary>The edition whose records give the weights.</summary>
    public HsRevision Target { get; }

    /// <summary>How many distinct reporter, flow and code keys hold weight.</summary>
    public int Count => _weights.Count;

    /// <summary>Weights from one pass over records.</summary>
    /// <param name="records">The records (only those in <paramref name="target"/> add weight).</param>
    /// <param name="target">The target edition.</param>
    /// <returns>The weights.</returns>
    public static HsTradeWeights From(IEnumerable<TradeRecord> records, HsRevision target)
    {
        ArgumentNullException.ThrowIfNull(records);
        var weights = new HsTradeWeights(target);
        foreach (var record in records)
        {
            weights.Add(record);
        }

        return weights;
    }

    /// <summary>Adds a record's value to its reporter, flow and code, when it is a positive record in <see cref="Target"/>.</summary>
    /// <param name="record">Any record; those of other editions, <c>TOTAL</c>, breakdown rows and non-positive values add nothing.</param>
    public void Add(in TradeRecord record)
    {
        if (record.Revision == Target && !record.Commodity.IsTotal && !record.IsBreakdown && record.Value > 0)
        {
            var key = (record.Reporter, record.Flow, record.Commodity);
            _weights[key] = _weights.GetValueOrDefault(key) + record.Value;
        }
    }

    internal decimal Of(AreaCode reporter, TradeFlow flow, HsCode code) => _weights.GetValueOrDefault((reporter, flow, code));

    /// <inheritdoc />
    public override string ToString() => $"Trade weights in {Target.ToComtradeCode()}: {Count} reporter, flow and code keys";
}
