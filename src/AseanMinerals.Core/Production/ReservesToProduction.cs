using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Production;

/// <summary>
/// Reserves divided by a year's production of the same row of the source (the same measure, so reserves of crude ore are
/// never divided by production of content): how many years the reserves last at that rate. Null, with a note, where the
/// production is zero, missing, or in a unit that does not convert.
/// </summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Area">The country.</param>
/// <param name="AreaName">The name as the source writes it.</param>
/// <param name="Measure">The measure of the row.</param>
/// <param name="Year">The year of the reserves and of the production.</param>
/// <param name="Release">The release.</param>
/// <param name="Reserves">The reserves figure.</param>
/// <param name="Production">The production figure of the same row and year, where there is one.</param>
/// <param name="Years">Reserves over production; null where it cannot be told.</param>
/// <param name="Note">Why <paramref name="Years"/> is null, or that it is a lower bound; null otherwise.</param>
public sealed record ReservesToProduction(
    MineralCommodity Commodity, AreaCode Area, string AreaName, string Measure, int Year, string Release,
    ProductionRecord Reserves, ProductionRecord? Production, decimal? Years, string? Note);
