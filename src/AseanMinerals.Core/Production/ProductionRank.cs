using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Production;

/// <summary>A country's place among the producers of a series (1 = largest; equal amounts share a rank).</summary>
/// <param name="Rank">The rank.</param>
/// <param name="Area">The country.</param>
/// <param name="AreaName">The name as the source writes it, with its qualifier where it has one.</param>
/// <param name="Amount">The amount, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit.</param>
/// <param name="ShareOfCountrySum">The share of the sum of the country rows that have a number (0 to 1).</param>
/// <param name="IsEstimated">True for an estimate.</param>
public sealed record ProductionRank(int Rank, AreaCode Area, string AreaName, decimal Amount, ProductionUnit Unit, decimal ShareOfCountrySum, bool IsEstimated);
