using AseanMinerals.Core.Provenance;

namespace AseanMinerals.Core.CapacityBuilding;

/// <summary>
/// A theme of capacity building (geological survey, mine closure, critical minerals, ...): a controlled vocabulary, each
/// term citing the source that names the theme.
/// </summary>
public sealed record ThematicArea : SourcedRecord
{
    /// <summary>The identifier used in reference data (<c>mine-rehabilitation-and-closure</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The area's name.</summary>
    public required string Name { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
