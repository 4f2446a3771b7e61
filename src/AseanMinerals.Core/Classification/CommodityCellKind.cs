using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Classification;

/// <summary>What a <see cref="CommodityCell"/> holds.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CommodityCellKind>))]
public enum CommodityCellKind
{
    /// <summary>The <c>TOTAL</c> rows: all commodities, never added to the others.</summary>
    Total,

    /// <summary>Codes of a commodity group.</summary>
    Grouped,

    /// <summary>Codes of no group.</summary>
    Unclassified,
}
