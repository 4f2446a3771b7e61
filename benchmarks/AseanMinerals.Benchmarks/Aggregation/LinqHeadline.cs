using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>The straightforward way: LINQ GroupBy over the records into a dictionary cube, then the figures from it.</summary>
public static class LinqHeadline
{
    public static (Dictionary<(TradePeriod Period, AreaCode Reporter, AreaCode Partner, TradeFlow Flow, int Cell), decimal> Cube, HeadlineFigures Figures) Run(
        TradeRecord[] records, CommodityClassifier classifier, TradePeriod period)
    {
        var cube = records
            .Where(r => !r.IsBreakdown)
            .GroupBy(r => (r.Period, r.Reporter, r.Partner, r.Flow, Cell: classifier.Classify(r.Commodity).Index))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

        var members = AreaGroup.Asean().MembersFor(period).ToHashSet();
        var minerals = classifier.Cells.Where(c => c.Scopes.Contains(MineralsClassification.MineralsScope)).Select(c => c.Index).ToHashSet();
        var asean = cube
            .Where(kv => kv.Key.Period == period && members.Contains(kv.Key.Reporter) && kv.Key.Flow.IsTotal() && !kv.Key.Partner.IsWorld && kv.Key.Cell != CommodityClassifier.TotalCell)
            .ToList();
        var total = asean.Sum(kv => kv.Value);
        var mineralsTrade = asean.Where(kv => minerals.Contains(kv.Key.Cell)).Sum(kv => kv.Value);
        var intra = asean.Where(kv => minerals.Contains(kv.Key.Cell) && members.Contains(kv.Key.Partner)).Sum(kv => kv.Value);
        return (cube, new HeadlineFigures(mineralsTrade, mineralsTrade / total, intra / mineralsTrade));
    }
}
