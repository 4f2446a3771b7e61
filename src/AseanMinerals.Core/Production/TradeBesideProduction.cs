using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Production;

/// <summary>
/// A group's trade in some HS codes beside its production of a commodity in the same year, shown side by side and never
/// divided: trade values are US dollars of whole goods (ore, matte, intermediates) and their net weight is gross weight
/// of those goods, while production is tonnes of content (nickel content, rare-earth-oxide equivalent). A ratio of the two
/// would need the grade of each good, which neither source gives.
/// </summary>
public sealed record TradeBesideProduction
{
    /// <summary>The production side: the group's share of world production in the series.</summary>
    public required ProductionShare Production { get; init; }

    /// <summary>The HS codes (prefixes) whose trade is shown, for example 2604 (nickel ores) and 7501 (nickel mattes and intermediates).</summary>
    public required IReadOnlyList<HsCode> HsCodes { get; init; }

    /// <summary>The flow counted.</summary>
    public required TradeFlow Flow { get; init; }

    /// <summary>The members' trade with the World in those codes, US dollars; null when no member reports it.</summary>
    public decimal? ValueUsd { get; init; }

    /// <summary>The net weight of those records, metric tons of goods (gross, not content); null when no record gives a weight.</summary>
    public decimal? NetWeightTonnes { get; init; }

    /// <summary>Trade records added.</summary>
    public required long Records { get; init; }

    /// <summary>Of <see cref="Records"/>, those without a net weight (their value is counted, their weight is not).</summary>
    public required long RecordsWithoutWeight { get; init; }

    /// <summary>The members that report trade in those codes.</summary>
    public required IReadOnlyList<AreaCode> ReportersWithTrade { get; init; }

    /// <summary>What the two sides measure and why they are not divided.</summary>
    public required string UnitQuestion { get; init; }
}
