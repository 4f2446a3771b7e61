using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Validation;

/// <summary>The catalogue of every rule the library checks, across all kinds of data; codes are unique.</summary>
public static class ValidationRules
{
    /// <summary>Every rule, by code range: <c>AMC1xxx</c> reference data, <c>AMC4xxx</c> JSON.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        .. ReferenceDataRules.All,
        .. JsonRules.All,
    ];
}
