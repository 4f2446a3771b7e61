using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Cooperation;

/// <summary>A strategic area of an action plan, with the objectives it serves and the working group that leads it.</summary>
public sealed record StrategicArea : ExtensibleRecord
{
    /// <summary>The identifier used in reference data, unique across plans (<c>amcap-3-sa-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The area's number in the plan.</summary>
    public required int Number { get; init; }

    /// <summary>The area's title as the plan words it.</summary>
    public required string Title { get; init; }

    /// <summary>The identifiers of the Ministerial Understanding's objectives the area serves.</summary>
    public IReadOnlyList<string> ObjectiveIds { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <summary>The identifier of the working group that leads the area, where known.</summary>
    public string? LeadWorkingGroupId { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Number}. {Title}";
}
