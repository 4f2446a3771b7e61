using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 11, mirror fill-in (review 2026-12-02, findings 2 and 11): a mirror-filled figure is absent with the reason where
/// neither the members' own rows nor their partners' rows can tell it (never 0), says which members were reported, which
/// mirror-filled from whom and which are missing, and refuses a CIF/FOB factor outside (0, 1]. Answers worked by hand.
/// </summary>
public class MirrorFillTests
{
    private static readonly AreaGroup Asean = AreaGroup.Asean();

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2")]
    [InlineData("1.0000001")]
    public void A_CIF_FOB_factor_outside_zero_to_one_is_refused_with_the_reason(string factor)
    {
        // 0 divided the import estimates by zero (DivideByZeroException), -1 made totals negative, 2 was taken.
        var make = () => new MirrorFillOptions { CifToFobFactor = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture) };

        make.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("above 0 and at most 1").And.Contain("freight and insurance");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0.95")]
    [InlineData("0.0001")]
    public void A_CIF_FOB_factor_in_zero_to_one_is_taken(string factor)
    {
        var value = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture);

        new MirrorFillOptions { CifToFobFactor = value }.CifToFobFactor.Should().Be(value);
    }

    [Fact]
    public void A_factor_of_one_leaves_the_estimates_as_reported()
    {
        // China reports imports of 200 from Malaysia and exports of 80 to it: with a factor of 1, 200 and 80.
        var cube = TradeCube.Build([
            Record(China, Malaysia, TradeFlow.Import, "TOTAL", 200m),
            Record(China, Malaysia, TradeFlow.Export, "TOTAL", 80m)]);

        var filled = cube.MirrorFill(Y2018, Asean, CommoditySelection.All(), options: new MirrorFillOptions { CifToFobFactor = 1m });

        filled.Total.Should().Be(280m);
    }

    [Fact]
    public void A_mirror_filled_value_short_of_a_required_coverage_is_absent_and_one_that_meets_it_is_kept()
    {
        // China reports imports of 200 from Malaysia and exports of 80 to it: Malaysia is filled, 1 of the 10 members of 2018.
        var cube = TradeCube.Build([
            Record(China, Malaysia, TradeFlow.Import, "TOTAL", 200m),
            Record(China, Malaysia, TradeFlow.Export, "TOTAL", 80m)]);
        var filled = cube.MirrorFill(Y2018, Asean, CommoditySelection.All());

        var all = filled.RequireCoverage(CoverageRequirement.All);
        var tenth = filled.RequireCoverage(CoverageRequirement.AtLeast(0.1m));

        filled.Total.Should().Be(280m);
        all.Total.Should().BeNull();
        all.Estimates.Should().BeEmpty();
        all.Absence!.Kind.Should().Be(FigureAbsenceKind.CoverageShort);
        tenth.Should().BeSameAs(filled);
    }

    [Fact]
    public void A_mirror_total_beyond_decimals_range_is_absent_as_out_of_range_not_an_exception()
    {
        // China's imports of 5e28 from Malaysia and from Thailand: each estimate fits a decimal (at most about 7.9e28), but
        // their sum, 1e29, does not. Before: OverflowException (exit 70 in shares --fill mirror).
        var cube = TradeCube.Build([
            Record(China, Malaysia, TradeFlow.Import, "TOTAL", 5e28m),
            Record(China, new AreaCode(764), TradeFlow.Import, "TOTAL", 5e28m)]);

        var filled = cube.MirrorFill(Y2018, Asean, CommoditySelection.All(), TradeDirection.Exports);

        filled.Total.Should().BeNull();
        filled.MirrorBased.Should().BeNull();
        filled.Absence!.Kind.Should().Be(FigureAbsenceKind.OutOfRange);
        filled.Absence.Members.Select(static m => m.Value).Should().BeEquivalentTo([458, 764]);
    }

    [Fact]
    public void An_estimate_that_the_CIF_FOB_factor_takes_beyond_decimals_range_is_absent_as_out_of_range()
    {
        // China's exports of 7e28 to Malaysia are Malaysia's imports by mirror; at a factor of 0.5 they would be 1.4e29.
        var cube = TradeCube.Build([Record(China, Malaysia, TradeFlow.Export, "TOTAL", 7e28m)]);

        var filled = cube.MirrorFill(Y2018, Asean, CommoditySelection.All(), TradeDirection.Imports, new MirrorFillOptions { CifToFobFactor = 0.5m });

        filled.Total.Should().BeNull();
        filled.Absence!.Kind.Should().Be(FigureAbsenceKind.OutOfRange);
        filled.Absence.Members.Should().Equal(Malaysia);
    }

    private static readonly AreaCode Usa = new(842);
    private static readonly AreaCode Thailand = new(764);

    [Fact]
    public void Where_the_partners_report_TOTAL_rows_only_the_mirror_filled_minerals_figure_is_absent_not_zero()
    {
        // The shape of the Comtrade+ file of China, the USA and Germany: no member reports; China and the USA report their
        // imports from Indonesia and Malaysia as TOTAL rows only. Minerals exports are unknown (before: 0 = 0 + 0, no absence).
        var cube = TradeCube.Build([
            Record(China, Indonesia, TradeFlow.Import, "TOTAL", 1_000m),
            Record(China, Malaysia, TradeFlow.Import, "TOTAL", 500m),
            Record(Usa, Indonesia, TradeFlow.Import, "TOTAL", 300m)]);

        var filled = cube.MirrorFill(Y2018, Asean, CommoditySelection.DefaultScope, TradeDirection.Exports);

        filled.Total.Should().BeNull();
        filled.Reported.Should().BeNull();
        filled.MirrorBased.Should().BeNull();
        filled.MirrorShare.Should().BeNull();
        filled.Estimates.Should().BeEmpty();
        filled.Absence!.Kind.Should().Be(FigureAbsenceKind.NoCommodityRows);
        filled.Absence.Members.Should().Equal(Indonesia, Malaysia);
        filled.Absence.Partners.Should().Equal(China, Usa);
        filled.Absence.Flow.Should().Be(TradeFlow.Export);
        filled.Absence.Message.Should().Contain("TOTAL rows at most").And.Contain("by mirror from the reports of CHN, USA");
        filled.Members.Should().ContainEquivalentOf(
            new MirrorFillMember(Indonesia, TradeFlow.Export, MemberFill.Missing) { CoarseSources = [China, Usa], Gap = CoverageGap.RowsTooCoarse });
        filled.Coverage!.Covered.Should().BeEmpty();
        filled.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.RowsTooCoarse))
            .And.ContainEquivalentOf(new MissingMember(Singapore, CoverageGap.NoRows));
        filled.ToString().Should().Contain("absent (");
    }

    [Fact]
    public void The_same_TOTAL_rows_give_total_trade_by_mirror_to_the_partners_that_report_only()
    {
        // Exports, all commodities (TOTAL rows): Indonesia 1,000 (China) + 300 (USA), Malaysia 500 (China) = 1,800, all mirror.
        var cube = TradeCube.Build([
            Record(China, Indonesia, TradeFlow.Import, "TOTAL", 1_000m),
            Record(China, Malaysia, TradeFlow.Import, "TOTAL", 500m),
            Record(Usa, Indonesia, TradeFlow.Import, "TOTAL", 300m)]);

        var filled = cube.MirrorFill(Y2018, Asean, CommoditySelection.All(), TradeDirection.Exports);

        filled.Absence.Should().BeNull();
        filled.Reported.Should().Be(0m);
        filled.MirrorBased.Should().Be(1_800m);
        filled.MirrorReporters.Should().Equal(China, Usa);
        filled.PartnerScope.Should().Be("exports to CHN and USA only, the partners that report them");
        filled.Members.Where(static m => m.Fill == MemberFill.MirrorFilled).Should().BeEquivalentTo(new[]
        {
            new MirrorFillMember(Indonesia, TradeFlow.Export, MemberFill.MirrorFilled) { Sources = [China, Usa] },
            new MirrorFillMember(Malaysia, TradeFlow.Export, MemberFill.MirrorFilled) { Sources = [China] },
        });
        filled.Coverage!.Covered.Should().Equal(Indonesia, Malaysia);
        filled.MembersText.Should().StartWith("reported: none; mirror-filled from CHN USA: IDN; mirror-filled from CHN: MYS; missing: ");
    }

    [Fact]
    public void Where_no_member_and_no_partner_has_a_row_the_figure_is_absent_as_no_records()
    {
        // Only China's trade with Germany: nothing about any member, on either side.
        var cube = TradeCube.Build([Record(China, new AreaCode(276), TradeFlow.Import, "260111", 10m)]);

        var filled = cube.MirrorFill(Y2018, Asean, direction: TradeDirection.Imports);

        filled.Total.Should().BeNull();
        filled.Absence!.Kind.Should().Be(FigureAbsenceKind.NoRecords);
        filled.Coverage!.Missing.Should().OnlyContain(static m => m.Gap == CoverageGap.NoRows).And.HaveCount(10);
    }

    [Fact]
    public void A_member_with_World_rows_only_and_no_partner_reporting_it_is_absent_as_no_partner_rows()
    {
        var cube = TradeCube.Build([Record(Thailand, World, TradeFlow.Export, "260111", 10m)]);

        var filled = cube.MirrorFill(Y2018, Asean, direction: TradeDirection.Exports);

        filled.Total.Should().BeNull();
        filled.Absence!.Kind.Should().Be(FigureAbsenceKind.NoPartnerRows);
        filled.Absence.Members.Should().Equal(Thailand);
    }

    [Fact]
    public void Mixed_coverage_says_who_is_reported_who_is_mirror_filled_from_whom_and_who_is_missing()
    {
        // Exports in the default scope (minerals):
        // - Indonesia reports its own exports by partner: 100 to China (chapter 26) -> reported 100.
        // - Malaysia reports nothing; China reports imports of 40 from it (260111); the USA reports imports from it as a
        //   TOTAL row only (its minerals part unknown) -> mirror-filled from China only, 40; the USA named as too coarse.
        // - Thailand reports exports to the World only, and no partner reports it -> missing, rows too coarse.
        // - Singapore and the six others: no rows on any side -> missing, no rows.
        // Total 100 + 40 = 140, 40 / 140 mirror-based.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "26", 100m),
            Record(China, Malaysia, TradeFlow.Import, "260111", 40m),
            Record(Usa, Malaysia, TradeFlow.Import, "TOTAL", 900m),
            Record(Thailand, World, TradeFlow.Export, "260111", 70m)]);

        var filled = cube.MirrorFill(Y2018, Asean, direction: TradeDirection.Exports);

        filled.Absence.Should().BeNull();
        filled.Reported.Should().Be(100m);
        filled.MirrorBased.Should().Be(40m);
        filled.Total.Should().Be(140m);
        filled.MirrorShare.Should().Be(40m / 140m);
        filled.Estimates.Should().Equal(new MirrorEstimate(Malaysia, China, TradeFlow.Export, 40m, China, TradeFlow.Import));
        filled.Members.Should().ContainEquivalentOf(new MirrorFillMember(Indonesia, TradeFlow.Export, MemberFill.Reported))
            .And.ContainEquivalentOf(new MirrorFillMember(Malaysia, TradeFlow.Export, MemberFill.MirrorFilled) { Sources = [China], CoarseSources = [Usa] })
            .And.ContainEquivalentOf(new MirrorFillMember(Thailand, TradeFlow.Export, MemberFill.Missing) { Gap = CoverageGap.RowsTooCoarse })
            .And.ContainEquivalentOf(new MirrorFillMember(Singapore, TradeFlow.Export, MemberFill.Missing) { Gap = CoverageGap.NoRows });
        filled.Coverage!.Covered.Should().Equal(Indonesia, Malaysia);
        filled.Coverage.Missing.Should().HaveCount(8).And.ContainEquivalentOf(new MissingMember(Thailand, CoverageGap.RowsTooCoarse));
        filled.PartnerScope.Should().Be("exports to all partners for the members reported, to CHN only for the members mirror-filled (the partners that report them)");
        filled.MembersText.Should().Be(
            "reported: IDN; mirror-filled from CHN: MYS (trade with USA unknown: rows too coarse); missing: BRN KHM LAO MMR PHL SGP VNM (no rows); THA (rows too coarse)");
    }

    [Fact]
    public void Exports_and_imports_count_only_the_members_counted_in_both_flows()
    {
        // Indonesia reports exports of 100 and no imports, and no partner reports it: counted in neither flow (else its
        // exports would stand in a figure whose imports lack it). Malaysia reports exports 10 and imports 20: 30.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m),
            Record(Malaysia, China, TradeFlow.Export, "260111", 10m),
            Record(Malaysia, China, TradeFlow.Import, "260111", 20m)]);

        var filled = cube.MirrorFill(Y2018, Asean);

        filled.Total.Should().Be(30m);
        filled.Coverage!.Covered.Should().Equal(Malaysia);
        filled.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Indonesia, CoverageGap.NoRows));
        filled.Members.Should().ContainEquivalentOf(new MirrorFillMember(Indonesia, TradeFlow.Export, MemberFill.Missing) { Gap = CoverageGap.NotOnBothSides });
    }

    [Fact]
    public void A_partner_with_commodity_rows_none_in_the_scope_gives_a_true_zero_with_its_source()
    {
        // China reports imports from Malaysia of live animals (chapter 01) only: it reports by commodity, and none of it is
        // in the minerals scope, so Malaysia's minerals exports to China are 0 by mirror, not unknown.
        var cube = TradeCube.Build([Record(China, Malaysia, TradeFlow.Import, "010121", 50m)]);

        var filled = cube.MirrorFill(Y2018, Asean, direction: TradeDirection.Exports);

        filled.Absence.Should().BeNull();
        filled.Total.Should().Be(0m);
        filled.MirrorShare.Should().BeNull();
        filled.Estimates.Should().Equal(new MirrorEstimate(Malaysia, China, TradeFlow.Export, 0m, China, TradeFlow.Import));
        filled.Coverage!.Covered.Should().Equal(Malaysia);
    }
}
