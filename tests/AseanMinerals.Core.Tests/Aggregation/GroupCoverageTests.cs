using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>Issue 11, cases 1 to 4: a group figure says which members it covers, each reporter and flow has its own partner basis, no share above 100%, and every indicator is over one member set.</summary>
public class GroupCoverageTests
{
    private static readonly AreaGroup Asean = AreaGroup.Asean();

    [Fact]
    public void Case_1_ASEAN_total_trade_of_three_reporting_members_says_it_covers_3_of_10()
    {
        // HandMadeRecords.Year2018: TOTAL rows for Indonesia, Malaysia and Singapore only; ASEAN had ten members in 2018.
        var total = TradeCube.Build(Year2018).TotalTrade(Y2018, Asean);

        total.Value.Should().Be(570_000.75m);
        total.Coverage!.Members.Should().HaveCount(10);
        total.Coverage.Covered.Should().Equal(Indonesia, Malaysia, Singapore);
        total.Coverage.Missing.Should().OnlyContain(static m => m.Gap == CoverageGap.NoRows).And.HaveCount(7);
        // Members in name order, ISO alpha-3 codes: Brunei, Cambodia, Lao PDR, Myanmar, Philippines, Thailand, Viet Nam lack rows.
        total.Coverage.ToString().Should().Be("3 of 10 members: IDN MYS SGP; missing BRN KHM LAO MMR PHL THA VNM");
        total.RequireCoverage(CoverageRequirement.All).Value.Should().BeNull();
        total.RequireCoverage(CoverageRequirement.AtLeast(0.3m)).Value.Should().Be(570_000.75m);
    }

    [Fact]
    public void Case_2_one_members_World_rows_do_not_hide_another_members_partner_rows()
    {
        // Indonesia: minerals exports 100 against the World; Malaysia: 400 to Singapore only. Before: 100 (World rows
        // chosen for the whole selection). Now each reporter and flow on its own basis: 100 + 400 = 500, stated as mixed.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "260111", 100m),
            Record(Malaysia, Singapore, TradeFlow.Export, "260111", 400m)]);

        var minerals = cube.Value(Y2018, Asean, direction: TradeDirection.Exports);

        minerals.Value.Should().Be(500m);
        minerals.PartnerBasis.Should().Be(PartnerBasis.Mixed);
        minerals.Partners.Should().Be("all partners (World rows: IDN export; sum of partner rows: MYS export)");
        cube.Value(Y2018, AreaGroup.Of("Indonesia", Indonesia), direction: TradeDirection.Exports).Value.Should().Be(100m);
        cube.Value(Y2018, AreaGroup.Of("Malaysia", Malaysia), direction: TradeDirection.Exports).Value.Should().Be(400m);
    }

    [Fact]
    public void Case_2_exports_with_a_World_row_and_imports_without_one_each_take_their_own_basis()
    {
        // China: exports World 1,000 (partners 600 + 400); imports by partner only, 300 + 200. Before: 1,000 (the imports
        // lost). Now exports 1,000 from the World row + imports 500 from the partner rows = 1,500.
        var usa = new AreaCode(842);
        var germany = new AreaCode(276);
        var cube = TradeCube.Build([
            Record(China, World, TradeFlow.Export, "TOTAL", 1_000m),
            Record(China, usa, TradeFlow.Export, "TOTAL", 600m),
            Record(China, germany, TradeFlow.Export, "TOTAL", 400m),
            Record(China, usa, TradeFlow.Import, "TOTAL", 300m),
            Record(China, germany, TradeFlow.Import, "TOTAL", 200m)]);
        var china = AreaGroup.Of("China", China);

        var total = cube.TotalTrade(Y2018, china);
        var partners = cube.SharesByPartner(Y2018, china, 10, CommoditySelection.All());

        total.Value.Should().Be(1_500m);
        total.Exports.Should().Be(1_000m);
        total.Imports.Should().Be(500m);
        total.PartnerBasis.Should().Be(PartnerBasis.Mixed);
        partners.Total.Should().Be(1_500m); // 600 + 400 + 300 + 200
    }

    [Fact]
    public void Case_3_partner_rows_above_the_World_row_give_no_share_above_100_percent()
    {
        // Indonesia: World exports 100, partner rows 150 with Malaysia. 150 / 100 = 150% before; now absent with the reason.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "260111", 100m),
            Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 150m)]);

        var share = cube.PartnerGroupShare(Y2018, AreaGroup.Of("Indonesia", Indonesia), Asean, direction: TradeDirection.Exports);

        share.Share.Should().BeNull();
        share.Numerator.Value.Should().Be(150m);
        share.Denominator.Value.Should().Be(100m);
        share.AbsentReason.Should().Contain("exceeds the whole").And.Contain("contradict");
    }

    [Fact]
    public void Case_3_a_chapter_above_the_TOTAL_row_gives_no_minerals_share_above_100_percent()
    {
        // TOTAL 100, chapter 26 at 500: 500% before; now absent.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100m),
            Record(Indonesia, World, TradeFlow.Export, "26", 500m)]);

        var share = cube.ShareOfTotalTrade(Y2018, AreaGroup.Of("Indonesia", Indonesia), direction: TradeDirection.Exports);

        share.Share.Should().BeNull();
        share.AbsentReason.Should().Contain("exceeds the whole");
    }

    [Fact]
    public void Case_4_revealed_comparative_advantage_divides_over_the_same_members()
    {
        // Indonesia: total exports 1,000, iron ore 100; Malaysia: iron ore 500 and no TOTAL row. World: 1,000 of 100,000
        // (1%). Before: (600 / 1,000) / 0.01 = 60. Over the one member on both sides: (100 / 1,000) / 0.01 = 10.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 1_000m),
            Record(Indonesia, World, TradeFlow.Export, "260111", 100m),
            Record(Malaysia, World, TradeFlow.Export, "260111", 500m)]);

        var rca = cube.RevealedComparativeAdvantage(Y2018, Asean, CommoditySelection.DefaultScope, 1_000m, 100_000m);

        rca.Index.Should().Be(10m);
        rca.CommodityExports.Should().Be(100m);
        rca.TotalExports.Should().Be(1_000m);
        rca.Coverage!.Covered.Should().Equal(Indonesia);
        rca.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.NoTotalRows)); // commodity rows, no TOTAL row: finer rows, not coarser (review 12b)
    }

    [Fact]
    public void Breakdowns_carry_the_coverage_of_their_total()
    {
        var byPartner = TradeCube.Build(Year2018).SharesByPartner(Y2018, Asean);

        byPartner.Coverage!.Covered.Should().Equal(Indonesia, Malaysia, Singapore);
    }
}
