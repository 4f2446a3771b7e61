using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Classification;

/// <summary>A mineral of a cited list, with the HS 2022 subheadings whose official description names it.</summary>
public sealed record CriticalMineral : ExtensibleRecord
{
    /// <summary>The mineral's name as the list writes it, for example "cobalt" or "Aluminum".</summary>
    public required string Name { get; init; }

    /// <summary>Its number or letter in the list (<c>a</c> ... for the EU annex, <c>1</c> ... for USGS).</summary>
    public required string Item { get; init; }

    /// <summary>The words whose presence in a description names the mineral (the HS spelling, such as "aluminium").</summary>
    public required IReadOnlyList<string> Terms { get; init => field = ValueList.From(value); }

    /// <summary>The codes; empty when no HS 2022 description names the mineral (for example coking coal).</summary>
    public required IReadOnlyList<CriticalMineralCode> Codes { get; init => field = ValueList.From(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Codes.Count} HS 2022 codes";
}
