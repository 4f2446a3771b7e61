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

    [Fact]
    public void Top_partners_are_shares_of_the_headline_total_with_the_part_no_partner_row_covers_shown()
    {
        // tp: exports World 1,000 with 600 to Malaysia; imports World 1,000 with 100 from China. Headline total trade 2,000.
        // Before: Malaysia 600 / 700 = 85.71% of a total of 700. By hand: Malaysia 600 / 2,000 = 30%, China 100 / 2,000 = 5%,
        // not assigned (1,000 - 600) + (1,000 - 100) = 1,300 = 65%; 600 + 100 + 1,300 = 2,000.
        var cube = TradeCube.Build(TopPartnersFile);

        var byPartner = cube.SharesByPartner(Y2018, Asean, commodities: CommoditySelection.All());

        byPartner.Total.Should().Be(2_000m);
        byPartner.Total.Should().Be(cube.TotalTrade(Y2018, Asean).Value);
        byPartner.Parts.Select(static p => (p.Key, p.Value, p.Share)).Should().Equal(
            ("458", 600m, 0.3m), ("156", 100m, 0.05m), ("unassigned", 1_300m, 0.65m));
        byPartner.Notes.Should().ContainSingle().Which.Kind.Should().Be(FigureNoteKind.PartnerRowsShort);
    }

    [Fact]
    public void A_partner_share_whose_partner_rows_cover_part_of_the_World_row_says_how_much()
    {
        // tp, imports: ASEAN's share 0 / 1,000 = 0%, but only 100 of the 1,000 has a partner: 900 is assigned to none.
        var cube = TradeCube.Build(TopPartnersFile);

        var imports = cube.PartnerGroupShare(Y2018, Asean, Asean, CommoditySelection.All(), TradeDirection.Imports);

        imports.Share.Should().Be(0m);
        var note = imports.Notes.Should().ContainSingle().Which;
        note.Kind.Should().Be(FigureNoteKind.PartnerRowsShort);
        note.Value.Should().Be(900m);
        note.Whole.Should().Be(1_000m);
        note.Members.Should().Equal(Indonesia);
        note.Message.Should().Contain("partner rows cover US$100.00 of the whole US$1,000.00 (10.00%)");

        // The share is a lower bound: the 900 with no partner could all be with members, so 0% to 900 / 1,000 = 90%.
        note.Message.Should().EndWith("the share counts none of it, so it lies between 0.00% and 90.00%");
    }

    [Fact]
    public void Top_partners_of_World_rows_only_are_absent_for_lack_of_rows_by_partner_not_for_lack_of_records()
    {
        // 12a: the 2017 total file holds World rows only. Before: kind noRecords ("no records ... (sum of partner rows)").
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "TOTAL", 1_000m), Record(Malaysia, World, TradeFlow.Import, "TOTAL", 500m)]);

        var byPartner = cube.SharesByPartner(Y2018, Asean, commodities: CommoditySelection.All());

        byPartner.Total.Should().BeNull();
        byPartner.Absence!.Kind.Should().Be(FigureAbsenceKind.NoPartnerRows);
        byPartner.Absence.Members.Should().Equal(Indonesia, Malaysia);
    }

    [Fact]
    public void Partner_rows_above_the_World_row_make_top_partners_absent_not_a_negative_unassigned_part()
    {
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100m), Record(Indonesia, China, TradeFlow.Export, "TOTAL", 150m)]);

        var byPartner = cube.SharesByPartner(Y2018, Asean, commodities: CommoditySelection.All());
        var share = cube.PartnerGroupShare(Y2018, Asean, Asean, CommoditySelection.All(), TradeDirection.Exports);

        byPartner.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
        share.Share.Should().BeNull(); // 0 / 100 would look fine, but the whole's partner rows (150) exceed it
        share.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
        share.Absence.Numerator.Should().Be(150m);
    }

    [Fact]
    public void Re_imports_are_not_trade_with_the_group_and_a_note_says_so()
    {
        // 13: Indonesia imports: World 1,000, from itself 200 (re-imports), from Malaysia 300, from China 500.
        // Before: intra-ASEAN (200 + 300) / 1,000 = 50%, Indonesia its own top partner. By hand: 300 / 1,000 = 30%, and a
        // note of the 200; top partners China 500 (50%), Malaysia 300 (30%), trade with itself 200 (20%): 1,000.
        var cube = TradeCube.Build(
        [
            Record(Indonesia, World, TradeFlow.Import, "TOTAL", 1_000m),
            Record(Indonesia, Indonesia, TradeFlow.Import, "TOTAL", 200m),
            Record(Indonesia, Malaysia, TradeFlow.Import, "TOTAL", 300m),
            Record(Indonesia, China, TradeFlow.Import, "TOTAL", 500m),
        ]);

        var intra = cube.IntraGroupShare(Y2018, Asean, CommoditySelection.All(), TradeDirection.Imports);
        var byPartner = cube.SharesByPartner(Y2018, Asean, commodities: CommoditySelection.All(), direction: TradeDirection.Imports);
        var concentration = cube.PartnerConcentration(Y2018, Asean, CommoditySelection.All(), TradeDirection.Imports);

        intra.Share.Should().Be(0.3m);
        intra.Denominator.Value.Should().Be(1_000m); // the World total keeps the re-imports
        var note = intra.Notes.Should().ContainSingle().Which;
        note.Kind.Should().Be(FigureNoteKind.ReporterAsPartnerLeftOut);
        note.Value.Should().Be(200m);
        byPartner.Parts.Select(static p => (p.Key, p.Value)).Should().Equal(("156", 500m), ("458", 300m), ("self", 200m));
        byPartner.Total.Should().Be(1_000m);

        // HHI over the partners alone: China 500 / 800 = 62.5%, Malaysia 300 / 800 = 37.5%: 62.5^2 + 37.5^2 = 5,312.5.
        concentration.Index.Should().Be(5_312.5m);
        concentration.Parts.Should().Be(2);
    }

    [Fact]
    public void Partner_rows_above_the_World_row_by_their_rounding_alone_are_no_contradiction()
    {
        // Rounded rows may add up above their whole by half a unit of the last decimal a row: 3 rows at 3 decimals,
        // 3 x 0.0005 = 0.0015. World 1,000.721 against partner rows 600.361 + 400.361 = 1,000.722: 0.001 above, within
        // rounding, so the share 600.361 / 1,000.721 is given. World 1,000.719: 0.003 above, beyond 0.0015: a contradiction.
        // (Germany's 2022 imports in the Comtrade+ file: 232 partner rows US$0.003 above the World row, within 233 x 0.0005.)
        var cube = TradeCube.Build(
        [
            Record(Indonesia, World, TradeFlow.Import, "TOTAL", 1_000.721m),
            Record(Indonesia, Malaysia, TradeFlow.Import, "TOTAL", 600.361m),
            Record(Indonesia, China, TradeFlow.Import, "TOTAL", 400.361m),
        ]);

        var share = cube.PartnerGroupShare(Y2018, Asean, Asean, CommoditySelection.All(), TradeDirection.Imports);
        var tooMuch = TradeCube.Build(
        [
            Record(Indonesia, World, TradeFlow.Import, "TOTAL", 1_000.719m),
            Record(Indonesia, Malaysia, TradeFlow.Import, "TOTAL", 600.361m),
            Record(Indonesia, China, TradeFlow.Import, "TOTAL", 400.361m),
        ]).PartnerGroupShare(Y2018, Asean, Asean, CommoditySelection.All(), TradeDirection.Imports);

        share.Share.Should().Be(600.361m / 1_000.721m);
        tooMuch.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
    }

    // The reviewer's tp file: exports World 1,000, 600 to Malaysia; imports World 1,000, 100 from China.
    private static TradeRecord[] TopPartnersFile =>
    [
        Record(Indonesia, World, TradeFlow.Export, "TOTAL", 1_000m),
        Record(Indonesia, Malaysia, TradeFlow.Export, "TOTAL", 600m),
        Record(Indonesia, World, TradeFlow.Import, "TOTAL", 1_000m),
        Record(Indonesia, China, TradeFlow.Import, "TOTAL", 100m),
    ];
}
