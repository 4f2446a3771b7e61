using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// One cited list of critical minerals mapped to HS 2022 codes: the library's own classification, an inference from the
/// official descriptions, not a list its source publishes. Its <see cref="Id"/> is also a scope of
/// <see cref="MineralsClassification.Default"/> holding every code of the list.
/// </summary>
public sealed record CriticalMineralList : ExtensibleRecord
{
    /// <summary>The identifier, the scope's too: <c>critical-minerals</c> (EU, the default list), <c>critical-minerals-usgs-2025</c>, <c>critical-minerals-usgs-2022</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The list's identifier in the source data (<c>EU_CRMA_2024_AnnexII_critical</c>).</summary>
    public required string List { get; init; }

    /// <summary>The version: the year of the list.</summary>
    public required string Version { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The legal act or publication the names come from.</summary>
    public required string Source { get; init; }

    /// <summary>The minerals, in the list's order.</summary>
    public required IReadOnlyList<CriticalMineral> Minerals { get; init => field = ValueList.From(value); }

    /// <summary>The minerals a code is mapped to (several for a shared code), empty when none.</summary>
    /// <param name="code">An HS 2022 subheading.</param>
    /// <returns>Each mineral with the code's entry.</returns>
    public IReadOnlyList<(CriticalMineral Mineral, CriticalMineralCode Code)> MineralsOf(HsCode code) =>
        [.. Minerals.SelectMany(m => m.Codes.Where(c => c.Code == code).Select(c => (m, c)))];

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}): {Minerals.Count} minerals";
}
