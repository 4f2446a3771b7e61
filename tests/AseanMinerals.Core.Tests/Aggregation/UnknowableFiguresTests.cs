using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Figures the data is not fine enough to give are absent with the reason, never 0% or 100%: a file of TOTAL rows says
/// nothing about minerals, a file of World rows nothing about partners, and a file of some HS codes nothing about total
/// trade.
/// </summary>
public class UnknowableFiguresTests
{
    private static readonly AreaGroup Asean = AreaGroup.Asean();

    [Fact]
    public void The_minerals_share_of_data_with_TOTAL_rows_only_is_absent_not_zero()
    {
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100_000m), Record(Indonesia, China, TradeFlow.Export, "TOTAL", 30_000m)]);

        var share = cube.ShareOfTotalTrade(Y2018, Asean);

        share.Share.Should().BeNull();
        share.Numerator.Value.Should().BeNull();
        share.AbsentReason.Should().Contain("no commodity rows").And.Contain("TOTAL rows at most");
    }

    [Fact]
    public void A_share_of_a_whole_of_zero_is_absent_naming_the_whole_whose_it_is_and_when()
    {
        // Indonesia's TOTAL exports are 0 (World row) with 0 to Malaysia: the share of ASEAN in them has no whole. Before,
        // the reason read "the denominator is zero", naming neither the figure nor the reporters nor the year.
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "TOTAL", 0m), Record(Indonesia, Malaysia, TradeFlow.Export, "TOTAL", 0m)]);

        var share = cube.PartnerGroupShare(Y2018, Asean, Asean, CommoditySelection.All(), TradeDirection.Exports);

        share.Share.Should().BeNull();
        share.Absence!.Kind.Should().Be(FigureAbsenceKind.DenominatorZero);
        share.AbsentReason.Should().StartWith("the denominator (total trade of ASEAN").And.EndWith("in 2018) is zero");
    }

    [Fact]
    public void Minerals_trade_and_its_breakdown_from_TOTAL_rows_only_say_the_data_cannot_tell_not_that_there_are_no_records()
    {
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100_000m)]);

        var minerals = cube.Value(Y2018, Asean, direction: TradeDirection.Exports);
        var byGroup = cube.SharesByCommodityGroup(Y2018, Asean, direction: TradeDirection.Exports);

        minerals.Value.Should().BeNull();
        minerals.Absence!.Kind.Should().Be(FigureAbsenceKind.NoCommodityRows);
        minerals.Absence.Members.Should().Equal(Indonesia);
        minerals.Absence.Flow.Should().Be(TradeFlow.Export);
        minerals.Absence.Period.Should().Be(Y2018);
        byGroup.Total.Should().BeNull();
        byGroup.Absence.Should().Be(minerals.Absence);
    }

    [Fact]
    public void A_scope_with_no_rows_in_data_that_has_commodity_rows_is_absent_as_no_records()
    {
        // Coal only: the rows by commodity are there, none is in the default scope (no mineral fuels).
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "270112", 15_000m)]);

        var minerals = cube.Value(Y2018, Asean, direction: TradeDirection.Exports);

        minerals.Value.Should().BeNull();
        minerals.AbsentReason.Should().StartWith("no records for 2018");
    }

    [Fact]
    public void A_partner_share_of_data_with_World_rows_only_is_absent_not_zero()
    {
        var cube = TradeCube.Build([Record(China, World, TradeFlow.Import, "TOTAL", 2_000m)]);

        var share = cube.PartnerGroupShare(Y2018, AreaGroup.Of("China", China), Asean, CommoditySelection.All(), TradeDirection.Imports);

        share.Share.Should().BeNull();
        share.AbsentReason.Should().Contain("no rows by partner").And.Contain("World rows at most");
    }

    [Fact]
    public void A_partner_share_of_both_flows_is_absent_when_one_flow_has_World_rows_only()
    {
        // Imports by partner (300 of 2,000 from Malaysia), exports against the World only: 300 / (2,000 + 5,000) would
        // be 4.3%, with China's exports to ASEAN left out of the numerator.
        var cube = TradeCube.Build([
            Record(China, World, TradeFlow.Import, "TOTAL", 2_000m),
            Record(China, Malaysia, TradeFlow.Import, "TOTAL", 300m),
            Record(China, World, TradeFlow.Export, "TOTAL", 5_000m)]);
        var china = AreaGroup.Of("China", China);

        var both = cube.PartnerGroupShare(Y2018, china, Asean, CommoditySelection.All(), TradeDirection.ExportsAndImports);
        var imports = cube.PartnerGroupShare(Y2018, china, Asean, CommoditySelection.All(), TradeDirection.Imports);

        both.Share.Should().BeNull();
        both.AbsentReason.Should().Contain("no rows by partner for China").And.Contain("export");
        imports.Share.Should().Be(300m / 2_000m);
    }

    [Fact]
    public void The_minerals_share_of_a_group_covers_only_the_members_with_commodity_rows_and_says_so()
    {
        // Indonesia: 1,000 of iron ore in 10,000 of trade; Malaysia: 8,000 of trade and no commodity rows. 1,000 / 18,000
        // would count Malaysia's minerals as zero: the share is over Indonesia alone, 1,000 / 10,000, and says Malaysia's
        // rows are too coarse; with every member required, it is absent.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 10_000m),
            Record(Indonesia, World, TradeFlow.Export, "260111", 1_000m),
            Record(Malaysia, World, TradeFlow.Export, "TOTAL", 8_000m)]);

        var asean = cube.ShareOfTotalTrade(Y2018, Asean, direction: TradeDirection.Exports);

        asean.Share.Should().Be(0.1m);
        asean.Denominator.Value.Should().Be(10_000m);
        asean.Coverage!.Covered.Should().Equal(Indonesia);
        asean.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.RowsTooCoarse));
        asean.Denominator.Coverage.Should().Be(asean.Coverage);
        var required = asean.RequireCoverage(CoverageRequirement.All);
        required.Share.Should().BeNull();
        required.AbsentReason.Should().Contain("MYS (rows too coarse)");
    }

    [Fact]
    public void A_partner_share_is_zero_when_the_rows_by_partner_are_there_and_none_is_with_the_group()
    {
        // China's imports: 2,000 from the World, 500 of them from Korea and none from an ASEAN member.
        var cube = TradeCube.Build([
            Record(China, World, TradeFlow.Import, "TOTAL", 2_000m),
            Record(China, new(410), TradeFlow.Import, "TOTAL", 500m)]);

        var share = cube.PartnerGroupShare(Y2018, AreaGroup.Of("China", China), Asean, CommoditySelection.All(), TradeDirection.Imports);

        share.Share.Should().Be(0m);
        share.Numerator.Value.Should().Be(0m);
        share.Denominator.Value.Should().Be(2_000m);
    }

    [Fact]
    public void Total_trade_by_default_needs_TOTAL_rows_so_a_file_of_one_HS_code_is_not_100_percent_minerals()
    {
        // Iron ore only: as a "total" it would make iron ore all of Indonesia's trade.
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "260111", 5_000m)]);

        var share = cube.ShareOfTotalTrade(Y2018, Asean);

        share.Share.Should().BeNull();
        share.Denominator.Value.Should().BeNull();
        share.Absence!.Kind.Should().Be(FigureAbsenceKind.DenominatorAbsent);
        share.Absence.Cause!.Kind.Should().Be(FigureAbsenceKind.NoTotalRows);
        share.AbsentReason.Should().Contain("no TOTAL rows").And.NotContain("TotalBasis");
    }

    [Fact]
    public void The_sum_of_commodity_rows_is_total_trade_when_asked_for_by_name()
    {
        // Iron ore 5,000 and coal 15,000: minerals (no fuels) are 5,000 of the 20,000 of all rows.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "260111", 5_000m),
            Record(Indonesia, World, TradeFlow.Export, "270112", 15_000m)]);

        var share = cube.ShareOfTotalTrade(Y2018, Asean, basis: TotalBasis.SumOfCommodities);

        share.Share.Should().Be(0.25m);
        share.Denominator.TotalBasis.Should().Be(TotalBasis.SumOfCommodities);
    }
}
