using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 11, case 4: every group indicator (growth, HHI, mirror fill as well as shares and RCA) is computed over one set
/// of members, present on every side, and says which. Each input has mixed coverage; the answers are worked by hand.
/// </summary>
public class OneMemberSetTests
{
    private static readonly AreaGroup Asean = AreaGroup.Asean();
    private static readonly TradePeriod Y2017 = TradePeriod.Annual(2017);

    [Fact]
    public void Growth_leaves_out_a_member_that_reports_in_the_first_year_only_instead_of_calling_its_silence_a_fall()
    {
        // Indonesia: 100 in 2017, 110 in 2018; Malaysia: 50 in 2017, no rows in 2018. Before: (110 / 150) - 1 = -26.7%.
        // Over the members with rows in both years (Indonesia): 110 / 100 - 1 = 10%.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m, Y2017),
            Record(Malaysia, China, TradeFlow.Export, "260111", 50m, Y2017),
            Record(Indonesia, China, TradeFlow.Export, "260111", 110m)]);

        var growth = cube.Growth(Asean, 2017, 2018, direction: TradeDirection.Exports);

        growth.Steps.Select(static s => s.Value).Should().Equal(100m, 110m);
        growth.Steps[1].YearOnYear.Should().Be(0.1m);
        growth.Cagr.Should().BeApproximately(0.1m, 0.0000000001m);
        growth.Coverage!.Covered.Should().Equal(Indonesia);
        growth.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.NoRows));
    }

    [Fact]
    public void Growth_keeps_every_member_when_all_report_in_every_year()
    {
        // Indonesia 100 -> 120, Malaysia 50 -> 60: (120 + 60) / (100 + 50) - 1 = 20%.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m, Y2017),
            Record(Malaysia, China, TradeFlow.Export, "260111", 50m, Y2017),
            Record(Indonesia, China, TradeFlow.Export, "260111", 120m),
            Record(Malaysia, China, TradeFlow.Export, "260111", 60m)]);

        var growth = cube.Growth(Asean, 2017, 2018, direction: TradeDirection.Exports);

        growth.Steps[1].YearOnYear.Should().Be(0.2m);
        growth.Coverage!.Covered.Should().Equal(Indonesia, Malaysia);
    }

    [Fact]
    public void Growth_over_a_year_without_any_data_keeps_the_other_years_on_one_member_set()
    {
        // 2016: Indonesia 100, Malaysia 40; 2017: no rows at all; 2018: Indonesia 121 only. Over Indonesia: the CAGR over two
        // years is (121 / 100)^(1/2) - 1 = 10%; 2017 is absent with its own reason (no records).
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m, TradePeriod.Annual(2016)),
            Record(Malaysia, China, TradeFlow.Export, "260111", 40m, TradePeriod.Annual(2016)),
            Record(Indonesia, China, TradeFlow.Export, "260111", 121m)]);

        var growth = cube.Growth(Asean, 2016, 2018, direction: TradeDirection.Exports);

        growth.Steps.Select(static s => s.Value).Should().Equal(100m, null, 121m);
        growth.Steps[1].Absence!.Kind.Should().Be(FigureAbsenceKind.NoRecords);
        growth.Cagr.Should().BeApproximately(0.1m, 0.0000000001m);
        growth.Coverage!.Covered.Should().Equal(Indonesia);
    }

    [Fact]
    public void Partner_concentration_leaves_out_a_member_with_World_rows_only_in_one_flow_and_says_so()
    {
        // Indonesia: exports to China 60, imports from Singapore 40 (rows by partner). Malaysia: imports from China 500 by
        // partner, but exports to the World only (1,000), so its partners are known for one flow only and it is left out.
        // Over Indonesia: China 60 and Singapore 40 of 100: 60^2 + 40^2 = 5,200. With Malaysia's imports it would be
        // China 560 and Singapore 40 of 600: 93.33^2 + 6.67^2 = 8,755.6.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 60m),
            Record(Indonesia, Singapore, TradeFlow.Import, "260111", 40m),
            Record(Malaysia, China, TradeFlow.Import, "260111", 500m),
            Record(Malaysia, World, TradeFlow.Export, "260111", 1_000m)]);

        var hhi = cube.PartnerConcentration(Y2018, Asean);

        hhi.Index.Should().Be(5_200m);
        hhi.Parts.Should().Be(2);
        hhi.Coverage!.Covered.Should().Equal(Indonesia);
        hhi.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.RowsTooCoarse));
    }

    [Fact]
    public void Commodity_concentration_leaves_out_a_member_with_TOTAL_rows_only_in_one_flow_and_says_so()
    {
        // Indonesia: iron ore 60 (metallic ores) exported, flat-rolled iron 40 (iron and steel) imported. Malaysia: 100 of
        // flat-rolled iron exported, but imports as a TOTAL row only, so it is left out. Over Indonesia: 60^2 + 40^2 =
        // 5,200; with Malaysia's exports it would be 30^2 + 70^2 = 5,800.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 60m),
            Record(Indonesia, China, TradeFlow.Import, "720851", 40m),
            Record(Malaysia, China, TradeFlow.Export, "720851", 100m),
            Record(Malaysia, World, TradeFlow.Import, "TOTAL", 500m)]);

        var hhi = cube.CommodityConcentration(Y2018, Asean);

        hhi.Index.Should().Be(5_200m);
        hhi.Coverage!.Covered.Should().Equal(Indonesia);
        hhi.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.RowsTooCoarse));
    }

    [Fact]
    public void Mirror_fill_counts_a_member_reporting_one_flow_by_partner_in_that_flow_and_fills_the_other()
    {
        // Indonesia reports both flows by partner: exports 100 to China, imports 50 from China. Malaysia reports imports
        // from China (500) by partner but exports to the World only; China reports imports of 900 from Malaysia (and 95 from
        // Indonesia, not used: Indonesia reports its own exports). Reported 100 + 50 + 500 = 650; Malaysia's exports by
        // mirror 900; total 1,550. Before, Malaysia's own 500 of imports were dropped with its World-only exports.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m),
            Record(Indonesia, China, TradeFlow.Import, "260111", 50m),
            Record(Malaysia, China, TradeFlow.Import, "260111", 500m),
            Record(Malaysia, World, TradeFlow.Export, "260111", 1_000m),
            Record(China, Malaysia, TradeFlow.Import, "260111", 900m),
            Record(China, Indonesia, TradeFlow.Import, "260111", 95m)]);

        var filled = cube.MirrorFill(Y2018, Asean);

        filled.Reported.Should().Be(650m);
        filled.MirrorBased.Should().Be(900m);
        filled.Total.Should().Be(1_550m);
        filled.Estimates.Should().ContainSingle().Which.Should().Be(new MirrorEstimate(Malaysia, China, TradeFlow.Export, 900m, China, TradeFlow.Import));
        // Both are counted in both flows (Malaysia's exports by mirror): the coverage says so, and which flow is which.
        filled.Coverage!.Covered.Should().Equal(Indonesia, Malaysia);
        filled.Members.Should().ContainEquivalentOf(new MirrorFillMember(Malaysia, TradeFlow.Export, MemberFill.MirrorFilled) { Sources = [China] })
            .And.ContainEquivalentOf(new MirrorFillMember(Malaysia, TradeFlow.Import, MemberFill.Reported));
    }

    [Fact]
    public void Mirror_comparison_needs_rows_by_partner_on_both_sides_and_says_which_side_lacks_them()
    {
        // Indonesia reports exports to Singapore by partner (30); Singapore reports imports against the World only: its
        // side cannot tell its imports from Indonesia, so there is no gap to give.
        var cube = TradeCube.Build([
            Record(Indonesia, Singapore, TradeFlow.Export, "260111", 30m),
            Record(Singapore, World, TradeFlow.Import, "260111", 80m)]);

        var mirror = cube.Mirror(Y2018, Indonesia, Singapore);

        mirror.ReportedExports.Should().Be(30m);
        mirror.Gap.Should().BeNull();
        mirror.Absence!.Kind.Should().Be(FigureAbsenceKind.NoPartnerRows);
        mirror.Absence.Members.Should().Equal(Singapore);
    }
}
