using System.Numerics;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Aggregation.Planning.QueryMasks;

namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// The share rules in one place: for a question, which members a figure covers, which partner basis each reporter and
/// flow takes, which commodity cells and total basis it reads, and when it cannot be told (a structured
/// <see cref="FigureAbsence"/>, whose sentence <see cref="FigureAbsences"/> makes from it). It reads only which rows the
/// cube holds (<see cref="ICubeCells"/>); the cube executes its plans (every figure: values, shares, breakdowns, RCA, HHI,
/// growth, mirror statistics and mirror fill).
/// </summary>
internal sealed class SharePlanner(ICubeCells cube)
{
    /// <summary>
    /// The rules, before any sum is read: the reporters asked for (only those in <paramref name="only"/> when given), the
    /// commodity cells (a total on <c>TOTAL</c> rows unless the sum of commodity rows is asked for by name), the partner
    /// basis per reporter and flow, the members covered at the detail the value needs (the others left out and named), and
    /// an absence known before reading (outside the cube's question, no <c>TOTAL</c> rows).
    /// </summary>
    public SharePlan Plan(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities, TradeDirection direction, AreaGroup? partners, PartnerBasis partnerBasis, IReadOnlySet<int>? only = null)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        commodities ??= CommoditySelection.DefaultScope;
        var sets = cube.CellSets;
        var members = reporters.MembersFor(period);
        IReadOnlyList<AreaCode> reporterCodes = only is null ? members : [.. members.Where(c => only.Contains(c.Value))];
        var query = new CellQuery(Areas(reporterCodes), AllAreas(), Flows(direction), sets.Total); // partners set below, by the partners asked or the basis

        FigureAbsence? notTotal = null;
        TotalBasis? totalBasis = null;
        string? id = null;
        switch (commodities.Kind)
        {
            case CommoditySelectionKind.All:
                totalBasis = commodities.Basis;
                if (totalBasis == TotalBasis.Auto)
                {
                    totalBasis = TotalBasis.TotalRows;
                    if (cube.Tally(period, query with { Partners = AllAreas(), Cells = sets.Total }, TallyBy.None).Count == 0
                        && cube.Tally(period, query with { Partners = AllAreas(), Cells = sets.All }, TallyBy.None).Count > 0)
                    {
                        // A sum of commodity rows is total trade only when the data holds every chapter, which the cube
                        // cannot know: a file of one HS code would make that code 100% of "total" trade. (Reporters
                        // without any row in the flows are told apart after reading: no records, or nothing reported.)
                        notTotal = FigureAbsences.NoTotalRows(reporters.ToString(), reporterCodes, period);
                    }
                }

                query = query with { Cells = totalBasis == TotalBasis.TotalRows ? sets.Total : sets.Commodities };
                break;
            case CommoditySelectionKind.Scope:
                var scopeIndex = commodities.Id is null ? cube.Classifier.DefaultScopeIndex : cube.Classifier.ScopeIndex(commodities.Id);
                query = query with { Cells = sets.Scope(scopeIndex) };
                id = cube.Classifier.Classification.Scopes[scopeIndex].Id;
                break;
            default:
                query = query with { Cells = sets.Group(cube.Classifier.GroupIndex(commodities.Id!)) };
                id = commodities.Id;
                break;
        }

        var commoditiesWords = SharePlanWords.Commodities(commodities.Kind, id, totalBasis);
        string partnersWords;
        PartnerBasis? basis = null;
        IReadOnlyList<ReporterFlowBasis> bases = [];
        if (partners is not null)
        {
            // A member is not its own partner: its rows with itself (re-imports) stay in its trade with all partners only.
            query = query with { Partners = Areas(partners.MembersFor(period)), ExcludeSelf = true };
            partnersWords = partners.ToString();
        }
        else
        {
            (query, basis, bases) = ResolvePartnerBasis(period, query, partnerBasis);
            partnersWords = SharePlanWords.Partners(basis.Value, bases);
        }

        // Coverage: the members with rows at the detail this value needs in every flow they report. The others are left
        // out of the sum (a member's World-only exports would otherwise add nothing yet count as covered) and named.
        var granularity = query with
        {
            Cells = totalBasis == TotalBasis.TotalRows ? sets.Total : sets.Commodities,
            // Under Auto each reporter and flow takes whichever rows it has, so no basis is too coarse for it.
            Partners = partners is not null ? PartnerAreas()
                : partnerBasis == PartnerBasis.SumOfPartners ? PartnerAreas()
                : partnerBasis == PartnerBasis.WorldRows ? WorldOnly()
                : AllAreas(),
            WorldBy = null,
            ExcludeSelf = false,
        };
        var coverage = Coverage(period, members, only, query, granularity, totalBasis == TotalBasis.TotalRows);
        var asked = new AskedFigure(query, partners is not null, reporters.ToString(), SharePlanWords.Measure(commodities.Kind, commoditiesWords), commoditiesWords, partnersWords);
        if (coverage.Missing.Any(static m => m.Gap is CoverageGap.RowsTooCoarse or CoverageGap.NoTotalRows))
        {
            query = query with { Reporters = Areas(coverage.Covered) };
        }

        return new SharePlan
        {
            Period = period,
            Read = query,
            Asked = asked,
            Reporters = reporterCodes,
            Coverage = coverage,
            PartnerBasis = basis,
            PartnerBases = bases,
            TotalBasis = totalBasis,
            Absence = cube.Question?.Excludes(period, reporterCodes, query.Flows, query.Cells.Mask) ?? notTotal,
        };
    }

    /// <summary>
    /// The rules after reading: an absence known before, else nothing found (too coarse, or no records), else HS levels
    /// mixed in the rows read; null when the value is there.
    /// </summary>
    public FigureAbsence? Judge(SharePlan plan, long records, HsCodeLevels levels)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var asked = plan.Asked;
        if (plan.Absence is { } known)
        {
            return known;
        }

        if (records == 0)
        {
            // Nothing found: say whether the reporters report nothing at all, whether the data is too coarse to hold it
            // (TOTAL or World rows only), or just has none.
            if (!ReportsAnything(plan.Period, asked.Query) && ReportsAnything(plan.Period, asked.Query with { Reporters = AllAreas() }))
            {
                // Others report in the period (for a period without any row, there are just no records).
                var asPartner = cube.Tally(plan.Period, asked.Query with { Reporters = AllAreas(), Partners = Areas(plan.Reporters), Flows = AllFlows(), Cells = cube.CellSets.All, WorldBy = null, ExcludeSelf = false }, TallyBy.None).Count > 0;
                return FigureAbsences.ReportsNothing(asked.Reporters, plan.Reporters, plan.Period, asPartner);
            }

            return Unknowable(plan.Period, asked, asked.Query with { Partners = AllAreas(), Cells = cube.CellSets.All, WorldBy = null, ExcludeSelf = false })
                ?? FigureAbsences.NoRecords(plan.Period, asked.Reporters, plan.Reporters, asked.Partners, asked.Commodities);
        }

        levels &= ~HsCodeLevels.Total;
        return BitOperations.PopCount((uint)levels) > 1 ? FigureAbsences.MixedHsLevels(asked.Commodities, levels, plan.Period, plan.Reporters) : null;
    }

    /// <summary>
    /// Why what was asked cannot be told, or null: for some reporter and flow with rows under <paramref name="cover"/> the
    /// data has no commodity rows (<c>TOTAL</c> rows at most) where some commodities were asked for, or no rows by partner
    /// (World rows at most) where a partner group was. Then that part is unknown, not zero, and a sum of the other parts
    /// would understate it.
    /// </summary>
    public FigureAbsence? Unknowable(TradePeriod period, AskedFigure asked, CellQuery cover)
    {
        var query = asked.Query;
        var needsCommodityRows = !query.Cells[CommodityClassifier.TotalCell];
        var needsPartnerRows = asked.PartnerGroup;
        if (!needsCommodityRows && !needsPartnerRows)
        {
            return null;
        }

        // One tally each by reporter and flow, read flow by flow in order.
        var covered = cube.Tally(period, cover with { Flows = query.Flows, WorldBy = null }, TallyBy.ReporterFlow);
        var commodityRows = needsCommodityRows ? cube.Tally(period, query with { Partners = AllAreas(), Cells = cube.CellSets.Commodities, WorldBy = null, ExcludeSelf = false }, TallyBy.ReporterFlow) : null;
        var partnerRows = needsPartnerRows ? cube.Tally(period, query with { Partners = PartnerAreas(), WorldBy = null, ExcludeSelf = false }, TallyBy.ReporterFlow) : null;
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
                return FigureAbsences.NoPartnerRows(withoutPartners, period, (TradeFlow)flow, asked.Commodities, asked.Partners, AreasIn(query.Partners));
            }
        }

        return null;

        // The reporters with rows in the flow under `cover` and none in `withRows`.
        static List<AreaCode>? Missing(Dictionary<int, CellTally> covered, Dictionary<int, CellTally> withRows, int flow) =>
            covered.Keys.Where(k => (k & 0xF) == flow && !withRows.ContainsKey(k)).Select(static k => k >> 4).Order().Select(static r => new AreaCode(r)).ToList() is { Count: > 0 } missing
                ? missing
                : null;
    }

    /// <summary>
    /// The first reporter and flow (in key order) whose part exceeds its whole, or null: checked per reporter and flow, so
    /// that a contradiction in one member's exports is not hidden in a figure that adds its imports or other members'
    /// trade. A reporter and flow without rows in the whole is left to the coverage rules (it is not a contradiction). An
    /// excess within the rows' rounding (half a unit of their last decimal a row: Germany's 232 partner rows of 2022
    /// imports add up to US$0.003 above its World row) is rounding, not a contradiction.
    /// </summary>
    public (AreaCode Reporter, TradeFlow Flow, ExactTotal Part, ExactTotal Whole)? PartExceedingWhole(TradePeriod period, CellQuery part, CellQuery whole)
    {
        var parts = cube.Tally(period, part, TallyBy.ReporterFlow);
        var wholes = cube.Tally(period, whole, TallyBy.ReporterFlow);
        foreach (var key in parts.Keys.Order())
        {
            if (wholes.TryGetValue(key, out var w) && parts[key].Sum.CompareTo(w.Sum + RoundingOf(parts[key], w)) > 0)
            {
                return (new AreaCode(key >> 4), (TradeFlow)(key & 0xF), parts[key].Sum, w.Sum);
            }
        }

        return null;
    }

    /// <summary>How far rounded rows can add up above their whole: half a unit of the last decimal for each row of both.</summary>
    public static ExactTotal RoundingOf(CellTally part, CellTally whole)
    {
        var scale = Math.Max(part.Sum.Scale, whole.Sum.Scale);
        var rows = (Int128)(part.Records + whole.Records);
        return scale < ExactSum.MaxScale ? ExactTotal.Of(rows * 5, scale + 1) : ExactTotal.Of(rows, ExactSum.MaxScale);
    }

    /// <summary>
    /// Two sides of a ratio over one set of members: those both cover. A member only one side covers is left out of both,
    /// with the reason the other side gave (no rows, rows too coarse); both results carry the one coverage.
    /// </summary>
    public static MemberAlignment Align(GroupCoverage first, GroupCoverage second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Covered.SequenceEqual(second.Covered))
        {
            return default; // the same members on both sides (the usual case): nothing to align
        }

        var (common, coverage) = Common([first, second]);
        return common.Count == first.Covered.Count && common.Count == second.Covered.Count ? default
            : common.Count == 0 ? new MemberAlignment(coverage, null) // no member on both sides: each side as it is, its own reason says why
            : new MemberAlignment(coverage, common);
    }

    /// <summary>
    /// The members every coverage covers, and the one coverage that says so: a member some side lacks is missing with the
    /// reason that side gave (no rows, rows too coarse), otherwise (a member of the group on some sides only) as not on
    /// both sides.
    /// </summary>
    public static (HashSet<int> Common, GroupCoverage Coverage) Common(IReadOnlyList<GroupCoverage> sides)
    {
        ArgumentNullException.ThrowIfNull(sides);
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

    // Whether the reporters of a query hold any row in the period, in any flow, commodity or partner.
    private bool ReportsAnything(TradePeriod period, CellQuery query) =>
        cube.Tally(period, query with { Partners = AllAreas(), Flows = AllFlows(), Cells = cube.CellSets.All, WorldBy = null, ExcludeSelf = false }, TallyBy.None).Count > 0;

    // Which members have rows in the period (any detail) and which at the detail the value needs, flow by flow: a member
    // with rows in a flow but none at that detail (TOTAL or World rows only) is too coarse for the value; one with rows
    // but no TOTAL rows where total trade is asked (commodity rows only) lacks TOTAL rows, which is not coarseness.
    private GroupCoverage Coverage(TradePeriod period, IReadOnlyList<AreaCode> members, IReadOnlySet<int>? only, CellQuery query, CellQuery granularity, bool totalRows)
    {
        var withRows = new HashSet<int>();
        var tooCoarse = new HashSet<int>();
        var noTotal = new HashSet<int>();
        var any = cube.Tally(period, query with { Partners = AllAreas(), Cells = cube.CellSets.All, WorldBy = null, ExcludeSelf = false }, TallyBy.ReporterFlow);
        var detailed = cube.Tally(period, granularity with { Flows = query.Flows }, TallyBy.ReporterFlow);
        var totals = totalRows ? cube.Tally(period, query with { Partners = AllAreas(), Cells = cube.CellSets.Total, WorldBy = null, ExcludeSelf = false }, TallyBy.ReporterFlow) : null;
        foreach (var reporterFlow in any.Keys)
        {
            withRows.Add(reporterFlow >> 4);
            if (totals is not null && !totals.ContainsKey(reporterFlow))
            {
                noTotal.Add(reporterFlow >> 4);
            }
            else if (!detailed.ContainsKey(reporterFlow))
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
            else if (noTotal.Contains(member.Value))
            {
                missing.Add(new MissingMember(member, CoverageGap.NoTotalRows));
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

    // Per reporter and flow, its World rows where it has any for the selected commodities, otherwise the sum of its
    // partner rows: one reporter's World rows never hide another's partner rows. A mixed basis is stated.
    private (CellQuery Query, PartnerBasis Basis, IReadOnlyList<ReporterFlowBasis> Bases) ResolvePartnerBasis(TradePeriod period, CellQuery query, PartnerBasis requested)
    {
        if (requested == PartnerBasis.WorldRows)
        {
            return (query with { Partners = WorldOnly() }, PartnerBasis.WorldRows, []);
        }

        if (requested == PartnerBasis.SumOfPartners)
        {
            return (query with { Partners = PartnerAreas() }, PartnerBasis.SumOfPartners, []);
        }

        var world = cube.Tally(period, query with { Partners = WorldOnly() }, TallyBy.ReporterFlow);
        var any = cube.Tally(period, query with { Partners = AllAreas() }, TallyBy.ReporterFlow);
        List<ReporterFlowBasis> bases = [.. any.Keys.Order().Select(k => new ReporterFlowBasis(
            new AreaCode(k >> 4), (TradeFlow)(k & 0xF), world.ContainsKey(k) ? PartnerBasis.WorldRows : PartnerBasis.SumOfPartners))];
        if (world.Count == 0)
        {
            return (query with { Partners = PartnerAreas() }, PartnerBasis.SumOfPartners, bases);
        }

        if (any.Keys.All(world.ContainsKey))
        {
            return (query with { Partners = WorldOnly() }, PartnerBasis.WorldRows, bases);
        }

        var worldBy = new bool[AreaSlots << 4];
        foreach (var key in world.Keys)
        {
            worldBy[key] = true;
        }

        return (query with { Partners = AllAreas(), WorldBy = worldBy }, PartnerBasis.Mixed, bases);
    }
}
