using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 18: a query reads only its period's and reporters' cells, rolled up over partners or looked up by partner. The
/// figures must be those of the records themselves: each expectation is a plain sum over the generated records.
/// </summary>
public class IndexedQueryTests
{
    private static readonly TradePeriod Y2018 = TradePeriod.Annual(2018);
    private static readonly TradeRecord[] Records = [.. new TradeRecordGenerator(seed: 7).Generate(60_000)];
    private static readonly TradeCube Cube = TradeCube.Build(Records);

    [Fact]
    public void A_reporter_trade_over_all_partners_is_the_sum_of_its_records()
    {
        var reporter = Records[0].Reporter;
        var expected = Records.Where(r => r.Period == Y2018 && r.Reporter == reporter && r.Flow.IsTotal() && !r.Partner.IsWorld).Sum(static r => r.Value);

        var value = Cube.Value(Y2018, AreaGroup.Of("one", reporter), CommoditySelection.All(TotalBasis.SumOfCommodities));

        value.Value.Should().Be(expected);
    }

    [Fact]
    public void Trade_with_a_partner_group_is_the_sum_of_the_records_with_those_partners()
    {
        var asean = AreaGroup.Asean();
        var members = asean.MembersFor(Y2018).ToHashSet();
        var minerals = MineralsClassification.DefaultClassifier;
        var expected = Records
            .Where(r => r.Period == Y2018 && members.Contains(r.Reporter) && members.Contains(r.Partner) && r.Flow.IsTotal() && minerals.IsInScope(r.Commodity, MineralsClassification.MineralsScope))
            .Sum(static r => r.Value);

        var value = Cube.Value(Y2018, asean, partners: asean);

        value.Value.Should().Be(expected);
    }

    [Fact]
    public void Shares_by_partner_add_each_partner_records()
    {
        var reporter = Records[0].Reporter;
        var byPartner = Records
            .Where(r => r.Period == Y2018 && r.Reporter == reporter && r.Flow.IsTotal())
            .GroupBy(static r => r.Partner)
            .ToDictionary(static g => g.Key.ToString(), static g => g.Sum(static r => r.Value));

        var breakdown = Cube.SharesByPartner(Y2018, AreaGroup.Of("one", reporter), top: 1_000, CommoditySelection.All(TotalBasis.SumOfCommodities));

        breakdown.Parts.Should().HaveCount(byPartner.Count);
        breakdown.Parts.Should().AllSatisfy(p => p.Value.Should().Be(byPartner[p.Key]));
    }

    [Fact]
    public void Figures_asked_from_several_threads_at_once_agree()
    {
        // The index of each period and reporter is made on first use; threads racing to make it get equal answers.
        var cube = TradeCube.Build(Records);
        var answers = Enumerable.Range(0, 8).AsParallel().Select(_ => cube.Headline(Y2018, basis: TotalBasis.SumOfCommodities).CommodityTrade.Value).ToList();

        answers.Distinct().Should().ContainSingle().Which.Should().Be(Cube.Headline(Y2018, basis: TotalBasis.SumOfCommodities).CommodityTrade.Value);
    }
}
