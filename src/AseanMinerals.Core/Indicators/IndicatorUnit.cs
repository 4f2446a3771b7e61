using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Indicators;

/// <summary>The unit a published indicator's value is stated in.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<IndicatorUnit>))]
public enum IndicatorUnit
{
    /// <summary>Billions of US dollars.</summary>
    UsDollarsBillion,

    /// <summary>Per cent.</summary>
    Percent,
}
