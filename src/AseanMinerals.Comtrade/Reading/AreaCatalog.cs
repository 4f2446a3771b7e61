using AseanMinerals.Core.Countries;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>The trade-area catalogue indexed by code, for a lookup per row that costs an array read.</summary>
internal sealed class AreaCatalog
{
    private static readonly Lazy<AreaCatalog> LazyDefault = new(() => new AreaCatalog(AseanReferenceData.Default.TradeAreas));

    private readonly TradeArea?[] _areas = new TradeArea?[1000];

    private AreaCatalog(IReadOnlyList<TradeArea> areas)
    {
        foreach (var area in areas)
        {
            _areas[area.Code.Value] ??= area; // the first entry for a code wins, as in the merged reference data
        }
    }

    /// <summary>The catalogue of <see cref="AseanReferenceData.Default"/>.</summary>
    public static AreaCatalog Default => LazyDefault.Value;

    /// <summary>The catalogue for the options: the default one unless the caller gave trade areas.</summary>
    public static AreaCatalog For(ComtradeImportOptions options) =>
        options.TradeAreas is { } areas ? new AreaCatalog(areas) : Default;

    /// <summary>The area with a code, or null when the catalogue does not know it.</summary>
    public TradeArea? Find(AreaCode code) => _areas[code.Value];
}
