using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>A value of a non-reporting reporter estimated from its partner's report: a mirror estimate, never a reported figure.</summary>
/// <param name="Reporter">The member whose trade is estimated.</param>
/// <param name="Partner">The partner, whose own report is the source.</param>
/// <param name="Flow">The member's flow estimated (its exports from the partner's imports, or the reverse).</param>
/// <param name="Value">The estimate in US dollars (after the CIF/FOB factor, if any).</param>
/// <param name="SourceReporter">The reporter whose report the estimate comes from (the partner).</param>
/// <param name="SourceFlow">The flow the source reported.</param>
public sealed record MirrorEstimate(AreaCode Reporter, AreaCode Partner, TradeFlow Flow, decimal Value, AreaCode SourceReporter, TradeFlow SourceFlow);
