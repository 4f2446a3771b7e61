using System.Collections;
using System.Diagnostics.CodeAnalysis;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Core.Countries;

/// <summary>
/// The trade areas indexed by code: what a reporter or partner code of trade statistics stands for (a country, the World,
/// a special or "nes" area, a former entity, a group). A lookup is an array read, cheap enough for every row of a
/// multi-million-row import. The trade validator, the aggregation and the Comtrade importer all look codes up here.
/// </summary>
/// <remarks>
/// Build one from any list of areas (<see cref="ReferenceDataSet.CreateTradeAreaCatalog"/>), or use <see cref="Default"/>,
/// the library's reference data. Where the list names a code twice, the first entry wins, as in merged reference data
/// (<see cref="ReferenceDataSet.Validate()"/> reports the duplicate). A code the catalogue does not know is not an error
/// here: trade data keeps it as it is, and each user of the catalogue says what it does with it.
/// </remarks>
/// <example>
/// <code>
/// var areas = TradeAreaCatalog.Default;
/// if (areas.TryFind(new AreaCode(899), out var area)) Console.WriteLine($"{area.Name}: {area.Kind}"); // Areas, nes: NotElsewhereSpecified
/// areas.IsSpecial(new AreaCode(837)); // true: Bunkers
/// </code>
/// </example>
public sealed class TradeAreaCatalog : IReadOnlyCollection<TradeArea>
{
    private static readonly Lazy<TradeAreaCatalog> LazyDefault = new(
        static () => AseanReferenceData.Default.CreateTradeAreaCatalog(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TradeArea?[] _byCode = new TradeArea?[1000];
    private readonly TradeArea[] _areas;

    /// <summary>Indexes a list of areas by code.</summary>
    /// <param name="areas">The areas; where two share a code, the first wins.</param>
    public TradeAreaCatalog(IEnumerable<TradeArea> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        foreach (var area in areas)
        {
            ArgumentNullException.ThrowIfNull(area, nameof(areas));
            _byCode[area.Code.Value] ??= area;
        }

        _areas = [.. _byCode.OfType<TradeArea>()];
    }

    /// <summary>The catalogue of the library's reference data (<see cref="AseanReferenceData.Default"/>), made once on first use (thread-safe).</summary>
    public static TradeAreaCatalog Default => LazyDefault.Value;

    /// <summary>How many codes the catalogue knows.</summary>
    public int Count => _areas.Length;

    /// <summary>Whether the catalogue knows a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when it does.</returns>
    public bool Contains(AreaCode code) => _byCode[code.Value] is not null;

    /// <summary>Finds the area of a code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="area">The area, when known.</param>
    /// <returns>True when the catalogue knows the code.</returns>
    public bool TryFind(AreaCode code, [NotNullWhen(true)] out TradeArea? area)
    {
        area = _byCode[code.Value];
        return area is not null;
    }

    /// <summary>The area of a code, or null when the catalogue does not know it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The area, or null.</returns>
    public TradeArea? Find(AreaCode code) => _byCode[code.Value];

    /// <summary>What kind of area a code stands for, or null when the catalogue does not know it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The kind, or null.</returns>
    public TradeAreaKind? KindOf(AreaCode code) => _byCode[code.Value]?.Kind;

    /// <summary>
    /// Whether a code stands for an area that is not a country (<see cref="TradeArea.IsSpecial"/>): the World, Bunkers,
    /// Free Zones, Special Categories, "nes" areas, groups. False for a code the catalogue does not know, which trade data
    /// keeps as a plain country code.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <returns>True for a known area that is not a country.</returns>
    public bool IsSpecial(AreaCode code) => _byCode[code.Value]?.IsSpecial ?? false;

    /// <summary>The name of a code's area, or the three-digit code itself when the catalogue does not know it.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The name, as Comtrade gives it ("Viet Nam"), or the code ("999").</returns>
    public string NameOf(AreaCode code) => _byCode[code.Value]?.Name ?? code.ToString();

    /// <summary>The areas of one kind, in code order.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The areas.</returns>
    public IEnumerable<TradeArea> OfKind(TradeAreaKind kind) => _areas.Where(a => a.Kind == kind);

    /// <summary>The areas, one per code, in code order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<TradeArea> GetEnumerator() => ((IEnumerable<TradeArea>)_areas).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"Trade-area catalogue: {Count} codes";
}
