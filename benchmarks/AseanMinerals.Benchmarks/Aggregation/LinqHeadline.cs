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

    /// <summary>
    /// One question the plain way: the three figures of one period straight from the records, no cube (a filter and three
    /// sums, each HS code classified as it comes).
    /// </summary>
    public static HeadlineFigures OneQuestion(TradeRecord[] records, CommodityClassifier classifier, TradePeriod period)
    {
        var members = AreaGroup.Asean().MembersFor(period).ToHashSet();
        var asean = records
            .Where(r => r.Period == period && !r.IsBreakdown && members.Contains(r.Reporter) && r.Flow.IsTotal() && !r.Partner.IsWorld)
            .Select(r => (r.Partner, r.Value, Minerals: classifier.IsInScope(r.Commodity, MineralsClassification.MineralsScope), Total: classifier.Classify(r.Commodity).Index == CommodityClassifier.TotalCell))
            .Where(static r => !r.Total)
            .ToList();
        var total = asean.Sum(static r => r.Value);
        var minerals = asean.Where(static r => r.Minerals).Sum(static r => r.Value);
        var intra = asean.Where(r => r.Minerals && members.Contains(r.Partner)).Sum(static r => r.Value);
        return new HeadlineFigures(minerals, minerals / total, intra / minerals);
    }
}
