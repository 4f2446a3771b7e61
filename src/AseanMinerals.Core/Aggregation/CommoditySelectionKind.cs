using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>What a <see cref="CommoditySelection"/> selects.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CommoditySelectionKind>))]
public enum CommoditySelectionKind
{
    /// <summary>All commodities, on a <see cref="TotalBasis"/>.</summary>
    All,

    /// <summary>The codes of a named scope of the classification.</summary>
    Scope,

    /// <summary>The codes of one commodity group.</summary>
    Group,
}
