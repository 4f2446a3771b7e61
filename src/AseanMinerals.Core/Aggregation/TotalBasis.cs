using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Where a total over all commodities comes from. The two are never added together.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TotalBasis>))]
public enum TotalBasis
{
    /// <summary>
    /// The <c>TOTAL</c> rows; where the data has none, total trade is absent with the reason. A sum of commodity rows is
    /// total trade only when the data holds every chapter, which the data cannot show: a file of one HS code would make
    /// that code 100% of trade. Ask for <see cref="SumOfCommodities"/> by name when the data does hold every chapter.
    /// </summary>
    Auto,

    /// <summary>The rows with commodity <c>TOTAL</c>, as the reporter published its total.</summary>
    TotalRows,

    /// <summary>The sum of every commodity row (all chapters), which must all be at one HS level.</summary>
    SumOfCommodities,
}
