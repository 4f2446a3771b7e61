using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// The reviewer's findings of 2026-12-02 on the share rules (3, 9a, 9b, 12): a contradiction in one flow is never hidden
/// in a figure that adds it to another, a figure that does not fit a decimal is absent with the reason (never an
/// exception), and each absence names the true reason. Inputs are the reviewer's hand-made files, as records.
/// </summary>
public class ReviewFindingsPlannerTests
{
    private static readonly AreaGroup Asean = AreaGroup.Asean();

    [Fact]
    public void Partner_rows_above_the_World_row_in_exports_make_the_exports_plus_imports_share_absent_naming_the_flow()
    {
        // c3b: exports World 100, partner rows 100 (MYS) + 50 (SGP) = 150 > 100; imports World 100, partner rows 100 (CHN).
        // Before: exports share absent, but exports + imports printed (100 + 50 + 0) / (100 + 100) = 150 / 200 = 75.00%.
        var cube = TradeCube.Build(
        [
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100m),
            Record(Indonesia, Malaysia, TradeFlow.Export, "TOTAL", 100m),
            Record(Indonesia, Singapore, TradeFlow.Export, "TOTAL", 50m),
            Record(Indonesia, World, TradeFlow.Import, "TOTAL", 100m),
            Record(Indonesia, China, TradeFlow.Import, "TOTAL", 100m),
        ]);

        var both = cube.PartnerGroupShare(Y2018, Asean, Asean, CommoditySelection.All());

        both.Share.Should().BeNull();
        both.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
        both.Absence.Flow.Should().Be(TradeFlow.Export);
        both.Absence.Members.Should().Equal(Indonesia);
        both.Absence.Numerator.Should().Be(150m); // Indonesia's exports to ASEAN partners: 100 + 50
        both.Absence.Denominator.Should().Be(100m); // its exports World row
        both.AbsentReason.Should().Contain("exports of Indonesia");
    }

    [Fact]
    public void Minerals_above_TOTAL_in_exports_make_the_minerals_share_of_total_trade_absent_though_the_sum_of_both_flows_is_below()
    {
        // c3c: exports TOTAL 100 with chapter 26 at 150; imports TOTAL 1,000 with chapter 26 at 10.
        // Before: (150 + 10) / (100 + 1,000) = 160 / 1,100 = 14.55% printed with no note.
        var cube = TradeCube.Build(
        [
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100m),
            Record(Indonesia, World, TradeFlow.Export, "26", 150m),
            Record(Indonesia, World, TradeFlow.Import, "TOTAL", 1_000m),
            Record(Indonesia, World, TradeFlow.Import, "26", 10m),
        ]);

        var share = cube.ShareOfTotalTrade(Y2018, Asean);

        share.Share.Should().BeNull();
        share.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
        share.Absence.Flow.Should().Be(TradeFlow.Export);
        share.Absence.Numerator.Should().Be(150m);
        share.Absence.Denominator.Should().Be(100m);
        cube.ShareOfTotalTrade(Y2018, Asean, direction: TradeDirection.Imports).Share.Should().Be(0.01m); // 10 / 1,000: imports alone agree
    }

    [Fact]
    public void One_members_contradiction_is_not_hidden_by_another_members_trade()
    {
        // Indonesia: exports TOTAL 100, chapter 26 at 150 (contradiction); Malaysia: exports TOTAL 10,000, chapter 26 at 0 rows
        // but chapter 27 at 50 (commodity rows, none in scope). The group: 150 / 10,100 = 1.49% would hide Indonesia's.
        var cube = TradeCube.Build(
        [
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100m),
            Record(Indonesia, World, TradeFlow.Export, "26", 150m),
            Record(Malaysia, World, TradeFlow.Export, "TOTAL", 10_000m),
            Record(Malaysia, World, TradeFlow.Export, "27", 50m),
        ]);

        var share = cube.ShareOfTotalTrade(Y2018, Asean, direction: TradeDirection.Exports);

        share.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
        share.Absence.Members.Should().Equal(Indonesia);
    }

    [Fact]
    public void A_tiny_TOTAL_under_a_large_chapter_is_a_contradiction_not_an_overflow()
    {
        // 9a: 458>000 X TOTAL 1e-20; 458>000 X 26 1e10. Before: 1e10 / 1e-20 = 1e30 > decimal's 7.9e28: OverflowException.
        var cube = TradeCube.Build(
        [
            Record(Malaysia, World, TradeFlow.Export, "TOTAL", 1e-20m),
            Record(Malaysia, World, TradeFlow.Export, "26", 1e10m),
        ]);

        var share = cube.ShareOfTotalTrade(Y2018, Asean);

        share.Share.Should().BeNull();
        share.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
        share.Absence.Members.Should().Equal(Malaysia);
    }

    [Fact]
    public void A_quotient_beyond_decimal_range_is_absent_with_the_reason()
    {
        // Mirror ratio: imports 1e10 reported by Malaysia from Indonesia over exports 1e-20 reported by Indonesia: 1e30,
        // beyond decimal's 7.9e28. Not a part and its whole, so no contradiction: the quotient just does not fit.
        var cube = TradeCube.Build(
        [
            Record(Indonesia, Malaysia, TradeFlow.Export, "26", 1e-20m),
            Record(Malaysia, Indonesia, TradeFlow.Import, "26", 1e10m),
        ]);

        var mirror = cube.Mirror(Y2018, Indonesia, Malaysia);

        mirror.ReportedExports.Should().Be(1e-20m);
        mirror.MirrorImports.Should().Be(1e10m);
        mirror.Ratio.Should().BeNull();
        mirror.Absence!.Kind.Should().Be(FigureAbsenceKind.OutOfRange);
        mirror.Absence.Numerator.Should().Be(1e10m);
        mirror.Absence.Denominator.Should().Be(1e-20m);
    }

    [Fact]
    public void A_sum_above_decimal_range_is_absent_with_the_reason_and_each_member_alone_is_there()
    {
        // 9b: 458>000 X TOTAL 5e28; 360>000 X TOTAL 5e28: the group's sum 1e29 > 79,228,162,514,264,337,593,543,950,335.
        var cube = TradeCube.Build(
        [
            Record(Malaysia, World, TradeFlow.Export, "TOTAL", 5e28m),
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 5e28m),
        ]);

        var total = cube.TotalTrade(Y2018, Asean);
        var byReporter = cube.SharesByReporter(Y2018, Asean, CommoditySelection.All());

        total.Value.Should().BeNull();
        total.Absence!.Kind.Should().Be(FigureAbsenceKind.OutOfRange);
        total.Absence.Members.Should().HaveCount(10);
        byReporter.Total.Should().BeNull();
        byReporter.Absence!.Kind.Should().Be(FigureAbsenceKind.OutOfRange);
        cube.TotalTrade(Y2018, AreaGroup.Of("Malaysia", Malaysia)).Value.Should().Be(5e28m);
    }

    [Fact]
    public void A_member_with_commodity_rows_but_no_TOTAL_rows_is_missing_for_lack_of_TOTAL_rows_not_for_coarse_rows()
    {
        // 12b: Indonesia has TOTAL rows; Malaysia has a clinker row (2523.10) only: finer rows, not coarser ones.
        var cube = TradeCube.Build(
        [
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 1_000m),
            Record(Malaysia, World, TradeFlow.Export, "252310", 40m),
        ]);

        var total = cube.TotalTrade(Y2018, Asean, direction: TradeDirection.Exports);

        total.Value.Should().Be(1_000m); // Indonesia's TOTAL row; Malaysia's clinker is not total trade
        total.Coverage!.Missing.Should().ContainSingle(m => m.Member == Malaysia).Which.Gap.Should().Be(CoverageGap.NoTotalRows);
        total.Coverage.ToString().Should().Contain("MYS (no TOTAL rows; a sum of commodity rows is not total trade)");
        total.Coverage.ToString().Should().NotContain("too coarse");
    }

    [Fact]
    public void A_reporter_without_any_row_is_absent_as_reporting_nothing_and_appearing_as_a_partner()
    {
        // 12c: China reports imports from Indonesia; Indonesia reports nothing. Before: "no TOTAL rows ... sum of its commodity rows".
        var cube = TradeCube.Build(
        [
            Record(China, World, TradeFlow.Import, "TOTAL", 5_000m),
            Record(China, Indonesia, TradeFlow.Import, "TOTAL", 300m),
        ]);

        var total = cube.TotalTrade(Y2018, AreaGroup.Of("Indonesia", Indonesia));
        var share = cube.PartnerGroupShare(Y2018, AreaGroup.Of("Indonesia", Indonesia), AreaGroup.Of("China", China), CommoditySelection.All());

        total.Absence!.Kind.Should().Be(FigureAbsenceKind.ReportsNothing);
        total.Absence.Members.Should().Equal(Indonesia);
        total.AbsentReason.Should().Be("Indonesia reports nothing in the data for 2018; it appears as a partner");
        share.Absence!.Cause!.Kind.Should().Be(FigureAbsenceKind.ReportsNothing);
    }

    [Fact]
    public void Imports_asked_of_a_reporter_with_export_rows_only_are_no_records_not_a_lack_of_TOTAL_rows()
    {
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "TOTAL", 5_000m)]);

        var imports = cube.TotalTrade(Y2018, AreaGroup.Of("Indonesia", Indonesia), direction: TradeDirection.Imports);

        imports.Absence!.Kind.Should().Be(FigureAbsenceKind.NoRecords);
    }
}
