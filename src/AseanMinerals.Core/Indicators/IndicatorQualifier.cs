using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Indicators;

/// <summary>How the source qualifies a published figure.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<IndicatorQualifier>))]
public enum IndicatorQualifier
{
    /// <summary>Stated as it is.</summary>
    Exact,

    /// <summary>Stated as "about" or "close to".</summary>
    Approximately,
}
