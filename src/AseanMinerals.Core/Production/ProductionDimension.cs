using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Production;

/// <summary>What a <see cref="ProductionUnit"/> measures; amounts of different dimensions never convert into each other or add up.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProductionDimension>))]
public enum ProductionDimension
{
    /// <summary>Mass (base: the metric ton), gross weight or content as the measure states.</summary>
    Mass,

    /// <summary>Mass on a dry basis (base: the metric dry ton): not added to wet or gross tons.</summary>
    DryMass,

    /// <summary>Gem weight (base: the carat).</summary>
    Carats,

    /// <summary>Volume (base: the cubic meter), for example helium.</summary>
    Volume,
}
