using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Serialization.Internal;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// Which HS chapters exist in each edition of the Harmonized System (HS 1992 to HS 2022), and the official titles of the
/// chapters the library names. The data is the seed <c>seeds/classification/hs-chapters.json</c>, from the World Customs
/// Organization's HS nomenclature. Chapter 77 is reserved in every edition; UN Comtrade's chapter 99 (commodities not
/// specified according to kind) is accepted beside the WCO chapters.
/// </summary>
public sealed class HsNomenclature
{
    private static readonly Lazy<HsNomenclature> LazyDefault = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<HsRevision, bool[]> _chapters;
    private readonly bool[] _anyEdition = new bool[100];
    private readonly bool[] _comtrade = new bool[100];
    private readonly Dictionary<int, string> _titles;

    private HsNomenclature(HsNomenclatureDocument document)
    {
        _chapters = [];
        foreach (var edition in document.Editions)
        {
            var chapters = ParseRanges(edition.Chapters);
            _chapters.Add(edition.Revision, chapters);
            for (var c = 0; c < chapters.Length; c++)
            {
                _anyEdition[c] |= chapters[c];
            }
        }

        foreach (var extra in document.ComtradeChapters)
        {
            _comtrade[extra.Chapter] = true;
        }

        _titles = document.Titles.Concat(document.ComtradeChapters).ToDictionary(static t => t.Chapter, static t => t.Title);
        Sources = ValueList.From(document.Sources);
    }

    /// <summary>The nomenclature embedded in the package, read once on first use (thread-safe).</summary>
    public static HsNomenclature Default => LazyDefault.Value;

    /// <summary>Where the chapter lists and titles come from.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The editions the nomenclature knows, oldest first.</summary>
    public IReadOnlyList<HsRevision> Revisions => [.. _chapters.Keys.Order()];

    /// <summary>The chapters of an edition, in order; for <see cref="HsRevision.AsReported"/>, those of any edition.</summary>
    /// <param name="revision">The edition.</param>
    /// <returns>The chapter numbers (WCO chapters only, not UN Comtrade's 99).</returns>
    public IReadOnlyList<int> ChaptersOf(HsRevision revision)
    {
        var chapters = revision == HsRevision.AsReported ? _anyEdition : _chapters.GetValueOrDefault(revision, _anyEdition);
        return [.. Enumerable.Range(0, chapters.Length).Where(c => chapters[c])];
    }

    /// <summary>
    /// Whether a code's chapter exists in an edition: a WCO chapter of that edition (any edition for
    /// <see cref="HsRevision.AsReported"/>), or UN Comtrade's chapter 99. <c>TOTAL</c> exists in every edition.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="revision">The edition the code is stated in.</param>
    /// <returns>True when the chapter exists.</returns>
    public bool Exists(HsCode code, HsRevision revision)
    {
        if (code.Chapter is not { } chapter)
        {
            return true;
        }

        var chapters = revision == HsRevision.AsReported ? _anyEdition : _chapters.GetValueOrDefault(revision, _anyEdition);
        return chapters[chapter] || _comtrade[chapter];
    }

    /// <summary>The official title of a chapter, where the seed carries it (the chapters the minerals classification uses).</summary>
    /// <param name="chapter">The chapter number.</param>
    /// <returns>The title, or null.</returns>
    public string? ChapterTitle(int chapter) => _titles.GetValueOrDefault(chapter);

    /// <inheritdoc />
    public override string ToString() => $"HS nomenclature: {_chapters.Count} editions, {ChaptersOf(HsRevision.AsReported).Count} chapters";

    private static HsNomenclature Load() => new(EmbeddedSeed.Read(
        "classification", "hs-chapters.json", static json => DocumentReader.Read<HsNomenclatureDocument>(json, HsNomenclatureDocument.CurrentSchemaVersion)));

    // "01-76,78-97": chapter ranges, inclusive.
    private static bool[] ParseRanges(string ranges)
    {
        var chapters = new bool[100];
        foreach (var part in ranges.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var bounds = part.Split('-');
            var first = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
            var last = bounds.Length > 1 ? int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture) : first;
            for (var c = first; c <= last; c++)
            {
                chapters[c] = true;
            }
        }

        return chapters;
    }
}
