using AseanMinerals.Core.Aggregation;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

public class HeadlineFiguresTests
{
    private static readonly TradeCube Cube = TradeCube.Build(Year2018);
    private static readonly AreaGroup Asean = AreaGroup.Asean();

    [Fact]
    public void Minerals_trade_in_2018_adds_the_seven_minerals_rows_and_nothing_else()
    {
        var minerals = Cube.Value(Y2018, Asean);

        // 5,000 + 7,000 + 2,000 + 3,000 + 4,000 + 1,500.25 + 2,999.75 = 25,500.00
        minerals.Value.Should().Be(25_500.00m);
        // exports 5,000 + 7,000 + 3,000 + 1,500.25 = 16,500.25; imports 2,000 + 4,000 + 2,999.75 = 8,999.75
        minerals.Exports.Should().Be(16_500.25m);
        minerals.Imports.Should().Be(8_999.75m);
        minerals.Commodities.Should().Be("scope minerals");
    }

    [Fact]
    public void Total_trade_uses_the_TOTAL_rows_and_says_so()
    {
        var total = Cube.TotalTrade(Y2018, Asean);

        // 100,000 + 90,000 + 80,000 + 70,000 + 120,000.50 + 110,000.25
        total.Value.Should().Be(570_000.75m);
        total.TotalBasis.Should().Be(TotalBasis.TotalRows);
        total.PartnerBasis.Should().Be(PartnerBasis.WorldRows);
    }

    [Fact]
    public void Minerals_share_of_total_trade_is_minerals_over_the_TOTAL_rows()
    {
        var share = Cube.ShareOfTotalTrade(Y2018, Asean);

        share.Share.Should().Be(25_500.00m / 570_000.75m); // about 4.47%
        share.Denominator.TotalBasis.Should().Be(TotalBasis.TotalRows);
        share.Numerator.PartnerBasis.Should().Be(PartnerBasis.SumOfPartners);
    }

    [Fact]
    public void Intra_ASEAN_share_of_minerals_trade_counts_the_partners_that_are_members()
    {
        var share = Cube.IntraGroupShare(Y2018);

        // with Malaysia, Singapore, Indonesia as partners: 5,000 + 2,000 + 3,000 + 1,500.25 + 2,999.75 = 14,500.00
        share.Numerator.Value.Should().Be(14_500.00m);
        share.Denominator.Value.Should().Be(25_500.00m);
        share.Share.Should().Be(14_500m / 25_500m); // about 56.86%
        share.Measure.Should().Contain("intra-ASEAN");
    }

    [Fact]
    public void The_headline_puts_the_three_figures_together_in_words()
    {
        var headline = Cube.Headline(Y2018);

        headline.CommodityTrade.Value.Should().Be(25_500.00m);
        headline.ShareOfTotalTrade.Share.Should().Be(25_500.00m / 570_000.75m);
        headline.IntraGroupShare.Share.Should().Be(14_500m / 25_500m);
        headline.ToString().Should().Be("Trade in scope minerals was US$25,500.00 in 2018, 4.47% of total trade; 56.86% of it was within the group (ASEAN (changing composition: the members at each period's end)).");
    }

    [Fact]
    public void Mineral_fuels_join_when_the_scope_says_so()
    {
        // 25,500.00 + coal 20,000.00
        Cube.Value(Y2018, Asean, CommoditySelection.Scope("minerals-and-fuels")).Value.Should().Be(45_500.00m);
    }

    [Fact]
    public void Subset_flows_and_breakdown_rows_are_kept_apart_and_accounted_for()
    {
        Cube.Statistics.RecordsRead.Should().Be(17);
        Cube.Statistics.BreakdownRecordsSetAside.Should().Be(1);
        Cube.Statistics.RecordsAggregated.Should().Be(16);
        // The re-export has a cell of its own, not added to Singapore's 1,500.25 exports.
        Cube.Cells.Should().ContainSingle(c => c.Flow == Core.Trade.TradeFlow.ReExport).Which.Value.Should().Be(500.00m);
        Cube.Value(Y2018, AreaGroup.Of("Singapore", Singapore), direction: TradeDirection.Exports).Value.Should().Be(1_500.25m);
    }

    [Fact]
    public void A_sum_of_all_commodities_without_TOTAL_rows_adds_every_commodity_row()
    {
        var total = Cube.TotalTrade(Y2018, Asean, TotalBasis.SumOfCommodities);

        // minerals 25,500.00 + coal 20,000.00 + transformers 10,000.00
        total.Value.Should().Be(55_500.00m);
        total.TotalBasis.Should().Be(TotalBasis.SumOfCommodities);
    }
}
