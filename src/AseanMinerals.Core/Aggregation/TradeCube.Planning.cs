using System.Runtime.InteropServices;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The share rules in one place: for a question, which members a figure covers, which partner basis each reporter and
/// flow takes, which commodity cells and total basis it reads, and when it cannot be told (a structured
/// <see cref="FigureAbsence"/>, whose sentence is made from it). Every figure (values, shares, breakdowns, RCA, HHI,
/// growth, mirror statistics and mirror fill) is planned here and reads only what its plan says, from the roll-ups.
/// </summary>
public sealed partial class TradeCube
{
    // A value: its plan, the sums of the cells the plan reads, and the plan's judgement of them.
    private Evaluation Evaluate(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities, TradeDirection direction, AreaGroup? partners, PartnerBasis partnerBasis, IReadOnlySet<int>? only = null)
    {
        var plan = Plan(period, reporters, commodities, direction, partners, partnerBasis, only);
        var byFlow = Scan(period, plan.Read, By.Flow);
        var levels = byFlow.Values.Aggregate(HsCodeLevels.None, static (l, t) => l | t.Levels) & ~HsCodeLevels.Total;
        var records = byFlow.Values.Sum(static t => t.Records);
        var exports = byFlow.TryGetValue((int)TradeFlow.Export, out var x) ? x.Sum : (ExactTotal?)null;
        var imports = byFlow.TryGetValue((int)TradeFlow.Import, out var m) ? m.Sum : (ExactTotal?)null;
        var absent = Judge(period, plan, records, levels);
        var sum = (exports ?? default) + (imports ?? default);
        var value = new TradeValue
        {
            Measure = plan.Asked.Measure,
            Period = period,
            Reporters = plan.Asked.Reporters,
            ReporterCodes = plan.ReporterCodes,
            Partners = plan.Asked.Partners,
            PartnerBasis = plan.PartnerBasis,
            Commodities = plan.Asked.Commodities,
            TotalBasis = plan.TotalBasis,
            Direction = direction,
            Exports = absent is null && direction != TradeDirection.Imports ? (exports ?? default).ToDecimal() : null,
            Imports = absent is null && direction != TradeDirection.Exports ? (imports ?? default).ToDecimal() : null,
            Value = absent is null ? sum.ToDecimal() : null,
            Records = records,
            Coverage = plan.Coverage,
            Absence = absent,
        };
        return new Evaluation(value, absent is null ? plan.Read : null, records == 0, plan.Asked, plan.Coverage);
    }

    // The rules, before any sum is read: the reporters asked for (only those in `only` when given), the commodity cells
    // (a total on TOTAL rows unless the sum of commodity rows is asked for by name), the partner basis per reporter and
    // flow, the members covered at the detail the value needs (the others left out and named), and an absence known
    // before reading (outside the cube's question, no TOTAL rows).
    private FigurePlan Plan(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities, TradeDirection direction, AreaGroup? partners, PartnerBasis partnerBasis, IReadOnlySet<int>? only)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        commodities ??= CommoditySelection.DefaultScope;
        var members = reporters.MembersFor(period);
        IReadOnlyList<AreaCode> reporterCodes = only is null ? members : [.. members.Where(c => only.Contains(c.Value))];
        var filter = new Filter(AreaMask(reporterCodes), new bool[AreaSlots], FlowMask(direction), TotalCellOnly());

        string commoditiesText;
        FigureAbsence? notTotal = null;
        TotalBasis? totalBasisUsed = null;
        var measure = "trade";
        switch (commodities.Kind)
        {
            case CommoditySelectionKind.All:
                totalBasisUsed = commodities.Basis;
                if (totalBasisUsed == TotalBasis.Auto)
                {
                    var totals = filter with { Partners = AllAreas(), Cells = TotalCellOnly() };
                    totalBasisUsed = TotalBasis.TotalRows;
                    if (Scan(period, totals, By.None).Count == 0)
                    {
                        // A sum of commodity rows is total trade only when the data holds every chapter, which the cube
                        // cannot know: a file of one HS code would make that code 100% of "total" trade.
                        notTotal = FigureAbsences.NoTotalRows(reporters.ToString(), reporterCodes, period);
                    }
                }

                if (totalBasisUsed == TotalBasis.TotalRows)
                {
                    filter = filter with { Cells = TotalCellOnly() };
                    commoditiesText = "all commodities (TOTAL rows)";
                }
                else
                {
                    filter = filter with { Cells = CommodityCells() };
                    commoditiesText = "all commodities (sum of commodity rows)";
                }

                measure = "total trade";
                break;
            case CommoditySelectionKind.Scope:
                var scopeIndex = commodities.Id is null ? Classifier.DefaultScopeIndex : Classifier.ScopeIndex(commodities.Id);
                filter = filter with { Cells = ScopeCells(scopeIndex) };

                commoditiesText = $"scope {Classifier.Classification.Scopes[scopeIndex].Id}";
                measure = $"trade in {commoditiesText}";
                break;
            default:
                var groupIndex = Classifier.GroupIndex(commodities.Id!);
                filter = filter with { Cells = GroupCells(groupIndex) };

                commoditiesText = $"group {commodities.Id}";
                measure = $"trade in {commoditiesText}";
                break;
        }

        string partnersText;
        PartnerBasis? partnerBasisUsed = null;
        if (partners is not null)
        {
            filter = filter with { Partners = AreaMask(partners.MembersFor(period)) };
            partnersText = partners.ToString();
        }
        else
        {
            (filter, partnerBasisUsed, partnersText) = ResolvePartnerBasis(period, filter, partnerBasis);
        }

        // Coverage: the members with rows at the detail this value needs in every flow they report. The others are left
        // out of the sum (a member's World-only exports would otherwise add nothing yet count as covered) and named.
        var granularity = filter with
        {
            Cells = totalBasisUsed == TotalBasis.TotalRows ? TotalCellOnly() : CommodityCells(),
            // Under Auto each reporter and flow takes whichever rows it has, so no basis is too coarse for it.
            Partners = partners is not null ? PartnerAreas()
                : partnerBasis == PartnerBasis.SumOfPartners ? PartnerAreas()
                : partnerBasis == PartnerBasis.WorldRows ? WorldOnly()
                : AllAreas(),
            WorldBy = null,
        };
        var coverage = Coverage(period, members, only, filter, granularity);
        var unrestricted = filter;
        if (coverage.Missing.Any(static m => m.Gap == CoverageGap.RowsTooCoarse))
        {
            filter = filter with { Reporters = AreaMask(coverage.Covered) };
        }

        var asked = new Asked(unrestricted, partners is not null, reporters.ToString(), measure, commoditiesText, partnersText);
        var known = _filter?.Excludes(period, reporterCodes, filter.Flows, filter.Cells.Mask) ?? notTotal;
        return new FigurePlan(filter, asked, reporterCodes, coverage, partnerBasisUsed, totalBasisUsed, known);
    }

    // The rules after reading: an absence known before, else nothing found (too coarse, or no records), else HS levels
    // mixed in the rows read; null when the value is there.
    private FigureAbsence? Judge(TradePeriod period, FigurePlan plan, long records, HsCodeLevels levels)
    {
        var asked = plan.Asked;
        if (plan.Absence is { } known)
        {
            return known;
        }

        if (records == 0)
        {
            // Nothing found: say whether the data is too coarse to hold it (TOTAL or World rows only), or just has none.
            return UnknowableReason(period, asked, asked.Query with { Partners = AllAreas(), Cells = AllCells(), WorldBy = null })
                ?? FigureAbsences.NoRecords(period, asked.Reporters, plan.ReporterCodes, asked.Partners, asked.Commodities);
        }

        return BitOperationsPopCount((byte)levels) > 1 ? FigureAbsences.MixedHsLevels(asked.Commodities, levels, period, plan.ReporterCodes) : null;
    }

    private TradeShare Share(string measure, TradePeriod period, Evaluation numerator, Evaluation denominator)
    {
        if (denominator.Value.Value is not null && UnknowableReason(period, numerator.Asked, denominator.Asked.Query) is { } unknowable)
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

        var (share, reason) = Ratio(numerator.Value.Value, denominator.Value.Value, "the denominator", numerator.Value.Absence, denominator.Value.Absence);
        if (numerator.Value.Value is null || denominator.Value.Value is null)
        {
            // Ratio says which side is absent, with that side's own reason.
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

    // Why what was asked cannot be told, or null: for some reporter and flow with rows under `cover` the data has no
    // commodity rows (TOTAL rows at most) where some commodities were asked for, or no rows by partner (World rows at
    // most) where a partner group was. Then that part is unknown, not zero, and a sum of the other parts would understate it.
    private FigureAbsence? UnknowableReason(TradePeriod period, Asked asked, Filter cover)
    {
        var query = asked.Query;
        var needsCommodityRows = !query.Cells[CommodityClassifier.TotalCell];
        var needsPartnerRows = asked.PartnerGroup;
        if (!needsCommodityRows && !needsPartnerRows)
        {
            return null;
        }

        // One scan each by reporter and flow, read flow by flow in order.
        var covered = Scan(period, cover with { Flows = query.Flows, WorldBy = null }, By.ReporterFlow);
        var commodityRows = needsCommodityRows ? Scan(period, query with { Partners = AllAreas(), Cells = CommodityCells(), WorldBy = null }, By.ReporterFlow) : null;
        var partnerRows = needsPartnerRows ? Scan(period, query with { Partners = PartnerAreas(), WorldBy = null }, By.ReporterFlow) : null;
        for (var flow = 0; flow < query.Flows.Length; flow++)
        {
            if (!query.Flows[flow])
            {
                continue;
            }

            if (commodityRows is not null && Missing(covered, commodityRows, flow) is { } without)
            {
                return FigureAbsences.NoCommodityRows(without, period, (TradeFlow)flow, asked.Measure);
            }

            if (partnerRows is not null && Missing(covered, partnerRows, flow) is { } withoutPartners)
            {
                return FigureAbsences.NoPartnerRows(withoutPartners, period, (TradeFlow)flow, asked.Commodities, asked.Partners, Areas(query.Partners));
            }
        }

        return null;

        // The reporters with rows in the flow under `cover` and none in `withRows`.
        static List<AreaCode>? Missing(Dictionary<int, Tally> covered, Dictionary<int, Tally> withRows, int flow) =>
            covered.Keys.Where(k => (k & 0xF) == flow && !withRows.ContainsKey(k)).Select(static k => k >> 4).Order().Select(static r => new AreaCode(r)).ToList() is { Count: > 0 } missing
                ? missing
                : null;

        static List<AreaCode> Areas(bool[] mask) => [.. Enumerable.Range(0, mask.Length).Where(a => mask[a]).Select(static a => new AreaCode(a))];
    }

    // Which members have rows in the period (any detail) and which at the detail the value needs, flow by flow: a member
    // with rows in a flow but none at that detail (TOTAL or World rows only) is too coarse for the value.
    private GroupCoverage Coverage(TradePeriod period, IReadOnlyList<AreaCode> members, IReadOnlySet<int>? only, Filter filter, Filter granularity)
    {
        var withRows = new HashSet<int>();
        var tooCoarse = new HashSet<int>();
        var any = Scan(period, filter with { Partners = AllAreas(), Cells = AllCells(), WorldBy = null }, By.ReporterFlow);
        var detailed = Scan(period, granularity with { Flows = filter.Flows }, By.ReporterFlow);
        foreach (var reporterFlow in any.Keys)
        {
            withRows.Add(reporterFlow >> 4);
            if (!detailed.ContainsKey(reporterFlow))
            {
                tooCoarse.Add(reporterFlow >> 4);
            }
        }

        var missing = new List<MissingMember>();
        var covered = new List<AreaCode>();
        foreach (var member in members)
        {
            if (only is not null && !only.Contains(member.Value))
            {
                missing.Add(new MissingMember(member, CoverageGap.NotOnBothSides));
            }
            else if (!withRows.Contains(member.Value))
            {
                missing.Add(new MissingMember(member, CoverageGap.NoRows));
            }
            else if (tooCoarse.Contains(member.Value))
            {
                missing.Add(new MissingMember(member, CoverageGap.RowsTooCoarse));
            }
            else
            {
                covered.Add(member);
            }
        }

        return new GroupCoverage { Members = members, Covered = covered, Missing = missing };
    }

    // Two sides of a ratio over one set of members: those both cover. A member only one side covers is left out of both,
    // with the reason the other side gave (no rows, rows too coarse); both results carry the one coverage.
    private static (Evaluation First, Evaluation Second) Aligned(Func<IReadOnlySet<int>?, Evaluation> first, Func<IReadOnlySet<int>?, Evaluation> second)
    {
        var (a, b) = (first(null), second(null));
        if (a.Coverage.Covered.SequenceEqual(b.Coverage.Covered))
        {
            return (a, b); // the same members on both sides (the usual case): nothing to align
        }

        var (common, coverage) = Common([a.Coverage, b.Coverage]);
        if (common.Count == a.Coverage.Covered.Count && common.Count == b.Coverage.Covered.Count)
        {
            return (a, b);
        }

        if (common.Count == 0)
        {
            // No member on both sides: each side as it is (its own reason says why), with the one coverage.
            return (WithCoverage(a, coverage), WithCoverage(b, coverage));
        }

        return (WithCoverage(first(common), coverage), WithCoverage(second(common), coverage));
    }

    // The members every coverage covers, and the one coverage that says so: a member some side lacks is missing with the
    // reason that side gave (no rows, rows too coarse), otherwise (a member of the group on some sides only) as not on
    // both sides.
    private static (HashSet<int> Common, GroupCoverage Coverage) Common(IReadOnlyList<GroupCoverage> sides)
    {
        var common = sides[0].Covered.Select(static c => c.Value).ToHashSet();
        foreach (var side in sides.Skip(1))
        {
            common.IntersectWith(side.Covered.Select(static c => c.Value));
        }

        var members = sides.SelectMany(static c => c.Members).Distinct().OrderBy(static c => c.Value).ToList();
        var gaps = sides.SelectMany(static c => c.Missing).GroupBy(static m => m.Member).ToDictionary(static g => g.Key, static g => g.First().Gap);
        var coverage = new GroupCoverage
        {
            Members = members,
            Covered = [.. members.Where(c => common.Contains(c.Value))],
            Missing = [.. members.Where(c => !common.Contains(c.Value)).Select(c => new MissingMember(c, gaps.GetValueOrDefault(c, CoverageGap.NotOnBothSides)))],
        };
        return (common, coverage);
    }

    private static Evaluation WithCoverage(Evaluation evaluation, GroupCoverage coverage) =>
        evaluation with { Value = evaluation.Value with { Coverage = coverage }, Coverage = coverage };

    // Per reporter and flow, its World rows where it has any for the selected commodities, otherwise the sum of its
    // partner rows: one reporter's World rows never hide another's partner rows. A mixed basis is stated.
    private (Filter Filter, PartnerBasis Basis, string Text) ResolvePartnerBasis(TradePeriod period, Filter filter, PartnerBasis requested)
    {
        if (requested == PartnerBasis.WorldRows)
        {
            return (filter with { Partners = WorldOnly() }, PartnerBasis.WorldRows, "all partners (World rows)");
        }

        if (requested == PartnerBasis.SumOfPartners)
        {
            return (filter with { Partners = PartnerAreas() }, PartnerBasis.SumOfPartners, "all partners (sum of partner rows)");
        }

        var world = Scan(period, filter with { Partners = WorldOnly() }, By.ReporterFlow);
        var any = Scan(period, filter with { Partners = AllAreas() }, By.ReporterFlow);
        if (world.Count == 0)
        {
            return (filter with { Partners = PartnerAreas() }, PartnerBasis.SumOfPartners, "all partners (sum of partner rows)");
        }

        if (any.Keys.All(world.ContainsKey))
        {
            return (filter with { Partners = WorldOnly() }, PartnerBasis.WorldRows, "all partners (World rows)");
        }

        var worldBy = new bool[AreaSlots << 4];
        foreach (var key in world.Keys)
        {
            worldBy[key] = true;
        }

        return (filter with { Partners = AllAreas(), WorldBy = worldBy }, PartnerBasis.Mixed, $"all partners (World rows: {Names(world.Keys)}; sum of partner rows: {Names(any.Keys.Where(k => !world.ContainsKey(k)))})");

        static string Names(IEnumerable<int> keys) =>
            string.Join(", ", keys.Order().Select(static k => $"{GroupCoverage.Label(new AreaCode(k >> 4))} {((TradeFlow)(k & 0xF)).ToString().ToLowerInvariant()}"));
    }

    /// <summary>
    /// A value's plan: the cells to read (<see cref="Filter"/>: the members covered, the commodity cells, and per reporter
    /// and flow the partner basis in <see cref="Filter.WorldBy"/> when it is mixed), what was asked in rows and words, the
    /// members asked for, the coverage, the bases used, and an absence known before reading.
    /// </summary>
    private sealed record FigurePlan(
        Filter Read, Asked Asked, IReadOnlyList<AreaCode> ReporterCodes, GroupCoverage Coverage, PartnerBasis? PartnerBasis, TotalBasis? TotalBasis, FigureAbsence? Absence);
}
