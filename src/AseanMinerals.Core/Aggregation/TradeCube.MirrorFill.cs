using AseanMinerals.Core.Aggregation.Planning;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Mirror fill-in: a non-reporting member's trade estimated from its partners' reports, as BACI and WITS do.</summary>
public sealed partial class TradeCube
{
    /// <summary>
    /// A group's trade with partners, rows by partner: each member that reports no rows by partner for a flow at the
    /// detail asked has that flow estimated from the partners that report the mirror flow with it at that detail (its
    /// exports to p from p's imports from it, its imports from p from p's exports to it). Every estimate is kept with its
    /// source reporter; the result says which members were reported, which mirror-filled from whom and which are missing,
    /// and how much of the total is mirror-based. A member is counted only where every flow asked is reported or filled.
    /// Where no member can be counted (no rows, or rows too coarse on both sides), the figure is absent with the reason,
    /// never zero. World rows are never used and cannot be filled: a partner's report covers its trade with the member
    /// only, not the member's trade with the world.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters (for ASEAN, the members for the period under its basis).</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <param name="options">The CIF/FOB factor; none by default.</param>
    /// <returns>The filled value.</returns>
    public MirrorFilledValue MirrorFill(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities = null, TradeDirection direction = TradeDirection.ExportsAndImports, MirrorFillOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        options ??= MirrorFillOptions.Default;
        TradeFlow[] flows = direction switch
        {
            TradeDirection.Exports => [TradeFlow.Export],
            TradeDirection.Imports => [TradeFlow.Import],
            _ => [TradeFlow.Export, TradeFlow.Import],
        };

        // Flow by flow, each member is reported (its own rows by partner at the detail asked: the flow's coverage), filled
        // from the partners that report it at that detail, or missing. A member with rows by partner in one flow only is
        // reported in that flow and filled in the other, never dropped from both.
        var evaluations = flows.Select(f => Evaluate(period, reporters, commodities, OneFlow(f), null, PartnerBasis.SumOfPartners)).ToList();
        var members = evaluations.SelectMany(MembersOf).ToList();

        // Counted: the members reported or filled in every flow asked, so that exports and imports cover one member set.
        var counted = reporters.MembersFor(period)
            .Where(m => members.Where(e => e.Member == m).All(static e => e.Fill != MemberFill.Missing)).Select(static m => m.Value).ToHashSet();
        members = [.. members.Select(e => counted.Contains(e.Member.Value) || e.Fill == MemberFill.Missing
            ? e
            : new MirrorFillMember(e.Member, e.Flow, MemberFill.Missing) { CoarseSources = e.CoarseSources, Gap = CoverageGap.NotOnBothSides })];

        var absence = evaluations.Select(static e => e.Value.Absence).FirstOrDefault(static a => a?.Kind == FigureAbsenceKind.OutsideFilter);
        var reportedSum = ExactTotal.Of(0m); // exact: the parts and their total are checked against decimal's range at the end
        var estimates = new List<MirrorEstimate>();
        foreach (var evaluation in evaluations)
        {
            var flow = FlowOf(evaluation);
            var own = members.Where(e => e.Flow == flow && e.Fill == MemberFill.Reported).Select(static e => e.Member.Value).ToHashSet();
            if (own.Count > 0)
            {
                // The flow's own evaluation when it counts the same members; otherwise the counted ones again.
                var reported = own.SetEquals(evaluation.Coverage.Covered.Select(static c => c.Value))
                    ? evaluation
                    : Evaluate(period, reporters, commodities, OneFlow(flow), null, PartnerBasis.SumOfPartners, own);
                if (reported.Value.Value is { } value)
                {
                    reportedSum.Add(ExactTotal.Of(value));
                }
                else if (reported.Value.Absence is { Kind: not FigureAbsenceKind.NoRecords } cannotAdd)
                {
                    absence ??= cannotAdd; // mixed HS levels in the members' own rows: no reported part, so no total either
                }
            }

            foreach (var filled in members.Where(e => e.Flow == flow && e.Fill == MemberFill.MirrorFilled))
            {
                absence ??= AddEstimates(period, evaluation, filled, options, estimates);
            }
        }

        if (counted.Count == 0)
        {
            absence ??= NothingCounted(period, reporters, evaluations, members);
        }

        var mirrorSum = ExactTotal.Of(0m);
        foreach (var estimate in estimates)
        {
            mirrorSum.Add(ExactTotal.Of(estimate.Value));
        }

        decimal reportedValue = 0, mirrorValue = 0;
        if (absence is null && !(reportedSum.TryToDecimal(out reportedValue) && mirrorSum.TryToDecimal(out mirrorValue) && (reportedSum + mirrorSum).TryToDecimal(out _)))
        {
            absence = FigureAbsences.OutOfRange($"the mirror-filled {evaluations[0].Value.Commodities} of {reporters}", period, [.. reporters.MembersFor(period).Where(m => counted.Contains(m.Value))]);
        }

        var valuation = options.CifToFobFactor is { } f
            ? $"mirror estimates: partners' reports with a CIF/FOB factor of {f} (exports = partner's CIF imports x {f}; imports = partner's FOB exports / {f}), an assumption of the caller"
            : "mirror estimates: partners' reports as they are, no CIF/FOB adjustment (exports estimated from the partners' CIF import values)";
        var all = reporters.MembersFor(period);
        return new MirrorFilledValue
        {
            Period = period,
            Reporters = reporters.ToString(),
            Commodities = evaluations[0].Value.Commodities,
            Direction = direction,
            Reported = absence is null ? reportedValue : null,
            MirrorBased = absence is null ? mirrorValue : null,
            Absence = absence,
            Estimates = absence is null ? estimates : [],
            CifToFobFactor = options.CifToFobFactor,
            ValuationBasis = valuation,
            Members = members,
            Coverage = new GroupCoverage
            {
                Members = all,
                Covered = [.. all.Where(m => counted.Contains(m.Value))],
                Missing = [.. all.Where(m => !counted.Contains(m.Value))
                    .Select(m => new MissingMember(m, GapOf(m, members)))],
            },
        };
    }

    // A member left out: the reason of the flow it lacks (not the flow it was dropped from to keep one member set).
    private static CoverageGap GapOf(AreaCode member, List<MirrorFillMember> members) =>
        members.Where(e => e.Member == member && e.Fill == MemberFill.Missing).OrderBy(static e => e.Gap == CoverageGap.NotOnBothSides).First().Gap ?? CoverageGap.NoRows;

    // The one flow a per-flow evaluation of OneFlow asked for.
    private static TradeFlow FlowOf(Evaluation evaluation) => evaluation.Asked.Query.Flows[(int)TradeFlow.Export] ? TradeFlow.Export : TradeFlow.Import;

    private static TradeDirection OneFlow(TradeFlow flow) => flow == TradeFlow.Export ? TradeDirection.Exports : TradeDirection.Imports;

    // The cells a member's or a partner's rows must reach for the commodities asked: TOTAL rows for total trade on TOTAL
    // rows, commodity rows otherwise (a TOTAL row cannot tell the trade in some commodities).
    private CellSet Detail(Evaluation evaluation) =>
        evaluation.Asked.Query.Cells[CommodityClassifier.TotalCell] ? CellSets.Total : CellSets.Commodities;

    // One flow's members: reported where the flow's coverage has them, else filled from the partners reporting the mirror
    // flow with them at the detail asked, else missing (rows too coarse where a partner has rows with it at another detail).
    private IEnumerable<MirrorFillMember> MembersOf(Evaluation evaluation)
    {
        var flow = FlowOf(evaluation);
        foreach (var member in evaluation.Coverage.Covered)
        {
            yield return new MirrorFillMember(member, flow, MemberFill.Reported);
        }

        foreach (var missing in evaluation.Coverage.Missing)
        {
            var mirror = MirrorQuery(missing.Member, flow, CellSets.All);
            var any = Scan(evaluation.Value.Period, mirror, TallyBy.Reporter);
            var atDetail = Scan(evaluation.Value.Period, mirror with { Cells = Detail(evaluation) }, TallyBy.Reporter);
            List<AreaCode> sources = [.. atDetail.Keys.Order().Select(static k => new AreaCode(k))];
            List<AreaCode> coarse = [.. any.Keys.Where(k => !atDetail.ContainsKey(k)).Order().Select(static k => new AreaCode(k))];
            yield return sources.Count > 0
                ? new MirrorFillMember(missing.Member, flow, MemberFill.MirrorFilled) { Sources = sources, CoarseSources = coarse }
                : new MirrorFillMember(missing.Member, flow, MemberFill.Missing) { CoarseSources = coarse, Gap = coarse.Count > 0 ? CoverageGap.RowsTooCoarse : missing.Gap };
        }
    }

    // The partners' rows of the mirror flow with a member: its exports are their imports from it, and the reverse.
    private static CellQuery MirrorQuery(AreaCode member, TradeFlow flow, CellSet cells) =>
        new(QueryMasks.PartnerAreasBut(member), QueryMasks.Areas([member]), QueryMasks.Flow(flow == TradeFlow.Export ? TradeFlow.Import : TradeFlow.Export), cells);

    // A filled member's estimates, one a source (zero where the source has rows at the detail asked but none in the
    // commodities); the absence where a source's rows mix HS levels, null otherwise.
    private FigureAbsence? AddEstimates(TradePeriod period, Evaluation evaluation, MirrorFillMember filled, MirrorFillOptions options, List<MirrorEstimate> estimates)
    {
        var mirrorFlow = filled.Flow == TradeFlow.Export ? TradeFlow.Import : TradeFlow.Export;
        var tallies = Scan(period, MirrorQuery(filled.Member, filled.Flow, evaluation.Asked.Query.Cells), TallyBy.Reporter);
        FigureAbsence? absence = null;
        foreach (var source in filled.Sources)
        {
            var tally = tallies.GetValueOrDefault(source.Value);
            if (System.Numerics.BitOperations.PopCount((uint)(tally.Levels & ~HsCodeLevels.Total)) > 1)
            {
                // A partner's chapter beside its own headings: its estimate would count the trade twice.
                absence ??= FigureAbsences.MixedHsLevels(evaluation.Value.Commodities, tally.Levels & ~HsCodeLevels.Total, period, [source]);
            }

            // Valued with the CIF/FOB factor (exports = CIF imports x factor, never larger; imports = FOB exports / factor,
            // which a factor near 0 can take beyond decimal's range).
            decimal? valued = tally.Sum.TryToDecimal(out var value) ? value : null;
            if (valued is { } v && options.CifToFobFactor is { } factor)
            {
                valued = filled.Flow == TradeFlow.Export ? v * factor : Quotient(v, factor);
            }

            if (valued is not { } estimate)
            {
                absence ??= FigureAbsences.OutOfRange($"the mirror estimate of {TradeAreaCatalog.Default.NameOf(filled.Member)} from {TradeAreaCatalog.Default.NameOf(source)}", period, [filled.Member]);
                continue;
            }

            estimates.Add(new MirrorEstimate(filled.Member, source, filled.Flow, estimate, source, mirrorFlow));
        }

        return absence;
    }

    // Why no member can be counted: members on one side only (no common members), rows too coarse on both sides (TOTAL
    // rows where commodities were asked for, commodity rows where TOTAL rows were), World rows only, or no rows at all.
    private FigureAbsence NothingCounted(TradePeriod period, AreaGroup reporters, List<Evaluation> evaluations, List<MirrorFillMember> members)
    {
        if (members.Any(static m => m.Gap == CoverageGap.NotOnBothSides))
        {
            var coverage = new GroupCoverage
            {
                Members = reporters.MembersFor(period),
                Covered = [],
                Missing = [.. members.Where(static m => m.Gap != CoverageGap.NotOnBothSides).Select(static m => new MissingMember(m.Member, m.Gap ?? CoverageGap.NoRows)).DistinctBy(static m => m.Member)],
            };
            return FigureAbsences.NoCommonMembers(reporters.ToString(), coverage, "exports and imports, by their own rows or by mirror");
        }

        foreach (var evaluation in evaluations)
        {
            var flow = FlowOf(evaluation);
            var tooCoarse = members.Where(m => m.Flow == flow && m.Gap == CoverageGap.RowsTooCoarse).ToList();
            if (tooCoarse.Count == 0)
            {
                continue;
            }

            List<AreaCode> coarseSources = [.. tooCoarse.SelectMany(static m => m.CoarseSources).Distinct().OrderBy(static c => c.Value)];
            List<AreaCode> codes = [.. tooCoarse.Select(static m => m.Member)];
            var byPartner = Scan(period, new CellQuery(QueryMasks.Areas(codes), QueryMasks.PartnerAreas(), QueryMasks.Flow(flow), CellSets.All), TallyBy.Reporter);
            if (coarseSources.Count == 0 && byPartner.Count == 0)
            {
                // Their own rows are World rows only, and no partner reports trade with them.
                return FigureAbsences.NoPartnerRows(codes, period, flow, evaluation.Value.Commodities, "any partner, and no partner reports trade with them", []);
            }

            var mirror = coarseSources.Count == 0 ? string.Empty : $", neither from their own rows nor by mirror from the reports of {string.Join(", ", coarseSources.Select(GroupCoverage.Label))}";
            return (Detail(evaluation) == CellSets.Commodities
                ? FigureAbsences.NoCommodityRows(codes, period, flow, evaluation.Asked.Measure + mirror)
                : FigureAbsences.NoTotalRows(reporters.ToString(), codes, period)) with { Partners = coarseSources };
        }

        return FigureAbsences.NoRecords(
            period, reporters.ToString(), reporters.MembersFor(period), "any partner (neither in their own rows by partner nor in a partner's report of trade with them)", evaluations[0].Value.Commodities);
    }
}
