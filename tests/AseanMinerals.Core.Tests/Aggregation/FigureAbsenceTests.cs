using System.Text.RegularExpressions;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 11, "the share rules in one place": every absent figure says why as a <see cref="FigureAbsence"/>, one kind each,
/// with the members, period, flow and values concerned. Each kind from a hand-made input; the assertions are on kinds and
/// data, never on the wording.
/// </summary>
public class FigureAbsenceTests
{
    private static readonly AreaGroup Asean = AreaGroup.Asean();
    private static readonly AreaGroup IndonesiaOnly = AreaGroup.Of("Indonesia", Indonesia);
    private static readonly TradePeriod Y2017 = TradePeriod.Annual(2017);

    // ASEAN in 2018 (changing composition): the ten members of that year, in code order.
    private static readonly AreaCode[] Asean2018 = [.. new[] { 96, 104, 116, 360, 418, 458, 608, 702, 704, 764 }.Select(static c => new AreaCode(c))];

    [Fact]
    public void Total_trade_without_TOTAL_rows_is_absent_as_no_TOTAL_rows_for_the_members_asked()
    {
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "260111", 5_000m)]);

        var absence = cube.TotalTrade(Y2018, Asean).Absence!;

        absence.Kind.Should().Be(FigureAbsenceKind.NoTotalRows);
        absence.Period.Should().Be(Y2018);
        absence.Members.Should().Equal(Asean2018);
    }

    [Fact]
    public void A_scope_with_no_rows_is_absent_as_no_records()
    {
        // Coal only: mineral fuels are outside the default scope.
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "270112", 15_000m)]);

        var absence = cube.Value(Y2018, IndonesiaOnly).Absence!;

        absence.Kind.Should().Be(FigureAbsenceKind.NoRecords);
        absence.Period.Should().Be(Y2018);
        absence.Members.Should().Equal(Indonesia);
    }

    [Fact]
    public void Minerals_from_TOTAL_rows_only_are_absent_as_no_commodity_rows_naming_the_member_and_flow()
    {
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Import, "TOTAL", 100_000m)]);

        var absence = cube.Value(Y2018, Asean, direction: TradeDirection.Imports).Absence!;

        absence.Kind.Should().Be(FigureAbsenceKind.NoCommodityRows);
        absence.Members.Should().Equal(Indonesia);
        absence.Flow.Should().Be(TradeFlow.Import);
        absence.Period.Should().Be(Y2018);
    }

    [Fact]
    public void A_partner_share_from_World_rows_only_is_absent_as_its_numerator_with_no_partner_rows_as_the_cause()
    {
        var cube = TradeCube.Build([Record(China, World, TradeFlow.Import, "TOTAL", 2_000m)]);

        var share = cube.PartnerGroupShare(Y2018, AreaGroup.Of("China", China), Asean, CommoditySelection.All(), TradeDirection.Imports);

        share.Absence!.Kind.Should().Be(FigureAbsenceKind.NumeratorAbsent);
        share.Absence.Denominator.Should().Be(2_000m); // China's imports from the World
        var cause = share.Absence.Cause!;
        cause.Kind.Should().Be(FigureAbsenceKind.NoPartnerRows);
        cause.Members.Should().Equal(China);
        cause.Partners.Should().Equal(Asean2018);
        cause.Flow.Should().Be(TradeFlow.Import);
        share.Numerator.Absence.Should().Be(cause);
    }

    [Fact]
    public void A_chapter_added_to_its_own_subheadings_is_absent_as_mixed_HS_levels()
    {
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m),
            Record(Indonesia, China, TradeFlow.Export, "26", 500m)]);

        var absence = cube.Value(Y2018, IndonesiaOnly).Absence!;

        absence.Kind.Should().Be(FigureAbsenceKind.MixedHsLevels);
        absence.Levels.Should().Be(HsCodeLevels.Chapter | HsCodeLevels.Subheading);
    }

    [Fact]
    public void A_mirror_fill_from_a_partner_whose_rows_mix_HS_levels_has_no_total_and_names_the_partner()
    {
        // Malaysia reports nothing; China reports imports from it of chapter 26 (500) and of its subheading 260111 (200):
        // adding both would count the 200 twice, so there is no estimate to give.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m),
            Record(China, Malaysia, TradeFlow.Import, "26", 500m),
            Record(China, Malaysia, TradeFlow.Import, "260111", 200m)]);

        var filled = cube.MirrorFill(Y2018, Asean, direction: TradeDirection.Exports);

        filled.Total.Should().BeNull();
        filled.Absence!.Kind.Should().Be(FigureAbsenceKind.MixedHsLevels);
        filled.Absence.Members.Should().Equal(China);
        filled.Absence.Levels.Should().Be(HsCodeLevels.Chapter | HsCodeLevels.Subheading);
    }

    [Fact]
    public void A_mirror_fill_whose_members_own_rows_mix_HS_levels_has_no_total()
    {
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "26", 500m),
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m)]);

        var filled = cube.MirrorFill(Y2018, Asean, direction: TradeDirection.Exports);

        filled.Reported.Should().BeNull();
        filled.Total.Should().BeNull();
        filled.Absence!.Kind.Should().Be(FigureAbsenceKind.MixedHsLevels);
    }

    [Fact]
    public void Growth_to_a_year_without_data_is_absent_as_its_numerator_with_the_years_own_reason()
    {
        var cube = TradeCube.Build([Record(Indonesia, China, TradeFlow.Export, "260111", 100m, Y2017)]);

        var growth = cube.Growth(IndonesiaOnly, 2017, 2018);

        growth.Absence!.Kind.Should().Be(FigureAbsenceKind.NumeratorAbsent);
        growth.Absence.Period.Should().Be(Y2018);
        growth.Absence.Cause!.Kind.Should().Be(FigureAbsenceKind.NoRecords);
    }

    [Fact]
    public void Growth_from_a_year_without_data_is_absent_as_its_denominator()
    {
        var cube = TradeCube.Build([Record(Indonesia, China, TradeFlow.Export, "260111", 121m)]);

        var growth = cube.Growth(IndonesiaOnly, 2017, 2018);

        growth.Absence!.Kind.Should().Be(FigureAbsenceKind.DenominatorAbsent);
        growth.Absence.Period.Should().Be(Y2017);
        growth.Absence.Cause!.Kind.Should().Be(FigureAbsenceKind.NoRecords);
        growth.Steps[1].Absence!.Kind.Should().Be(FigureAbsenceKind.DenominatorAbsent);
    }

    [Fact]
    public void RCA_against_zero_world_exports_is_absent_as_a_zero_denominator_with_the_numerator()
    {
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "TOTAL", 1_000m), Record(Indonesia, World, TradeFlow.Export, "260111", 100m)]);

        var rca = cube.RevealedComparativeAdvantage(Y2018, IndonesiaOnly, CommoditySelection.Group("metallic-ores"), 500m, 0m);

        rca.Index.Should().BeNull();
        rca.Absence!.Kind.Should().Be(FigureAbsenceKind.DenominatorZero);
        rca.Absence.Numerator.Should().Be(500m);
        rca.Absence.Denominator.Should().Be(0m);
    }

    [Fact]
    public void A_breakdown_and_its_concentration_over_a_zero_total_are_absent_as_a_zero_denominator()
    {
        // One partner row of zero: the total by partner is 0, so no part has a share and there is no index.
        var cube = TradeCube.Build([Record(Indonesia, China, TradeFlow.Export, "260111", 0m)]);

        var byPartner = cube.SharesByPartner(Y2018, IndonesiaOnly);
        var hhi = cube.PartnerConcentration(Y2018, IndonesiaOnly);

        byPartner.Absence!.Kind.Should().Be(FigureAbsenceKind.DenominatorZero);
        hhi.Absence!.Kind.Should().Be(FigureAbsenceKind.DenominatorZero);
    }

    [Fact]
    public void Partner_rows_above_the_World_row_are_absent_as_parts_exceeding_the_whole_with_both_values()
    {
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "260111", 100m),
            Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 150m)]);

        var share = cube.PartnerGroupShare(Y2018, IndonesiaOnly, Asean, direction: TradeDirection.Exports);

        share.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
        share.Absence.Numerator.Should().Be(150m);
        share.Absence.Denominator.Should().Be(100m);
        share.Absence.Members.Should().Equal(Indonesia);
    }

    [Fact]
    public void A_figure_below_the_required_coverage_is_absent_as_coverage_short_naming_the_missing_members()
    {
        // HandMadeRecords.Year2018: TOTAL rows for Indonesia, Malaysia and Singapore only: 3 of 10.
        var cube = TradeCube.Build(Year2018);

        var total = cube.TotalTrade(Y2018, Asean).RequireCoverage(CoverageRequirement.All);

        total.Value.Should().BeNull();
        total.Absence!.Kind.Should().Be(FigureAbsenceKind.CoverageShort);
        total.Absence.Members.Should().BeEquivalentTo(Asean2018.Except([Indonesia, Malaysia, Singapore]));
        total.Absence.Coverage!.Covered.Should().Equal(Indonesia, Malaysia, Singapore);
    }

    [Fact]
    public void Growth_between_values_of_opposite_signs_is_absent_as_opposite_signs()
    {
        // A negative sum (a correction computed elsewhere) in 2018: 100 then -50 have no compound rate. A builder refuses a
        // negative record (AMC2001); cells made elsewhere (TradeCube.FromCells) are taken as they are.
        var cell = MineralsClassification.DefaultClassifier.CellIndexOf(HsCode.Parse("260111"));
        var cube = TradeCube.FromCells([
            new TradeCubeCell(Y2017, Indonesia, China, TradeFlow.Export, cell, 100m, 1, HsCodeLevels.Subheading),
            new TradeCubeCell(Y2018, Indonesia, China, TradeFlow.Export, cell, -50m, 1, HsCodeLevels.Subheading)]);

        var growth = cube.Growth(IndonesiaOnly, 2017, 2018);

        growth.Cagr.Should().BeNull();
        growth.Absence!.Kind.Should().Be(FigureAbsenceKind.OppositeSigns);
        growth.Absence.Denominator.Should().Be(100m);
        growth.Absence.Numerator.Should().Be(-50m);
    }

    [Fact]
    public void Mirror_where_the_exporter_reports_by_partner_and_not_to_the_importer_is_absent_as_no_trade_reported()
    {
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m),
            Record(Singapore, Indonesia, TradeFlow.Import, "260111", 80m)]);

        var absence = cube.Mirror(Y2018, Indonesia, Singapore).Absence!;

        absence.Kind.Should().Be(FigureAbsenceKind.NoTradeReported);
        absence.Members.Should().Equal(Indonesia);
        absence.Partners.Should().Equal(Singapore);
        absence.Flow.Should().Be(TradeFlow.Export);
    }

    [Fact]
    public void Growth_of_a_group_whose_members_report_in_different_years_is_absent_as_no_common_members()
    {
        // Indonesia reports 2017 only, Malaysia 2018 only: Malaysia's 200 against Indonesia's 100 is no growth.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m, Y2017),
            Record(Malaysia, China, TradeFlow.Export, "260111", 200m)]);

        var growth = cube.Growth(Asean, 2017, 2018);

        growth.Cagr.Should().BeNull();
        growth.Absence!.Cause!.Kind.Should().Be(FigureAbsenceKind.NoCommonMembers);
        growth.Steps.Should().OnlyContain(static s => s.Value == null);
        growth.Coverage!.Covered.Should().BeEmpty();
    }

    [Fact]
    public void An_absence_serializes_with_its_kind_members_and_cause_through_the_one_JSON_entry_point()
    {
        var cube = TradeCube.Build([Record(China, World, TradeFlow.Import, "TOTAL", 2_000m)]);
        var share = cube.PartnerGroupShare(Y2018, AreaGroup.Of("China", China), Asean, CommoditySelection.All(), TradeDirection.Imports);

        var json = System.Text.Json.JsonSerializer.Serialize(share, AseanMinerals.Core.Serialization.AseanMineralsJson.Options);
        using var document = System.Text.Json.JsonDocument.Parse(json);

        var absence = document.RootElement.GetProperty("absence");
        absence.GetProperty("kind").GetString().Should().Be("numeratorAbsent");
        absence.GetProperty("cause").GetProperty("kind").GetString().Should().Be("noPartnerRows");
        absence.GetProperty("cause").GetProperty("members").EnumerateArray().Select(static m => m.GetString()).Should().Equal("156");
        document.RootElement.TryGetProperty("absentReason", out _).Should().BeFalse("the message is inside the absence, not repeated");
    }

    [Fact]
    public void No_message_names_a_CSharp_type_or_enum_member()
    {
        var messages = Absences().Select(static a => a.Message).ToList();

        messages.Should().NotBeEmpty();
        messages.Should().OnlyContain(static m => !m.Contains("TotalBasis", StringComparison.Ordinal) && !m.Contains("PartnerBasis", StringComparison.Ordinal));
        // A '.'-qualified name such as TotalBasis.SumOfCommodities or HsCodeLevels.Chapter.
        messages.Should().OnlyContain(static m => !Regex.IsMatch(m, @"\b[A-Z][a-z]+[A-Z][A-Za-z]*\.[A-Z][A-Za-z]+"));
        // An enum's own spelling in PascalCase (flags print as "Chapter, Subheading").
        messages.Should().OnlyContain(static m => !Regex.IsMatch(m, @"\b(Chapter|Subheading|Heading), (Heading|Subheading)\b"));
    }

    // One absence of every kind the hand-made inputs above give, with their causes.
    private static IEnumerable<FigureAbsence> Absences()
    {
        var iron = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "260111", 5_000m)]);
        var totalsOnly = TradeCube.Build([Record(Indonesia, World, TradeFlow.Import, "TOTAL", 100_000m), Record(China, World, TradeFlow.Import, "TOTAL", 2_000m)]);
        var mixed = TradeCube.Build([Record(Indonesia, China, TradeFlow.Export, "260111", 100m), Record(Indonesia, China, TradeFlow.Export, "26", 500m)]);
        var years = TradeCube.Build([Record(Indonesia, China, TradeFlow.Export, "260111", 100m, Y2017), Record(Malaysia, China, TradeFlow.Export, "260111", 200m)]);
        var contradicting = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "260111", 100m), Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 150m)]);
        FigureAbsence?[] all =
        [
            iron.ShareOfTotalTrade(Y2018, Asean).Absence,
            iron.Value(Y2018, Asean, CommoditySelection.Group("mineral-fuels")).Absence,
            totalsOnly.Value(Y2018, Asean).Absence,
            totalsOnly.PartnerGroupShare(Y2018, AreaGroup.Of("China", China), Asean, CommoditySelection.All(), TradeDirection.Imports).Absence,
            mixed.Value(Y2018, IndonesiaOnly).Absence,
            years.Growth(Asean, 2017, 2018).Absence,
            years.Growth(IndonesiaOnly, 2017, 2018).Absence,
            years.Mirror(Y2018, Indonesia, Malaysia).Absence,
            contradicting.PartnerGroupShare(Y2018, IndonesiaOnly, Asean, direction: TradeDirection.Exports).Absence,
            contradicting.RevealedComparativeAdvantage(Y2018, IndonesiaOnly, CommoditySelection.Group("metallic-ores"), 1m, 0m).Absence,
            TradeCube.Build(Year2018).TotalTrade(Y2018, Asean).RequireCoverage(CoverageRequirement.All).Absence,
        ];
        foreach (var absence in all)
        {
            for (var a = absence; a is not null; a = a.Cause)
            {
                yield return a;
            }
        }
    }
}
