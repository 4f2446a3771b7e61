using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Validation;

/// <summary>The catalogue of every rule the library checks, across all kinds of data; codes are unique.</summary>
public static class ValidationRules
{
    /// <summary>Every rule, by code range: <c>AMC1xxx</c> reference data, <c>AMC2xxx</c> trade records, <c>AMC3xxx</c> classification, <c>AMC4xxx</c> JSON, <c>AMC7xxx</c> production statistics. The Comtrade importer's <c>AMC5xxx</c> rules are in its own package.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        .. ReferenceDataRules.All,
        .. TradeRules.All,
        .. ClassificationRules.All,
        .. JsonRules.All,
        .. ProductionRules.All,
    ];
}
