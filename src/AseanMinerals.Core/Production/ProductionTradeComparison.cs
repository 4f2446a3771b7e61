using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Production;

/// <summary>Puts a group's trade in some HS codes beside its production of a commodity (see <see cref="TradeBesideProduction"/>).</summary>
public static class ProductionTradeComparison
{
    /// <summary>
    /// Adds the group's members' trade with the World (partner 000, totals only, no breakdowns) in the HS codes for the
    /// production series' year, and shows it beside the production. A code reported by a member at two levels (2604 and
    /// 260400) is counted once, at the coarsest level that member reports, so no trade is added twice.
    /// </summary>
    /// <param name="production">The group's share of world production in a series.</param>
    /// <param name="group">The same group (its members for the year are taken from it).</param>
    /// <param name="trade">Trade records (any reporters, partners and years; the ones that fit are used).</param>
    /// <param name="hsCodes">The HS codes, for example 2604 and 7501 for nickel.</param>
    /// <param name="flow">The flow; exports by default.</param>
    /// <returns>The two sides, with the unit question stated.</returns>
    public static TradeBesideProduction Compare(ProductionShare production, AreaGroup group, IEnumerable<TradeRecord> trade, IReadOnlyList<HsCode> hsCodes, TradeFlow flow = TradeFlow.Export)
    {
        ArgumentNullException.ThrowIfNull(production);
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(trade);
        ArgumentNullException.ThrowIfNull(hsCodes);
        var period = TradePeriod.Annual(production.Series.Year);
        var members = group.MembersFor(period);
        var fitting = trade
            .Where(r => r.Period == period && r.Flow == flow && r.Partner.IsWorld && !r.IsBreakdown && members.Contains(r.Reporter))
            .Select(r => (Record: r, Prefix: hsCodes.FirstOrDefault(c => r.Commodity.StartsWith(c))))
            .Where(static x => !x.Prefix.IsTotal)
            .ToList();
        var counted = fitting
            .GroupBy(static x => (x.Record.Reporter, x.Prefix))
            .SelectMany(static g =>
            {
                var coarsest = g.Min(static x => x.Record.Commodity.Digits);
                return g.Where(x => x.Record.Commodity.Digits == coarsest).Select(static x => x.Record);
            })
            .ToList();
        var weighed = counted.Where(static r => r.NetWeightKg is not null).ToList();
        return new TradeBesideProduction
        {
            Production = production,
            HsCodes = hsCodes,
            Flow = flow,
            ValueUsd = counted.Count == 0 ? null : counted.Sum(static r => r.Value),
            NetWeightTonnes = weighed.Count == 0 ? null : weighed.Sum(static r => (decimal)r.NetWeightKg!.Value) / 1000m,
            Records = counted.Count,
            RecordsWithoutWeight = counted.Count - weighed.Count,
            ReportersWithTrade = [.. counted.Select(static r => r.Reporter).Distinct().Order()],
            UnitQuestion =
                $"Production is {production.Unit} of '{production.Series.Measure}'; trade is US dollars and net weight of whole goods " +
                $"(HS {string.Join(", ", hsCodes)}), not of content. They are shown side by side, never divided: a ratio would need each good's grade.",
        };
    }
}
