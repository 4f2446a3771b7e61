using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// What part of the trade a <see cref="TradeCubePart"/> read: a period, reporter, partner and flow, with how many records
/// of them it read. Every trade key (the duplicate rule's: period, reporter, partner, flow, commodity, breakdown) falls in
/// exactly one coverage entry, so two parts whose coverage is disjoint cannot hold the same trade.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Reporter">The reporter.</param>
/// <param name="Partner">The partner.</param>
/// <param name="Flow">The flow.</param>
/// <param name="Records">How many records of it the part read (aggregated or set aside as breakdowns).</param>
public sealed record TradeCubeCoverage(TradePeriod Period, AreaCode Reporter, AreaCode Partner, TradeFlow Flow, long Records)
{
    /// <inheritdoc />
    public override string ToString() => $"{Period} {Reporter}->{Partner} {Flow.ToComtradeCode()} ({Records} records)";
}
