using AseanMinerals.Core.Aggregation.Planning;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// Executing plans: the <see cref="SharePlanner"/> decides from which rows the cube holds (the cube is its
/// <see cref="ICubeCells"/>) which cells a value reads, which members it covers and when it cannot be told; the cube adds
/// the cells its plan reads and makes the result.
/// </summary>
public sealed partial class TradeCube : ICubeCells
{
    // Made on first use, for this cube or view (a view's planner reads the view's cells).
    private SharePlanner? _planner;

    private SharePlanner Planner => _planner ??= new SharePlanner(this);

    CommodityClassifier ICubeCells.Classifier => Classifier;

    CommodityCellSets ICubeCells.CellSets => CellSets;

    TradeCubeFilter.Compiled? ICubeCells.Question => _filter;

    Dictionary<int, CellTally> ICubeCells.Tally(TradePeriod period, CellQuery query, TallyBy by) => Scan(period, query, by);

    // A value: its plan, the sums of the cells the plan reads, and the planner's judgement of them.
    private Evaluation Evaluate(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities, TradeDirection direction, AreaGroup? partners, PartnerBasis partnerBasis, IReadOnlySet<int>? only = null)
    {
        var plan = Planner.Plan(period, reporters, commodities, direction, partners, partnerBasis, only);
        var byFlow = Scan(period, plan.Read, TallyBy.Flow);
        var levels = byFlow.Values.Aggregate(HsCodeLevels.None, static (l, t) => l | t.Levels) & ~HsCodeLevels.Total;
        var records = byFlow.Values.Sum(static t => t.Records);
        var exports = byFlow.TryGetValue((int)TradeFlow.Export, out var x) ? x.Sum : (ExactTotal?)null;
        var imports = byFlow.TryGetValue((int)TradeFlow.Import, out var m) ? m.Sum : (ExactTotal?)null;
        var absent = Planner.Judge(plan, records, levels);
        var sum = (exports ?? default) + (imports ?? default);
        decimal exportsValue = 0, importsValue = 0, sumValue = 0;
        if (absent is null && !((exports ?? default).TryToDecimal(out exportsValue) && (imports ?? default).TryToDecimal(out importsValue) && sum.TryToDecimal(out sumValue)))
        {
            // The cube sums exactly whatever the values; a sum beyond decimal's range cannot be given as a number.
            absent = FigureAbsences.OutOfRange($"{plan.Asked.Measure} of {plan.Asked.Reporters}", period, plan.Reporters);
        }

        var value = new TradeValue
        {
            Measure = plan.Asked.Measure,
            Period = period,
            Reporters = plan.Asked.Reporters,
            ReporterCodes = plan.Reporters,
            Partners = plan.Asked.Partners,
            PartnerBasis = plan.PartnerBasis,
            Commodities = plan.Asked.Commodities,
            TotalBasis = plan.TotalBasis,
            Direction = direction,
            Exports = absent is null && direction != TradeDirection.Imports ? exportsValue : null,
            Imports = absent is null && direction != TradeDirection.Exports ? importsValue : null,
            Value = absent is null ? sumValue : null,
            Records = records,
            Coverage = plan.Coverage,
            Absence = absent,
        };
        return new Evaluation(value, absent is null ? plan.Read : null, records == 0, plan.Asked, plan.Coverage);
    }

    private TradeShare Share(string measure, TradePeriod period, Evaluation numerator, Evaluation denominator)
    {
        if (denominator.Value.Value is not null && Planner.Unknowable(period, numerator.Asked, denominator.Asked.Query) is { } unknowable)
        {
            // The data is not fine enough to hold the numerator's rows for some reporter and flow of the denominator: a sum
            // without them would understate the share (or call it zero), so the share cannot be told.
            numerator = numerator with { Value = numerator.Value with { Value = null, Exports = null, Imports = null, Absence = unknowable } };
        }
        else if (numerator.Empty && denominator.Value.Value is not null)
        {
            // The reporters' rows are there (the denominator) and none falls in the numerator: that part is zero, not missing.
            var zero = numerator.Value with
            {
                Value = 0m,
                Exports = numerator.Value.Direction == TradeDirection.Imports ? null : 0m,
                Imports = numerator.Value.Direction == TradeDirection.Exports ? null : 0m,
                Absence = null,
            };
            numerator = numerator with { Value = zero };
        }

        // A part above its whole in any reporter's flow first: the share that adds it to other flows or members would
        // hide the contradiction (and a tiny whole would make the quotient overflow).
        var (share, reason) = Contradiction(period, numerator, denominator) is { } contradiction
            ? (null, contradiction)
            : Ratio(numerator.Value.Value, denominator.Value.Value, "the denominator", numerator.Value.Absence, denominator.Value.Absence);
        if (reason is { Kind: FigureAbsenceKind.DenominatorZero })
        {
            // A whole of zero, named with what it is, whose and when (the words "the denominator is zero" alone say neither).
            reason = FigureAbsences.DenominatorZero($"the denominator ({denominator.Value.Measure} of {denominator.Value.Reporters} in {period})", numerator.Value.Value, period);
        }
        else if (numerator.Value.Value is null || denominator.Value.Value is null || reason is not null)
        {
            // Ratio says which side is absent, with that side's own reason, or why the quotient cannot be given.
        }
        else if (share > 1)
        {
            // (Both sides are over one set of members, and a member with rows in the part has rows in the whole on every
            // basis, so no reporter of the numerator is missing from the denominator: there is no check for that.)
            // A part above its whole: the rows contradict each other (partner rows adding to more than the World row, a
            // chapter above the TOTAL row). No share above 100% is given; the inconsistency is the answer.
            (share, reason) = (null, FigureAbsences.PartsExceedWhole(numerator.Value, denominator.Value));
        }

        return new TradeShare
        {
            Measure = measure, Period = period, Numerator = numerator.Value, Denominator = denominator.Value, Share = share, Absence = reason, Coverage = numerator.Value.Coverage,
        };
    }

    // Why a part cannot be set against its whole: in some reporter's flow the part exceeds the whole (both sides there).
    private FigureAbsence? Contradiction(TradePeriod period, Evaluation part, Evaluation whole) =>
        part.Read is { } partCells && whole.Read is { } wholeCells && part.Value.Value is not null && whole.Value.Value is not null
            ? PartExceedingWhole(period, part.Value, partCells, whole.Value, wholeCells)
            : null;

    // The first reporter and flow whose part exceeds its whole, as the absence that names them and their values; null when none.
    private FigureAbsence? PartExceedingWhole(TradePeriod period, TradeValue partValue, CellQuery part, TradeValue wholeValue, CellQuery whole) =>
        Planner.PartExceedingWhole(period, part, whole) is var (reporter, flow, partSum, wholeSum)
            ? FigureAbsences.PartsExceedWhole(partValue, wholeValue, reporter, flow, partSum.TryToDecimal(out var p) ? p : null, wholeSum.TryToDecimal(out var w) ? w : null)
            : null;

    // The whole of a value over all partners split by partner: each partner's rows (a reporter's rows with itself apart,
    // for the reporters in selfIn), and the part of the World rows that no partner row covers, per reporter and flow.
    // Partner rows above their World row are a contradiction the caller checks first (SharePlanner.PartExceedingWhole).
    private PartnerSplit SplitByPartner(TradePeriod period, CellQuery whole, bool[] selfIn, bool byPartner)
    {
        var wholeByFlow = Scan(period, whole, TallyBy.ReporterFlow);
        var partnerRows = whole with { Partners = QueryMasks.PartnerAreas(), WorldBy = null, ExcludeSelf = false };
        var partnerByFlow = Scan(period, partnerRows, TallyBy.ReporterFlow);
        var split = new PartnerSplit(
            [], [], [], partnerByFlow.Values.Sum(static t => t.Records), wholeByFlow.Values.Aggregate(default(ExactTotal), static (sum, t) => sum + t.Sum));
        foreach (var (key, tally) in wholeByFlow.OrderBy(static t => t.Key))
        {
            // A gap below zero is partner rows above the World row within their rounding (a larger excess is a
            // contradiction the caller refused): nothing is unassigned there.
            var gap = tally.Sum + -(partnerByFlow.TryGetValue(key, out var p) ? p.Sum : default);
            if (gap.Sign > 0)
            {
                split.Unassigned += gap;
                split.ShortMembers.Add(new AreaCode(key >> 4));
            }
        }

        // A reporter's rows with itself: its partner rows less the same rows without them (two scans, not one a reporter).
        List<AreaCode> selfReporters = [.. wholeByFlow.Keys.Select(static k => k >> 4).Distinct().Where(r => selfIn[r]).Order().Select(static r => new AreaCode(r))];
        if (selfReporters.Count > 0)
        {
            var theirs = partnerRows with { Reporters = QueryMasks.Areas(selfReporters) };
            var withoutSelf = Scan(period, theirs with { ExcludeSelf = true }, TallyBy.Reporter);
            foreach (var (reporter, all) in Scan(period, theirs, TallyBy.Reporter).OrderBy(static t => t.Key))
            {
                var others = withoutSelf.GetValueOrDefault(reporter);
                if (all.Records > others.Records)
                {
                    split.Self += all.Sum + -others.Sum;
                    split.SelfMembers.Add(new AreaCode(reporter));
                }
            }
        }

        if (byPartner)
        {
            // Each partner's rows, a reporter's rows with itself left out (a member is not its own partner).
            foreach (var (partner, tally) in Scan(period, partnerRows with { ExcludeSelf = true }, TallyBy.Partner))
            {
                split.Parts[partner] = tally.Sum;
            }
        }

        return split with { ShortMembers = [.. split.ShortMembers.Distinct()] };
    }

    // What a share or split over all partners needs said: the World rows' part no partner row covers, the trade with itself.
    // share: the partner group's share of the split's whole, when the notes are on one (its range is then said).
    private static List<FigureNote> PartnerNotes(TradePeriod period, PartnerSplit split, decimal? share = null)
    {
        var notes = new List<FigureNote>();
        if (!split.Whole.TryToDecimal(out var whole) || whole == 0)
        {
            return notes;
        }

        if (split.Unassigned.Sign > 0 && split.Unassigned.TryToDecimal(out var unassigned))
        {
            notes.Add(FigureNotes.PartnerRowsShort(period, split.ShortMembers, unassigned, whole, share));
        }

        if (split.SelfMembers.Count > 0 && split.Self.TryToDecimal(out var self))
        {
            notes.Add(FigureNotes.ReporterAsPartnerLeftOut(period, split.SelfMembers, self, whole));
        }

        return notes;
    }

    // Partner rows above their World row, in some reporter's flow: the whole over all partners contradicts its parts.
    private FigureAbsence? PartnerRowsAboveWorld(TradePeriod period, TradeValue wholeValue, CellQuery whole) =>
        PartExceedingWhole(
            period, wholeValue with { Partners = "all partners (sum of partner rows)" }, whole with { Partners = QueryMasks.PartnerAreas(), WorldBy = null, ExcludeSelf = false }, wholeValue, whole);

    // Two sides of a ratio over one set of members (SharePlanner.Align): evaluated again over the members both cover where
    // they differ; both results carry the one coverage.
    private static (Evaluation First, Evaluation Second) Aligned(Func<IReadOnlySet<int>?, Evaluation> first, Func<IReadOnlySet<int>?, Evaluation> second)
    {
        var (a, b) = (first(null), second(null));
        return SharePlanner.Align(a.Coverage, b.Coverage) switch
        {
            { Coverage: null } => (a, b),
            { Coverage: { } coverage, Only: null } => (WithCoverage(a, coverage), WithCoverage(b, coverage)),
            { Coverage: { } coverage, Only: { } only } => (WithCoverage(first(only), coverage), WithCoverage(second(only), coverage)),
        };
    }

    private static Evaluation WithCoverage(Evaluation evaluation, GroupCoverage coverage) =>
        evaluation with { Value = evaluation.Value with { Coverage = coverage }, Coverage = coverage };

    // A whole over all partners by partner (PartnerRecords: the partner rows found, any partner).
    private sealed record PartnerSplit(Dictionary<int, ExactTotal> Parts, List<AreaCode> SelfMembers, List<AreaCode> ShortMembers, long PartnerRecords, ExactTotal Whole)
    {
        public ExactTotal Self;
        public ExactTotal Unassigned;
    }

    // Read: the cells of a value that is there (null when absent); Asked: the rows asked for, there or not.
    private readonly record struct Evaluation(TradeValue Value, CellQuery? Read, bool Empty, AskedFigure Asked, GroupCoverage Coverage);
}
