using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Which of the two total flows a figure adds: never a subset flow such as re-exports.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TradeDirection>))]
public enum TradeDirection
{
    /// <summary>Total trade: exports plus imports.</summary>
    ExportsAndImports,

    /// <summary>Exports (all of them: re-exports are inside, never added again).</summary>
    Exports,

    /// <summary>Imports (all of them: re-imports are inside, never added again).</summary>
    Imports,
}
