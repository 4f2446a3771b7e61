using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;

namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>One question an analyst asks: a group's trade in a scope in one period, its share of all commodities, and its share with the group's own partners.</summary>
/// <param name="Period">The period.</param>
/// <param name="Group">The reporters, and the partners of the third figure.</param>
/// <param name="Scope">The commodity scope of the classification.</param>
public sealed record HeadlineQuestion(TradePeriod Period, AreaGroup Group, string Scope)
{
    /// <summary>
    /// 100 different questions on the generated records: 20 years x 5 pairs of a group and a scope (ASEAN in three
    /// scopes, the ASEAN-5 and Indonesia with Malaysia in one each).
    /// </summary>
    public static IReadOnlyList<HeadlineQuestion> Hundred()
    {
        var asean5 = AreaGroup.Of("ASEAN-5", new AreaCode(360), new AreaCode(458), new AreaCode(608), new AreaCode(702), new AreaCode(764));
        var idnMys = AreaGroup.Of("IDN+MYS", new AreaCode(360), new AreaCode(458));
        (AreaGroup Group, string Scope)[] pairs =
        [
            (AreaGroup.Asean(), "minerals"),
            (AreaGroup.Asean(), "minerals-and-fuels"),
            (AreaGroup.Asean(), "raw-minerals"),
            (asean5, "minerals"),
            (idnMys, "critical-minerals"),
        ];
        return [.. from year in Enumerable.Range(TradeRecordGenerator.FirstYear, TradeRecordGenerator.Years)
                   from pair in pairs
                   select new HeadlineQuestion(TradePeriod.Annual(year), pair.Group, pair.Scope)];
    }

    /// <summary>The question's three figures from a cube (total trade as the sum of the commodity rows, as the peers compute it).</summary>
    public HeadlineFigures AskCube(TradeCube cube)
    {
        var headline = cube.Headline(Period, Group, CommoditySelection.Scope(Scope), TotalBasis.SumOfCommodities);
        return new HeadlineFigures(headline.CommodityTrade.Value!.Value, headline.ShareOfTotalTrade.Share!.Value, headline.IntraGroupShare.Share!.Value);
    }
}
