using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>The usual reading of a Herfindahl-Hirschman index on the 0 to 10,000 scale.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ConcentrationBand>))]
public enum ConcentrationBand
{
    /// <summary>Below 1,500.</summary>
    Unconcentrated,

    /// <summary>From 1,500 to 2,500.</summary>
    ModeratelyConcentrated,

    /// <summary>Above 2,500.</summary>
    HighlyConcentrated,
}
