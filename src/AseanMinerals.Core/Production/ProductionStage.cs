using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Production;

/// <summary>Where in the supply chain a production figure is counted, as the source's measure names it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProductionStage>))]
public enum ProductionStage
{
    /// <summary>Mine production (ore or content extracted).</summary>
    Mine,

    /// <summary>Refinery production (refined metal, alumina, refined oxide).</summary>
    Refinery,

    /// <summary>Smelter production (primary metal from a smelter).</summary>
    Smelter,

    /// <summary>Plant production (cement, lime, ammonia, pig iron, steel and other processed products).</summary>
    Plant,

    /// <summary>The measure names no stage ("Production, all forms").</summary>
    Unspecified,
}
