using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Aggregation.Planning;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// The share rules on their own: the plans the <see cref="SharePlanner"/> makes for hand-made cubes, before any sum is
/// read. Each expected plan is worked out by hand from the rows listed in the test (which reporter and flow has World
/// rows, partner rows, TOTAL rows or commodity rows), never from the planner; the values the cube then reads are added by hand.
/// </summary>
public class SharePlannerTests
{
    private static readonly AreaGroup Asean = AreaGroup.Asean();

    // ASEAN's members in 2018, under the default (changing composition) basis: the ten member states, Timor-Leste not yet.
    private static readonly AreaCode[] Members2018 =
        [new(96), new(104), new(116), Indonesia, new(418), Malaysia, new(608), Singapore, new(704), new(764)];

    [Fact]
    public void Mixed_partner_basis_is_chosen_per_reporter_and_flow_and_stated()
    {
        // Indonesia exports 100 to the World (TOTAL row, no rows by partner); Malaysia exports 400 to Singapore (TOTAL
        // rows by partner only, no World row). By hand: Indonesia's exports take its World row, Malaysia's the sum of its
        // partner rows, so the basis is mixed; both are covered (each has TOTAL rows in the flow), the 8 other members
        // have no rows. The value read is 100 + 400 = 500, not 100 (one basis for all would hide Malaysia).
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100m),
            Record(Malaysia, Singapore, TradeFlow.Export, "TOTAL", 400m)]);

        var plan = new SharePlanner(cube).Plan(Y2018, Asean, CommoditySelection.All(), TradeDirection.Exports, null, PartnerBasis.Auto);

        plan.PartnerBasis.Should().Be(PartnerBasis.Mixed);
        plan.PartnerBases.Should().Equal(
            new ReporterFlowBasis(Indonesia, TradeFlow.Export, PartnerBasis.WorldRows),
            new ReporterFlowBasis(Malaysia, TradeFlow.Export, PartnerBasis.SumOfPartners));
        plan.PartnerBasisOf(Indonesia, TradeFlow.Export).Should().Be(PartnerBasis.WorldRows);
        plan.PartnerBasisOf(Malaysia, TradeFlow.Export).Should().Be(PartnerBasis.SumOfPartners);
        plan.PartnerBasisOf(Malaysia, TradeFlow.Import).Should().BeNull(); // no rows: no basis
        plan.Asked.Partners.Should().Be("all partners (World rows: IDN export; sum of partner rows: MYS export)");
        plan.TotalBasis.Should().Be(TotalBasis.TotalRows);
        plan.Coverage.Covered.Should().Equal(Indonesia, Malaysia);
        plan.Coverage.Missing.Should().HaveCount(8).And.OnlyContain(static m => m.Gap == CoverageGap.NoRows);
        plan.Absence.Should().BeNull();
        cube.TotalTrade(Y2018, Asean, direction: TradeDirection.Exports).Value.Should().Be(500m);
    }

    [Fact]
    public void One_basis_for_every_reporter_is_not_called_mixed()
    {
        // Both members export to the World only: World rows for both, stated as such.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100m),
            Record(Malaysia, World, TradeFlow.Export, "TOTAL", 400m)]);

        var plan = new SharePlanner(cube).Plan(Y2018, Asean, CommoditySelection.All(), TradeDirection.Exports, null, PartnerBasis.Auto);

        plan.PartnerBasis.Should().Be(PartnerBasis.WorldRows);
        plan.PartnerBasisOf(Malaysia, TradeFlow.Export).Should().Be(PartnerBasis.WorldRows);
        plan.Asked.Partners.Should().Be("all partners (World rows)");
    }

    [Fact]
    public void Parts_above_their_whole_are_planned_like_any_share_and_judged_once_read()
    {
        // Indonesia's iron ore exports: a World row of 100, partner rows adding to 150 (China 90, Malaysia 60). The plan of
        // the part (China and Malaysia, by partner) and of the whole (all partners: the World row, since Indonesia's
        // exports have one) know no absence before reading: only the sums (150 > 100) show the contradiction, and the
        // share is then absent as parts exceeding their whole, never 150%.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "260111", 100m),
            Record(Indonesia, China, TradeFlow.Export, "260111", 90m),
            Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 60m)]);
        var indonesia = AreaGroup.Of("Indonesia", Indonesia);
        var partners = AreaGroup.Of("China and Malaysia", China, Malaysia);
        var planner = new SharePlanner(cube);

        var part = planner.Plan(Y2018, indonesia, null, TradeDirection.Exports, partners, PartnerBasis.Auto);
        var whole = planner.Plan(Y2018, indonesia, null, TradeDirection.Exports, null, PartnerBasis.Auto);

        part.PartnerBasis.Should().BeNull(); // partners by name: no basis over all partners
        part.Asked.PartnerGroup.Should().BeTrue();
        part.Absence.Should().BeNull();
        whole.PartnerBasis.Should().Be(PartnerBasis.WorldRows);
        whole.Absence.Should().BeNull();
        var share = cube.PartnerGroupShare(Y2018, indonesia, partners, direction: TradeDirection.Exports);
        share.Share.Should().BeNull();
        share.Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
        (share.Absence.Numerator, share.Absence.Denominator).Should().Be((150m, 100m));
    }

    [Fact]
    public void A_chapter_above_its_TOTAL_row_plans_the_TOTAL_rows_as_the_whole()
    {
        // Indonesia: a TOTAL row of 100 and iron ore (chapter 26) of 500, both to the World. The whole is planned on the
        // TOTAL rows (asked for by default), the part on the scope's cells; the share is absent, not 500%.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100m),
            Record(Indonesia, World, TradeFlow.Export, "260111", 500m)]);
        var indonesia = AreaGroup.Of("Indonesia", Indonesia);

        var whole = new SharePlanner(cube).Plan(Y2018, indonesia, CommoditySelection.All(), TradeDirection.Exports, null, PartnerBasis.Auto);

        whole.TotalBasis.Should().Be(TotalBasis.TotalRows);
        whole.Asked.Commodities.Should().Be("all commodities (TOTAL rows)");
        whole.Absence.Should().BeNull();
        cube.ShareOfTotalTrade(Y2018, indonesia, direction: TradeDirection.Exports).Absence!.Kind.Should().Be(FigureAbsenceKind.PartsExceedWhole);
    }

    [Fact]
    public void A_member_lacking_is_left_out_of_the_cells_read_and_named_with_its_reason()
    {
        // Indonesia exports iron ore to China (30); Malaysia has a TOTAL row only (no commodity rows: too coarse for the
        // scope); the other 8 members have no rows. By hand: covered Indonesia; Malaysia missing as rows too coarse, the 8
        // as no rows; the cells read are Indonesia's only, while the reporters asked for stay the 10 members.
        var cube = TradeCube.Build([
            Record(Indonesia, China, TradeFlow.Export, "260111", 30m),
            Record(Malaysia, World, TradeFlow.Export, "TOTAL", 1_000m)]);

        var plan = new SharePlanner(cube).Plan(Y2018, Asean, null, TradeDirection.Exports, null, PartnerBasis.Auto);

        plan.Reporters.Should().Equal(Members2018);
        plan.Coverage.Covered.Should().Equal(Indonesia);
        plan.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.RowsTooCoarse));
        plan.Coverage.Missing.Count(static m => m.Gap == CoverageGap.NoRows).Should().Be(8);
        plan.Read.Reporters[Indonesia.Value].Should().BeTrue();
        plan.Read.Reporters[Malaysia.Value].Should().BeFalse();
        plan.Absence.Should().BeNull();
    }

    [Fact]
    public void Total_trade_without_TOTAL_rows_is_absent_before_any_sum_is_read()
    {
        // Only commodity rows: total trade on the TOTAL rows (the default) cannot be told; the plan says so with the
        // members asked for, and the sentence is made from that reason.
        var cube = TradeCube.Build([Record(Indonesia, China, TradeFlow.Export, "260111", 30m)]);
        var indonesia = AreaGroup.Of("Indonesia", Indonesia);

        var plan = new SharePlanner(cube).Plan(Y2018, indonesia, CommoditySelection.All(), TradeDirection.Exports, null, PartnerBasis.Auto);

        plan.Absence!.Kind.Should().Be(FigureAbsenceKind.NoTotalRows);
        plan.Absence.Members.Should().Equal(Indonesia);
        plan.Absence.Period.Should().Be(Y2018);
        plan.Absence.Message.Should().StartWith("the data has no TOTAL rows for Indonesia in 2018");
    }

    [Fact]
    public void Revealed_comparative_advantage_aligns_its_sides_on_the_members_with_a_TOTAL_row()
    {
        // Indonesia exports iron ore 30 and has a TOTAL export row of 1,000; Malaysia exports iron ore 20 and has no TOTAL
        // row. The part covers both, the total only Indonesia (Malaysia's rows are too coarse for it: no TOTAL row), so
        // both sides are planned again over Indonesia alone, Malaysia missing as rows too coarse. By hand: the reporters'
        // share 30 / 1,000 = 0.03, the world's 1,000 / 100,000 = 0.01, the index 3 (with Malaysia's 20 in the part it
        // would be 5, a ratio of two member sets).
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "260111", 30m),
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 1_000m),
            Record(Malaysia, World, TradeFlow.Export, "260111", 20m)]);
        var planner = new SharePlanner(cube);
        var metallicOres = CommoditySelection.Group("metallic-ores");

        var part = planner.Plan(Y2018, Asean, metallicOres, TradeDirection.Exports, null, PartnerBasis.Auto);
        var total = planner.Plan(Y2018, Asean, CommoditySelection.All(), TradeDirection.Exports, null, PartnerBasis.Auto);
        var alignment = SharePlanner.Align(part.Coverage, total.Coverage);

        part.Coverage.Covered.Should().Equal(Indonesia, Malaysia);
        total.Coverage.Covered.Should().Equal(Indonesia);
        total.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.NoTotalRows)); // commodity rows, no TOTAL row: finer rows, not coarser (review 12b)
        alignment.Only.Should().BeEquivalentTo([Indonesia.Value]);
        alignment.Coverage!.Covered.Should().Equal(Indonesia);
        alignment.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(Malaysia, CoverageGap.NoTotalRows));
        planner.Plan(Y2018, Asean, metallicOres, TradeDirection.Exports, null, PartnerBasis.Auto, alignment.Only).Reporters.Should().Equal(Indonesia);
        var rca = cube.RevealedComparativeAdvantage(Y2018, Asean, metallicOres, 1_000m, 100_000m);
        rca.Index.Should().Be(3m);
        rca.Coverage!.Covered.Should().Equal(Indonesia);
    }

    [Fact]
    public void Sides_covering_the_same_members_need_no_alignment()
    {
        // Indonesia alone, with iron ore and TOTAL rows: both sides cover Indonesia, so nothing is planned again.
        var cube = TradeCube.Build([
            Record(Indonesia, World, TradeFlow.Export, "260111", 30m),
            Record(Indonesia, World, TradeFlow.Export, "TOTAL", 1_000m)]);
        var planner = new SharePlanner(cube);

        var alignment = SharePlanner.Align(
            planner.Plan(Y2018, Asean, null, TradeDirection.Exports, null, PartnerBasis.Auto).Coverage,
            planner.Plan(Y2018, Asean, CommoditySelection.All(), TradeDirection.Exports, null, PartnerBasis.Auto).Coverage);

        alignment.Should().Be(default(MemberAlignment));
    }

    [Fact]
    public void A_partner_group_asked_of_World_rows_only_is_unknowable_with_the_members_and_partners_concerned()
    {
        // Indonesia exports iron ore to the World only (50): its exports to China are unknown, not zero. The planner's
        // judgement after reading nothing names Indonesia, the flow and China (code 156).
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "260111", 50m)]);
        var planner = new SharePlanner(cube);
        var plan = planner.Plan(Y2018, AreaGroup.Of("Indonesia", Indonesia), null, TradeDirection.Exports, AreaGroup.Of("China", China), PartnerBasis.Auto);

        var absence = planner.Judge(plan, records: 0, HsCodeLevels.None);

        absence!.Kind.Should().Be(FigureAbsenceKind.NoPartnerRows);
        absence.Members.Should().Equal(Indonesia);
        absence.Partners.Should().Equal(China);
        absence.Flow.Should().Be(TradeFlow.Export);
    }

    [Fact]
    public void An_absence_sentence_calls_its_reporters_otherwise_only_where_it_names_them()
    {
        // Indonesia exports iron ore to the World only: the intra-group share of "Indonesia" with China is unknowable, and
        // its sentence names Indonesia once, where the reporters go. Called "the member state" there, the rest is the same
        // sentence; a ratio's side absent carries its cause's sentence, so the name is replaced inside it too.
        var cube = TradeCube.Build([Record(Indonesia, World, TradeFlow.Export, "260111", 50m)]);
        var share = cube.PartnerGroupShare(Y2018, AreaGroup.Of("Indonesia", Indonesia), AreaGroup.Of("China", China), direction: TradeDirection.Exports);

        var absence = share.Absence!;

        absence.Kind.Should().Be(FigureAbsenceKind.NumeratorAbsent);
        absence.Cause!.Kind.Should().Be(FigureAbsenceKind.NoPartnerRows);
        absence.Message.Should().Contain("no rows by partner for Indonesia in 2018");
        absence.MessageNaming("the member state").Should().Be(absence.Message.Replace("Indonesia", "the member state", StringComparison.Ordinal));
        FigureAbsences.DenominatorZero("the total", 1m).MessageNaming("the member state").Should().Be("the total is zero");
    }
}
