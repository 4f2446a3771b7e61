using AseanMinerals.Core.Classification;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Validation;

/// <summary>The catalogue of every rule the library checks, across all kinds of data; codes are unique.</summary>
public static class ValidationRules
{
    /// <summary>Every rule, by code range: <c>AMC1xxx</c> reference data, <c>AMC2xxx</c> trade records, <c>AMC3xxx</c> classification.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        .. ReferenceDataRules.All,
        .. TradeRules.All,
        .. ClassificationRules.All,
    ];
}
