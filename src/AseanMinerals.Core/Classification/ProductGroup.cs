using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// A product group that others recognise (a WITS HS product group, UNCTAD / World Bank "ores and metals", non-monetary
/// gold), named for its source, with the HS codes it holds and where each came from. Its <see cref="Id"/> is also a
/// scope of <see cref="MineralsClassification.Default"/>.
/// </summary>
public sealed record ProductGroup : ExtensibleRecord
{
    /// <summary>The identifier, the scope's too, for example <c>unctad-ores-and-metals</c> or <c>wits-metals</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name, with the source's own definition, for example "WITS product group: Metals (HS 72-83)".</summary>
    public required string Name { get; init; }

    /// <summary>Who defines the group, and how.</summary>
    public required string Source { get; init; }

    /// <summary>The definition in the source's own classification, for example "SITC Rev.4 27, 28, 68" or "HS chapters 25, 26".</summary>
    public required string Definition { get; init; }

    /// <summary>How the codes were found, and what that leaves open.</summary>
    public string? Note { get; init; }

    /// <summary>The HS 2022 codes in the group (chapters for the WITS groups, subheadings for the SITC groups).</summary>
    public required IReadOnlyList<ProductGroupCode> Codes { get; init => field = ValueList.From(value); }

    /// <summary>
    /// HS 2022 subheadings that correlate with the group's SITC codes but that UNSD converts to a SITC code outside the
    /// group, so they are not in it (for example the waste of electrical equipment, 8549, beside SITC 289 and 971).
    /// </summary>
    public IReadOnlyList<ProductGroupCode> LeftOut { get; init => field = ValueList.From(value); } = ValueList.From<ProductGroupCode>(null);

    /// <summary>The group's entry for a code: the code itself or, for a WITS group, its chapter; null when the code is not in the group.</summary>
    /// <param name="code">An HS 2022 code of 2, 4 or 6 digits.</param>
    /// <returns>The entry, or null.</returns>
    public ProductGroupCode? EntryFor(HsCode code) =>
        Codes.FirstOrDefault(c => code.StartsWith(c.Code));

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}): {Codes.Count} HS 2022 codes";
}
