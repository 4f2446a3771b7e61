using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// The library's minerals classification, <c>seeds/classification/minerals.json</c> embedded in the package: commodity
/// groups by HS chapter (industrial minerals HS 25, metallic ores 26, mineral fuels 27, stone, ceramics and glass 68-70,
/// precious stones and metals 71, iron and steel 72, articles of base metal 73, 82, 83, non-ferrous base metals 74-81) and
/// the scopes <c>minerals</c> (the default: without mineral fuels), <c>minerals-and-fuels</c>, <c>raw-minerals</c> and
/// <c>mineral-fuels</c>. No official ASEAN document fixes the scope: this is the library's stated assumption
/// (docs/minerals-scope.md).
/// </summary>
public static class MineralsClassification
{
    /// <summary>The identifier of the default scope: minerals without mineral fuels.</summary>
    public const string MineralsScope = "minerals";

    /// <summary>The identifier of the scope with mineral fuels.</summary>
    public const string MineralsAndFuelsScope = "minerals-and-fuels";

    private static readonly Lazy<CommodityClassification> LazyDefault = new(
        static () => EmbeddedSeed.Read("classification", "minerals.json", AseanMineralsJson.DeserializeClassification),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<CommodityClassifier> LazyClassifier = new(
        static () => Default.Compile(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded classification, read once on first use (thread-safe).</summary>
    public static CommodityClassification Default => LazyDefault.Value;

    /// <summary>The embedded classification, compiled once on first use (thread-safe).</summary>
    public static CommodityClassifier DefaultClassifier => LazyClassifier.Value;
}
