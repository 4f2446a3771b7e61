using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The records a question needs, for a cube built for that question only (the question-first path): the builder drops
/// every other record before hashing it, so one figure over millions of records does not build the whole cube. Each part
/// left null admits everything. The cube's figures inside the filter equal the whole cube's; a figure that needs records
/// outside it is absent with the reason, never 0.
/// </summary>
/// <example>
/// <code>
/// var filter = TradeCubeFilter.For(TradePeriod.Annual(2018), AreaGroup.Asean());
/// var builder = new TradeCubeBuilder { Filter = filter };
/// builder.AddRange(records);
/// var cube = builder.ToCube();
/// var headline = cube.Headline(TradePeriod.Annual(2018));
/// </code>
/// </example>
public sealed class TradeCubeFilter : IEquatable<TradeCubeFilter>
{
    /// <summary>Creates a filter.</summary>
    /// <param name="periods">The periods kept; all when null.</param>
    /// <param name="reporters">The reporters kept; all when null.</param>
    /// <param name="flows">The flows kept (subset flows included); all when null.</param>
    /// <param name="commodities">The commodities kept: a scope or a group; all when null (or <see cref="CommoditySelection.All"/>).</param>
    public TradeCubeFilter(
        IEnumerable<TradePeriod>? periods = null, IEnumerable<AreaCode>? reporters = null, IEnumerable<TradeFlow>? flows = null, CommoditySelection? commodities = null)
    {
        Periods = periods is null ? null : [.. periods.Distinct().Order()];
        Reporters = reporters is null ? null : [.. reporters.Distinct().OrderBy(static r => r.Value)];
        Flows = flows is null ? null : [.. flows.Distinct().Order()];
        Commodities = commodities?.Kind == CommoditySelectionKind.All ? null : commodities;
    }

    /// <summary>The periods kept, in order; null for all.</summary>
    public IReadOnlyList<TradePeriod>? Periods { get; }

    /// <summary>The reporters kept, in order of code; null for all.</summary>
    public IReadOnlyList<AreaCode>? Reporters { get; }

    /// <summary>The flows kept, in order; null for all.</summary>
    public IReadOnlyList<TradeFlow>? Flows { get; }

    /// <summary>The commodities kept (a scope or a group); null for all.</summary>
    public CommoditySelection? Commodities { get; }

    /// <summary>
    /// The records every figure of a group in one period needs: that period, the group's members for it, every flow and
    /// every commodity (a share needs total trade; the trade with partner groups needs every partner, so partners are kept).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The group (for ASEAN, its members for the period under its basis).</param>
    /// <param name="commodities">The commodities kept; all when null (a share of total trade then stays possible).</param>
    /// <returns>The filter.</returns>
    public static TradeCubeFilter For(TradePeriod period, AreaGroup reporters, CommoditySelection? commodities = null)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        return new TradeCubeFilter([period], reporters.MembersFor(period), null, commodities);
    }

    /// <inheritdoc />
    public bool Equals(TradeCubeFilter? other) =>
        other is not null && Same(Periods, other.Periods) && Same(Reporters, other.Reporters) && Same(Flows, other.Flows) && Equals(Commodities, other.Commodities);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TradeCubeFilter);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Periods?.Count, Reporters?.Count, Flows?.Count, Commodities);

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>();
        if (Periods is not null)
        {
            parts.Add($"periods {string.Join(", ", Periods)}");
        }

        if (Reporters is not null)
        {
            parts.Add($"reporters {string.Join(" ", Reporters)}");
        }

        if (Flows is not null)
        {
            parts.Add($"flows {string.Join(" ", Flows.Select(static f => f.ToComtradeCode()))}");
        }

        if (Commodities is not null)
        {
            parts.Add(Commodities.ToString());
        }

        return parts.Count == 0 ? "all records" : string.Join("; ", parts);
    }

    /// <summary>The filter as masks over a classifier's cells, for the builder's per-record check.</summary>
    internal Compiled Compile(CommodityClassifier classifier)
    {
        var periods = Periods is null ? null : new bool[Periods.Max(static p => CubeKey.PeriodCode(p)) + 1];
        foreach (var period in Periods ?? [])
        {
            periods![CubeKey.PeriodCode(period)] = true;
        }

        var reporters = Reporters is null ? null : new bool[1024];
        foreach (var reporter in Reporters ?? [])
        {
            reporters![reporter.Value] = true;
        }

        var flows = Flows is null ? null : new bool[16];
        foreach (var flow in Flows ?? [])
        {
            flows![(int)flow] = true;
        }

        var cells = Commodities switch
        {
            null => null,
            { Kind: CommoditySelectionKind.Scope, Id: var id } => classifier.ScopeCellMask(id is null ? classifier.DefaultScopeIndex : classifier.ScopeIndex(id)),
            { Id: var id } => classifier.GroupCellMask(classifier.GroupIndex(id!)),
        };

        return new Compiled(this, periods, reporters, flows, cells);
    }

    private static bool Same<T>(IReadOnlyList<T>? mine, IReadOnlyList<T>? theirs) =>
        mine is null ? theirs is null : theirs is not null && mine.SequenceEqual(theirs);

    /// <summary>The filter as masks (null: all admitted).</summary>
    internal sealed class Compiled(TradeCubeFilter filter, bool[]? periods, bool[]? reporters, bool[]? flows, bool[]? cells)
    {
        public TradeCubeFilter Filter => filter;

        /// <summary>Whether a record's period (given as its code), reporter and flow are kept.</summary>
        public bool AdmitsRecord(in TradeRecord record, int periodCode) =>
            AdmitsPeriodAndReporter(periodCode, record.Reporter) && (flows is null || flows[(int)record.Flow]);

        /// <summary>Whether a period (given as its code) and a reporter are kept.</summary>
        public bool AdmitsPeriodAndReporter(int periodCode, AreaCode reporter) =>
            (periods is null || ((uint)periodCode < (uint)periods.Length && periods[periodCode]))
            && (reporters is null || reporters[reporter.Value]);

        /// <summary>Whether a commodity cell is kept.</summary>
        public bool AdmitsCell(int cell) => cells is null || cells[cell];

        /// <summary>Why a query over these reporters, flows and cells in a period needs records the filter dropped; null when it does not.</summary>
        public FigureAbsence? Excludes(TradePeriod period, IReadOnlyList<AreaCode> queryReporters, bool[] queryFlows, bool[] queryCells)
        {
            var code = CubeKey.PeriodCode(period);
            var periodOutside = periods is not null && !(code < periods.Length && periods[code]);
            IReadOnlyList<AreaCode> reportersOutside = reporters is null ? [] : [.. queryReporters.Where(r => !reporters[r.Value])];
            IReadOnlyList<TradeFlow> flowsOutside = flows is null ? [] : [.. Enumerable.Range(0, queryFlows.Length).Where(f => queryFlows[f] && !flows[f]).Select(static f => (TradeFlow)f)];
            var commoditiesOutside = cells is not null && Enumerable.Range(0, queryCells.Length).Any(c => queryCells[c] && !cells[c]);
            return periodOutside || reportersOutside.Count > 0 || flowsOutside.Count > 0 || commoditiesOutside
                ? FigureAbsences.OutsideFilter(filter, period, queryReporters, periodOutside, reportersOutside, flowsOutside, commoditiesOutside)
                : null;
        }
    }
}
