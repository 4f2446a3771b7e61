using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Where a total over all commodities comes from. The two are never added together.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TotalBasis>))]
public enum TotalBasis
{
    /// <summary>The <c>TOTAL</c> rows where the data has any, otherwise the sum of the commodity rows.</summary>
    Auto,

    /// <summary>The rows with commodity <c>TOTAL</c>, as the reporter published its total.</summary>
    TotalRows,

    /// <summary>The sum of every commodity row (all chapters), which must all be at one HS level.</summary>
    SumOfCommodities,
}
