using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.Cooperation;

/// <summary>A phase of an action plan, with its own period and adoption (AMCAP-III Phase 1, 2016–2020).</summary>
public sealed record ActionPlanPhase : ExtensibleRecord
{
    /// <summary>The identifier used in reference data, unique within the plan (<c>phase-1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The phase's name (<c>Phase 1</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The years the phase covers; must lie inside the plan's period.</summary>
    public required PartialDateRange Period { get; init; }

    /// <summary>The number of the AMMin that adopted the phase, where known.</summary>
    public int? AdoptedAtMeeting { get; init; }

    /// <summary>What the phase puts weight on.</summary>
    public IReadOnlyList<string> Focus { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Period})";
}
