using System.Text.Json.Serialization;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// The source-generated metadata for every public model type: no reflection at run time, safe to trim and compile ahead of time.
/// Users reach it through <see cref="AseanMineralsJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    MaxDepth = JsonRules.MaxDepth)]
[JsonSerializable(typeof(ReferenceDataSet))]
[JsonSerializable(typeof(TradeDataset))]
[JsonSerializable(typeof(TradeRecord))]
internal sealed partial class AseanMineralsJsonContext : JsonSerializerContext;
