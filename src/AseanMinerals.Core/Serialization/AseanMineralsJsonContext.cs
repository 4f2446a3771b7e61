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
[JsonSerializable(typeof(AseanMinerals.Core.Classification.CommodityClassification))]
[JsonSerializable(typeof(HsNomenclatureDocument))]
[JsonSerializable(typeof(AseanMinerals.Core.Classification.CriticalMineralsDocument))]
[JsonSerializable(typeof(AseanMinerals.Core.Classification.ProductGroupsDocument))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.TradeValue))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.TradeShare))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.ShareBreakdown))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.GrowthResult))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.ConcentrationResult))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.ComparativeAdvantage))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.MirrorComparison))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.MineralsHeadline))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.TradeCubeStatistics))]
[JsonSerializable(typeof(IReadOnlyList<AseanMinerals.Core.Aggregation.TradeCubeCell>))]
[JsonSerializable(typeof(AseanMinerals.Core.Aggregation.TradeCubePart))]
internal sealed partial class AseanMineralsJsonContext : JsonSerializerContext;
