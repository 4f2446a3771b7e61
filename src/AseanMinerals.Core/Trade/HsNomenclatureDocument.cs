using AseanMinerals.Core.Provenance;

namespace AseanMinerals.Core.Trade;

/// <summary>The shape of <c>seeds/classification/hs-chapters.json</c>, read into <see cref="HsNomenclature"/>.</summary>
internal sealed record HsNomenclatureDocument
{
    public string? Note { get; init; }

    public required IReadOnlyList<Source> Sources { get; init; }

    public required IReadOnlyList<HsEditionChapters> Editions { get; init; }

    public IReadOnlyList<HsChapterTitle> ComtradeChapters { get; init; } = [];

    public IReadOnlyList<HsChapterTitle> Titles { get; init; } = [];
}

/// <summary>The chapters of one edition, as ranges (<c>01-76,78-97</c>).</summary>
internal sealed record HsEditionChapters(HsRevision Revision, string Chapters);

/// <summary>A chapter number and its title.</summary>
internal sealed record HsChapterTitle(int Chapter, string Title);
