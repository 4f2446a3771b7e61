using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Validation;

/// <summary>How serious a <see cref="ValidationIssue"/> is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ValidationSeverity>))]
public enum ValidationSeverity
{
    /// <summary>The data breaks a rule: it must not be used as it is.</summary>
    Error,

    /// <summary>The data is usable, but something deserves a look (an unknown code kept as it is, an estimate).</summary>
    Warning,

    /// <summary>A note about how the data was read or interpreted; nothing to fix.</summary>
    Information,
}
