using System.Globalization;
using System.Runtime.InteropServices;
using AseanMinerals.Core.Aggregation.Planning;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>The figures: every one a query on the cube's cells.</summary>
public sealed partial class TradeCube
{
    /// <summary>
    /// The general query: the trade of reporters with partners in commodities, in one direction. Every other figure is
    /// made of these.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters (for ASEAN, the members for the period under its basis).</param>
    /// <param name="commodities">The commodities; the classification's default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <param name="partners">A partner group; all partners (on <paramref name="partnerBasis"/>) when null.</param>
    /// <param name="partnerBasis">For all partners, the World rows or the sum of partner rows.</param>
    /// <returns>The value, or its absence with the reason.</returns>
    public TradeValue Value(
        TradePeriod period,
        AreaGroup reporters,
        CommoditySelection? commodities = null,
        TradeDirection direction = TradeDirection.ExportsAndImports,
        AreaGroup? partners = null,
        PartnerBasis partnerBasis = PartnerBasis.Auto) =>
        Evaluate(period, reporters, commodities, direction, partners, partnerBasis).Value;

    /// <summary>Total trade over all commodities (exports plus imports by default) with all partners.</summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="basis">The <c>TOTAL</c> rows or the sum of all commodity rows.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The value, or its absence with the reason.</returns>
    public TradeValue TotalTrade(TradePeriod period, AreaGroup reporters, TotalBasis basis = TotalBasis.Auto, TradeDirection direction = TradeDirection.ExportsAndImports) =>
        Value(period, reporters, CommoditySelection.All(basis), direction);

    /// <summary>The share of a scope's (or group's) trade in total trade, both with all partners on the same basis.</summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="basis">Where the total over all commodities comes from; the result names it.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The share, or its absence with the reason.</returns>
    public TradeShare ShareOfTotalTrade(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities = null, TotalBasis basis = TotalBasis.Auto, TradeDirection direction = TradeDirection.ExportsAndImports)
    {
        // Each side takes the World rows where its own rows have them: a ratio of two sums, never one sum of both.
        var (numerator, denominator) = Aligned(
            only => Evaluate(period, reporters, commodities, direction, null, PartnerBasis.Auto, only),
            only => Evaluate(period, reporters, CommoditySelection.All(basis), direction, null, PartnerBasis.Auto, only));
        return Share($"share of {numerator.Value.Measure} in total trade", period, numerator, denominator);
    }

    /// <summary>
    /// The share of a partner group in reporters' trade: for example ASEAN's share of China's imports. The denominator is
    /// the reporters' trade with all partners.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="partners">The partner group.</param>
    /// <param name="commodities">The commodities; the default scope when null (use <see cref="CommoditySelection.All"/> for all trade).</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The share, or its absence with the reason.</returns>
    public TradeShare PartnerGroupShare(
        TradePeriod period, AreaGroup reporters, AreaGroup partners, CommoditySelection? commodities = null, TradeDirection direction = TradeDirection.ExportsAndImports)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var (numerator, denominator) = Aligned(
            only => Evaluate(period, reporters, commodities, direction, partners, PartnerBasis.Auto, only),
            only => Evaluate(period, reporters, commodities, direction, null, PartnerBasis.Auto, only));
        var share = Share($"share of {partners} in {numerator.Value.Measure}", period, numerator, denominator);
        if (denominator.Read is not { } whole || share.Share is null)
        {
            return share;
        }

        // Partner rows above the World row contradict the whole though the group's part is below it; partner rows short
        // of it leave a part with no partner, and a member's trade with itself is in no partner's part: both are said.
        return PartnerRowsAboveWorld(period, denominator.Value, whole) is { } contradiction
            ? share with { Share = null, Absence = contradiction }
            : share with { Notes = PartnerNotes(period, SplitByPartner(period, whole, numerator.Asked.Query.Partners, byPartner: false), share.Share) };
    }

    /// <summary>
    /// The share of trade within a group: the group's trade with partners of the group over its trade with all partners,
    /// both judged with the group's membership for the period (for ASEAN, its <see cref="MembershipBasis"/>).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="group">The group, reporters and partners alike; ASEAN (changing composition) when null.</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The share, or its absence with the reason.</returns>
    public TradeShare IntraGroupShare(
        TradePeriod period, AreaGroup? group = null, CommoditySelection? commodities = null, TradeDirection direction = TradeDirection.ExportsAndImports)
    {
        group ??= AreaGroup.Asean();
        var share = PartnerGroupShare(period, group, group, commodities, direction);
        return share with { Measure = $"intra-{group.Name} share of {share.Numerator.Measure}" };
    }

    /// <summary>The three headline figures: trade in a scope, its share of total trade, and its intra-group share.</summary>
    /// <param name="period">The period.</param>
    /// <param name="group">The group; ASEAN (changing composition) when null.</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="basis">Where total trade comes from: the <c>TOTAL</c> rows by default; the sum of commodity rows only by name.</param>
    /// <returns>The figures.</returns>
    public MineralsHeadline Headline(TradePeriod period, AreaGroup? group = null, CommoditySelection? commodities = null, TotalBasis basis = TotalBasis.Auto)
    {
        group ??= AreaGroup.Asean();
        var share = ShareOfTotalTrade(period, group, commodities, basis);
        return new MineralsHeadline
        {
            Period = period,
            CommodityTrade = share.Numerator,
            ShareOfTotalTrade = share,
            IntraGroupShare = IntraGroupShare(period, group, commodities),
        };
    }

    /// <summary>Each reporter's part of the group's trade; the parts add up exactly to the total.</summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The breakdown.</returns>
    public ShareBreakdown SharesByReporter(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities = null, TradeDirection direction = TradeDirection.ExportsAndImports)
    {
        var whole = Evaluate(period, reporters, commodities, direction, null, PartnerBasis.Auto);
        var tallies = whole.Read is { } filter ? Scan(period, filter, TallyBy.Reporter) : [];
        return Breakdown(
            $"{whole.Value.Measure} by reporter",
            period,
            reporters,
            $"sum of the reporters; partners: {whole.Value.Partners}; commodities: {whole.Value.Commodities}",
            whole.Value.Absence,
            ByArea(tallies),
            [.. whole.Value.ReporterCodes.Where(c => !tallies.ContainsKey(c.Value)).Select(static c => c.ToString())],
            top: int.MaxValue) with { Coverage = whole.Coverage };
    }

    /// <summary>Each commodity group's part of a scope's trade; the parts add up exactly to the scope's trade.</summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="scopeId">The scope; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The breakdown (codes of the scope outside every group form a part of their own).</returns>
    public ShareBreakdown SharesByCommodityGroup(
        TradePeriod period, AreaGroup reporters, string? scopeId = null, TradeDirection direction = TradeDirection.ExportsAndImports)
    {
        var whole = Evaluate(period, reporters, scopeId is null ? null : CommoditySelection.Scope(scopeId), direction, null, PartnerBasis.Auto);
        var tallies = whole.Read is { } filter ? Scan(period, filter, TallyBy.Group) : [];
        var groups = Classifier.Classification.Groups;
        return Breakdown(
            $"{whole.Value.Measure} by commodity group",
            period,
            reporters,
            $"sum of the groups; partners: {whole.Value.Partners}",
            whole.Value.Absence,
            tallies.Select(t => t.Key < 0 ? ("(none)", "codes of no group", t.Value.Sum) : (groups[t.Key].Id, groups[t.Key].Name, t.Value.Sum)).ToList(),
            [],
            top: int.MaxValue) with { Coverage = whole.Coverage };
    }

    /// <summary>
    /// The largest partners' parts of reporters' trade and the rest of the world; the total is the sum of the partner
    /// rows (World rows are not parts), so the parts add up to it exactly.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="top">How many partners to show before the rest of the world.</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The breakdown.</returns>
    public ShareBreakdown SharesByPartner(
        TradePeriod period, AreaGroup reporters, int top = 10, CommoditySelection? commodities = null, TradeDirection direction = TradeDirection.ExportsAndImports) =>
        ByPartner(period, reporters, top, commodities, direction, PartnerBasis.Auto);

    // The split by partner of the whole on a basis: Auto for the whole the headline gives (World rows where a reporter has
    // them), the World rows' part beyond the partner rows a part of its own; SumOfPartners for the partners alone (HHI).
    // A reporter's trade with itself is a part of its own either way: a member is not its own partner.
    private ShareBreakdown ByPartner(TradePeriod period, AreaGroup reporters, int top, CommoditySelection? commodities, TradeDirection direction, PartnerBasis basis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var whole = Evaluate(period, reporters, commodities, direction, null, basis);
        var basisWords = basis == PartnerBasis.SumOfPartners
            ? "sum of the partner rows (World rows not used)"
            : "World rows where a reporter has them, else the sum of its partner rows; the World rows' trade beyond the partner rows is not assigned to a partner; a reporter is not its own partner";
        var absence = whole.Value.Absence;
        var split = whole.Read is { } read && absence is null ? SplitByPartner(period, read, QueryMasks.AllAreas(), byPartner: true) : null;
        if (split is not null && whole.Read is { } cells)
        {
            absence = PartnerRowsAboveWorld(period, whole.Value, cells);
            if (absence is null && split.PartnerRecords == 0)
            {
                // World rows only: a split with every dollar "not assigned" would say nothing; the data has no rows by partner.
                var flows = Scan(period, cells, TallyBy.Flow).Keys.Order().ToList();
                absence = FigureAbsences.NoPartnerRows(whole.Coverage.Covered, period, (TradeFlow)flows[0], whole.Value.Commodities, "each partner", []);
            }
        }

        List<(string Key, string Name, ExactTotal Sum)> extras = [];
        if (split?.SelfMembers.Count > 0)
        {
            extras.Add(("self", "trade with itself as partner (re-imports, re-exports)", split.Self));
        }

        if (split?.Unassigned.Sign > 0)
        {
            extras.Add(("unassigned", "not assigned to a partner (World rows beyond the partner rows)", split.Unassigned));
        }

        return Breakdown(
            $"{whole.Value.Measure} by partner",
            period,
            reporters,
            basisWords,
            absence,
            [.. (split?.Parts ?? []).Select(static p => (Code(p.Key), TradeAreaCatalog.Default.NameOf(new AreaCode(p.Key)), p.Value))],
            [],
            top,
            extras) with { Coverage = whole.Coverage, Notes = absence is null && split is not null ? PartnerNotes(period, split) : [] };
    }

    /// <summary>The Herfindahl-Hirschman index of reporters' partners (0 to 10,000).</summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The index, or its absence with the reason.</returns>
    public ConcentrationResult PartnerConcentration(
        TradePeriod period, AreaGroup reporters, CommoditySelection? commodities = null, TradeDirection direction = TradeDirection.ExportsAndImports) =>
        Concentration("concentration of partners", ByPartner(period, reporters, int.MaxValue, commodities, direction, PartnerBasis.SumOfPartners));

    /// <summary>The Herfindahl-Hirschman index of the commodity groups in a scope's trade (0 to 10,000).</summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="scopeId">The scope; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The index, or its absence with the reason.</returns>
    public ConcentrationResult CommodityConcentration(
        TradePeriod period, AreaGroup reporters, string? scopeId = null, TradeDirection direction = TradeDirection.ExportsAndImports) =>
        Concentration("concentration of commodity groups", SharesByCommodityGroup(period, reporters, scopeId, direction));

    /// <summary>Year-on-year growth and CAGR of a trade value over annual periods.</summary>
    /// <param name="reporters">The reporters (for ASEAN under a changing composition, the members of each year).</param>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year, after the first.</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <param name="direction">The flows added.</param>
    /// <returns>The growth.</returns>
    public GrowthResult Growth(
        AreaGroup reporters, int fromYear, int toYear, CommoditySelection? commodities = null, TradeDirection direction = TradeDirection.ExportsAndImports)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(toYear, fromYear);
        var years = Enumerable.Range(fromYear, toYear - fromYear + 1).Select(static y => TradePeriod.Annual(y)).ToList();
        var evaluations = years.Select(p => Year(p, null)).ToList();

        // One set of members in every year with data: a member with rows in some years only would make its arrival look
        // like growth and its silence like a fall, so it is left out of every year and named. A year without any member's
        // rows stays absent with its own reason.
        GroupCoverage? coverage = null;
        FigureAbsence? noCommon = null;
        var withData = evaluations.Where(static e => e.Coverage.Covered.Count > 0).Select(static e => e.Coverage).ToList();
        if (withData.Count > 0)
        {
            var (common, merged) = SharePlanner.Common(withData);
            coverage = merged;
            if (common.Count == 0)
            {
                noCommon = FigureAbsences.NoCommonMembers(reporters.ToString(), merged, $"every year with data from {fromYear} to {toYear}");
            }
            else if (withData.Any(c => c.Covered.Count != common.Count))
            {
                evaluations = [.. evaluations.Select((e, i) => e.Coverage.Covered.Count > 0 ? WithCoverage(Year(years[i], common), merged) : e)];
            }
        }

        var values = evaluations
            .Select(e => noCommon is not null && e.Value.Value is not null ? e.Value with { Value = null, Exports = null, Imports = null, Absence = noCommon } : e.Value)
            .ToList();
        var steps = new List<GrowthStep>();
        for (var i = 0; i < values.Count; i++)
        {
            var year = fromYear + i;
            if (i == 0 || values[i].Value is null)
            {
                steps.Add(new GrowthStep(year, values[i].Value, null, values[i].Absence));
                continue;
            }

            var (growth, absence) = Ratio(values[i].Value, values[i - 1].Value, $"the value of {year - 1}", values[i].Absence, values[i - 1].Absence);
            steps.Add(new GrowthStep(year, values[i].Value, growth - 1, absence));
        }

        var (ratio, absent) = Ratio(values[^1].Value, values[0].Value, $"the value of {fromYear}", values[^1].Absence, values[0].Absence, $"the value of {toYear}");
        if (ratio is < 0)
        {
            (ratio, absent) = (null, FigureAbsences.OppositeSigns(values[0].Value!.Value, values[^1].Value!.Value, fromYear, toYear));
        }

        return new GrowthResult
        {
            Measure = values[0].Measure,
            Reporters = reporters.ToString(),
            FromYear = fromYear,
            ToYear = toYear,
            Steps = steps,
            Cagr = ratio is { } r ? (decimal)(Math.Pow((double)r, 1.0 / (toYear - fromYear)) - 1) : null,
            Coverage = coverage,
            Absence = absent,
        };

        Evaluation Year(TradePeriod period, IReadOnlySet<int>? only) => Evaluate(period, reporters, commodities, direction, null, PartnerBasis.Auto, only);
    }

    /// <summary>Balassa's revealed comparative advantage of reporters in commodities, against given world figures.</summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters.</param>
    /// <param name="commodities">The commodities (a scope or group).</param>
    /// <param name="worldCommodityExports">The world's exports of the commodities in the period.</param>
    /// <param name="worldTotalExports">The world's total exports in the period.</param>
    /// <returns>The index, or its absence with the reason.</returns>
    public ComparativeAdvantage RevealedComparativeAdvantage(
        TradePeriod period, AreaGroup reporters, CommoditySelection commodities, decimal worldCommodityExports, decimal worldTotalExports)
    {
        // Both exports over one set of members: those with rows on both sides (a group's clinker exports over the total
        // exports of fewer members would overstate the index).
        var (partEvaluation, totalEvaluation) = Aligned(
            only => Evaluate(period, reporters, commodities, TradeDirection.Exports, null, PartnerBasis.Auto, only),
            only => Evaluate(period, reporters, CommoditySelection.All(), TradeDirection.Exports, null, PartnerBasis.Auto, only));
        var (part, total) = (partEvaluation.Value, totalEvaluation.Value);
        var (reporterShare, reason) = Contradiction(period, partEvaluation, totalEvaluation) is { } contradiction
            ? (null, contradiction)
            : Ratio(part.Value, total.Value, "the reporters' total exports", part.Absence, total.Absence, "the reporters' exports of the commodities");
        var (worldShare, worldReason) = Ratio(worldCommodityExports, worldTotalExports, "the world's total exports");
        var (index, indexReason) = reporterShare is null ? (null, reason) : worldShare is null ? (null, worldReason) : Ratio(reporterShare, worldShare, "the world's share of the commodities");
        return new ComparativeAdvantage
        {
            Period = period,
            Reporters = reporters.ToString(),
            Commodities = part.Commodities,
            CommodityExports = part.Value,
            TotalExports = total.Value,
            WorldCommodityExports = worldCommodityExports,
            WorldTotalExports = worldTotalExports,
            Index = index,
            Coverage = part.Coverage,
            Absence = part.Value is null ? part.Absence : total.Value is null ? total.Absence : reporterShare is null ? reason : indexReason,
        };
    }

    /// <summary>Mirror statistics: an exporter's reported exports to an importer against the importer's reported imports from it.</summary>
    /// <param name="period">The period.</param>
    /// <param name="exporter">The exporting reporter.</param>
    /// <param name="importer">The importing reporter.</param>
    /// <param name="commodities">The commodities; the default scope when null.</param>
    /// <returns>The comparison with the gap.</returns>
    public MirrorComparison Mirror(TradePeriod period, AreaCode exporter, AreaCode importer, CommoditySelection? commodities = null)
    {
        var exports = Value(period, AreaGroup.Of(exporter.ToString(), exporter), commodities, TradeDirection.Exports, AreaGroup.Of(importer.ToString(), importer));
        var imports = Value(period, AreaGroup.Of(importer.ToString(), importer), commodities, TradeDirection.Imports, AreaGroup.Of(exporter.ToString(), exporter));
        var (ratio, reason) = Ratio(imports.Value, exports.Value, "the reported exports");
        return new MirrorComparison
        {
            Period = period,
            Exporter = exporter,
            Importer = importer,
            Commodities = exports.Commodities,
            ReportedExports = exports.Value,
            MirrorImports = imports.Value,
            Gap = imports.Value - exports.Value,
            Ratio = ratio,
            Absence = exports.Value is null ? MirrorSideReason(exports, FigureAbsences.NoTradeReported(exporter, importer, TradeFlow.Export, period))
                : imports.Value is null ? MirrorSideReason(imports, FigureAbsences.NoTradeReported(importer, exporter, TradeFlow.Import, period))
                : reason,
        };
    }

    private static string Code(int area) => new AreaCode(area).ToString();

    // "reported no exports to" only where the reporter's rows are by partner and none is with the other: a file of World
    // rows only cannot tell, and the value's own reason says so.
    private static FigureAbsence MirrorSideReason(TradeValue side, FigureAbsence reportedNone) =>
        side.Coverage is { Missing: [{ Gap: CoverageGap.RowsTooCoarse or CoverageGap.NoRows or CoverageGap.NoTotalRows }, ..] } ? side.Absence! : reportedNone;

    // Breakdown parts keyed by area code, named from the library's trade-area catalogue.
    private static List<(string Key, string Name, ExactTotal Sum)> ByArea(Dictionary<int, CellTally> tallies) =>
        [.. tallies.Select(static t => (Code(t.Key), TradeAreaCatalog.Default.NameOf(new AreaCode(t.Key)), t.Value.Sum))];

    // A ratio, or why not: a side absent (with the cube's reason for it, when it is a cube figure) or a zero denominator.
    private static (decimal? Ratio, FigureAbsence? Absence) Ratio(
        decimal? numerator, decimal? denominator, string denominatorName, FigureAbsence? numeratorCause = null, FigureAbsence? denominatorCause = null, string numeratorName = "the numerator") =>
        numerator is null ? (null, FigureAbsences.NumeratorAbsent(numeratorName, numeratorCause, denominator))
        : denominator is null ? (null, FigureAbsences.DenominatorAbsent(denominatorName, denominatorCause, numerator))
        : denominator == 0 ? (null, FigureAbsences.DenominatorZero(denominatorName, numerator))
        : Quotient(numerator.Value, denominator.Value) is { } quotient ? (quotient, null)
        : (null, FigureAbsences.OutOfRange($"{numeratorName} over {denominatorName}", null, []) with { Numerator = numerator, Denominator = denominator });

    // A quotient, or null when it does not fit a decimal (a large value over a tiny one): absent, never an exception.
    private static decimal? Quotient(decimal numerator, decimal denominator)
    {
        try
        {
            return numerator / denominator;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // extras: parts that are no partner, group or reporter (trade with itself, not assigned), shown last whatever their size.
    private ShareBreakdown Breakdown(
        string measure,
        TradePeriod period,
        AreaGroup reporters,
        string basis,
        FigureAbsence? absence,
        List<(string Key, string Name, ExactTotal Sum)> parts,
        IReadOnlyList<string> withoutRecords,
        int top,
        List<(string Key, string Name, ExactTotal Sum)>? extras = null)
    {
        if (absence is not null)
        {
            return new ShareBreakdown { Measure = measure, Period = period, Reporters = reporters.ToString(), Basis = basis, Absence = absence, WithoutRecords = withoutRecords };
        }

        var ordered = parts.OrderByDescending(static p => p.Sum).ThenBy(static p => p.Key, StringComparer.Ordinal).ToList();
        var total = ordered.Concat(extras ?? []).Aggregate(default(ExactTotal), static (sum, p) => sum + p.Sum);
        var shown = ordered.Take(top).ToList();
        if (ordered.Count > top)
        {
            var rest = ordered.Skip(top).Aggregate(default(ExactTotal), static (sum, p) => sum + p.Sum);
            shown.Add(("rest", $"rest of the world ({ordered.Count - top} partners)", rest));
        }

        shown.AddRange(extras ?? []);

        // Parts and total are exact sums, converted once each: the parts add up to the total exactly.
        if (!total.TryToDecimal(out var totalValue) || shown.Any(static p => !p.Sum.TryToDecimal(out _)))
        {
            return new ShareBreakdown
            {
                Measure = measure, Period = period, Reporters = reporters.ToString(), Basis = basis, WithoutRecords = withoutRecords,
                Absence = FigureAbsences.OutOfRange($"the total of {measure} of {reporters}", period, []),
            };
        }

        return new ShareBreakdown
        {
            Measure = measure,
            Period = period,
            Reporters = reporters.ToString(),
            Basis = basis,
            Total = totalValue,
            Parts = [.. shown.Select(p => new BreakdownPart(p.Key, p.Name, p.Sum.ToDecimal(), totalValue == 0 ? null : p.Sum.ToDecimal() / totalValue))],
            WithoutRecords = withoutRecords,
            Absence = totalValue == 0 ? FigureAbsences.DenominatorZero("the total", null, period) : null,
        };
    }

    private static ConcentrationResult Concentration(string measure, ShareBreakdown breakdown)
    {
        // Over the partners (or groups) alone: a reporter's trade with itself is no partner's.
        var parts = breakdown.Parts.Where(static p => p.Key is not ("self" or "unassigned")).ToList();
        var total = parts.Sum(static p => p.Value);
        decimal? index = breakdown.Total is null or 0 || total == 0 ? null : parts.Sum(p => (p.Value / total * 100) * (p.Value / total * 100));
        return new ConcentrationResult
        {
            Measure = $"{measure} in {breakdown.Measure}",
            Period = breakdown.Period,
            Reporters = breakdown.Reporters,
            Parts = parts.Count(static p => p.Value != 0),
            Index = index,
            Band = index switch { null => null, < 1500 => ConcentrationBand.Unconcentrated, <= 2500 => ConcentrationBand.ModeratelyConcentrated, _ => ConcentrationBand.HighlyConcentrated },
            Coverage = breakdown.Coverage,
            Absence = index is null ? breakdown.Absence ?? FigureAbsences.DenominatorZero("the total", null, breakdown.Period) : null,
        };
    }
}
