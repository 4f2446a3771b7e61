using AseanMinerals.Core.Provenance;

namespace AseanMinerals.Core.Partners;

/// <summary>
/// A supporter of ASEAN minerals cooperation other than a member state: a Dialogue Partner, or a partner organisation.
/// Member states support initiatives too; initiatives name them by their alpha-3 code.
/// </summary>
public sealed record Partner : SourcedRecord
{
    /// <summary>The identifier used in reference data: the ISO alpha-3 code for a country (<c>KOR</c>), <c>EU</c>, or an acronym (<c>CCOP</c>, <c>KIGAM</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name, for example "Republic of Korea" or "Korea Institute of Geoscience and Mineral Resources".</summary>
    public required string Name { get; init; }

    /// <summary>What kind of partner this is.</summary>
    public required PartnerKind Kind { get; init; }

    /// <summary>The year the partner became an ASEAN Dialogue Partner (full status), for <see cref="PartnerKind.DialoguePartner"/>.</summary>
    public int? DialoguePartnerSince { get; init; }

    /// <summary>The ISO alpha-3 code of the country a national or academic institution belongs to (<c>KOR</c> for KIGAM).</summary>
    public string? Country { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        DialoguePartnerSince is { } since ? $"{Name} ({Id}), Dialogue Partner since {since}" : $"{Name} ({Id}, {Kind})";
}
