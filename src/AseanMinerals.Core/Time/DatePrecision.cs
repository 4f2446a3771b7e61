using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Time;

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>The year and month are known.</summary>
    Month,

    /// <summary>The exact day is known.</summary>
    Day,
}
