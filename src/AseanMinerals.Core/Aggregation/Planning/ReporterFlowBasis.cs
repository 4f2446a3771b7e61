using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>The partner basis one reporter and flow takes in a plan: its World rows, or the sum of its partner rows.</summary>
internal readonly record struct ReporterFlowBasis(AreaCode Reporter, TradeFlow Flow, PartnerBasis Basis);
