using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.CapacityBuilding;

/// <summary>A theme of capacity building (geological survey, mine closure, critical minerals, ...): a controlled vocabulary.</summary>
public sealed record ThematicArea : ExtensibleRecord
{
    /// <summary>The identifier used in reference data (<c>mine-rehabilitation-and-closure</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The area's name.</summary>
    public required string Name { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
