using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Production;

/// <summary>What a production figure counts: output in a year, capacity in a year, or reserves at a year's end.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProductionFigureKind>))]
public enum ProductionFigureKind
{
    /// <summary>Output during the year.</summary>
    Production,

    /// <summary>Plant or refinery capacity in the year.</summary>
    Capacity,

    /// <summary>Reserves as reported for the year (MCS reserves are as of the year before the release).</summary>
    Reserves,
}
