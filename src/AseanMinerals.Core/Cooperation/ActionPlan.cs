using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.Cooperation;

/// <summary>
/// An ASEAN Minerals Cooperation Action Plan (AMCAP) or interim scorecard: its period, phases, vision and strategic areas.
/// Plans are data: a future plan (an AMCAP-IV) is a new entry in the reference data, not new code.
/// </summary>
public sealed record ActionPlan : SourcedRecord
{
    /// <summary>The identifier used in reference data (<c>AMCAP-III</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The plan's full name.</summary>
    public required string Name { get; init; }

    /// <summary>Whether this is an action plan or an interim scorecard.</summary>
    public required ActionPlanKind Kind { get; init; }

    /// <summary>The years the plan covers.</summary>
    public required PartialDateRange Period { get; init; }

    /// <summary>The number of the AMMin that adopted or endorsed the plan, where known.</summary>
    public int? AdoptedAtMeeting { get; init; }

    /// <summary>The identifier of the plan this one follows, where sources say so.</summary>
    public string? SucceedsId { get; init; }

    /// <summary>The plan's vision statement, where it has one.</summary>
    public string? Vision { get; init; }

    /// <summary>The number of actions the plan contains, where sources give it.</summary>
    public int? ActionCount { get; init; }

    /// <summary>The phases, in order; empty for a plan that has none.</summary>
    public IReadOnlyList<ActionPlanPhase> Phases { get; init => field = ValueList.From(value); } = ValueList.From<ActionPlanPhase>(null);

    /// <summary>The strategic areas, in the plan's order; empty where sources do not list them.</summary>
    public IReadOnlyList<StrategicArea> StrategicAreas { get; init => field = ValueList.From(value); } = ValueList.From<StrategicArea>(null);

    /// <summary>Themes the plan was prepared around, where its formal areas are not confirmed.</summary>
    public IReadOnlyList<string> Themes { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Period}: {Name}";
}
