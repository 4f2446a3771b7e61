using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// The shape of <c>seeds/classification/hs-chapters.json</c>, read into <see cref="HsNomenclature"/>. The library's own
/// data, not a document users exchange: it is read by the same strict reader as the public documents and checked against
/// a schema generated from this type by the tests, but no schema for it is published.
/// </summary>
internal sealed record HsNomenclatureDocument : ExtensibleRecord
{
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    public string? Note { get; init; }

    public required IReadOnlyList<Source> Sources { get; init; }

    public required IReadOnlyList<HsEditionChapters> Editions { get; init; }

    public IReadOnlyList<HsChapterTitle> ComtradeChapters { get; init; } = [];

    public IReadOnlyList<HsChapterTitle> Titles { get; init; } = [];
}

/// <summary>The chapters of one edition, as ranges (<c>01-76,78-97</c>).</summary>
internal sealed record HsEditionChapters(HsRevision Revision, string Chapters) : ExtensibleRecord;

/// <summary>A chapter number and its title.</summary>
internal sealed record HsChapterTitle(int Chapter, string Title) : ExtensibleRecord;
