using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Trade;

/// <summary>What the source says about how a trade figure was obtained.</summary>
[Flags]
[JsonConverter(typeof(CamelCaseEnumConverter<TradeRecordFlags>))]
public enum TradeRecordFlags : byte
{
    /// <summary>Nothing to note.</summary>
    None = 0,

    /// <summary>The quantity was estimated by the source.</summary>
    QuantityEstimated = 1,

    /// <summary>The net weight was estimated by the source.</summary>
    NetWeightEstimated = 2,

    /// <summary>The reporter did not report the figure; the source estimated it (Comtrade <c>isReported</c> false).</summary>
    NotReported = 4,

    /// <summary>The source built the figure by adding up lower-level figures (Comtrade <c>isAggregate</c> true).</summary>
    Aggregated = 8,
}
