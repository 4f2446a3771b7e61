using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.CapacityBuilding;

/// <summary>
/// A capacity-building initiative of ASEAN minerals cooperation: a training, workshop, project, study or award,
/// with when it ran (as precisely as sources say), its themes, its supporters and where it took place.
/// </summary>
public sealed record CapacityBuildingInitiative : SourcedRecord
{
    /// <summary>The identifier used in reference data (<c>critical-minerals-akcf-2024</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The initiative's title.</summary>
    public required string Title { get; init; }

    /// <summary>When it took place or ran: a day, a month, a year or a range, possibly still open.</summary>
    public required PartialDateRange Period { get; init; }

    /// <summary>The identifiers of its thematic areas; at least one.</summary>
    public required IReadOnlyList<string> ThematicAreaIds { get; init => field = ValueList.From(value); }

    /// <summary>Who supported it: partner identifiers and member-state alpha-3 codes.</summary>
    public IReadOnlyList<string> SupporterIds { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <summary>Where it took place, in words ("Vientiane, Lao PDR", "Virtual").</summary>
    public string? Host { get; init; }

    /// <summary>The ISO alpha-3 code of the host country, where there is one.</summary>
    public string? HostCountry { get; init; }

    /// <summary>The alpha-3 codes of the member states known to have taken part.</summary>
    public IReadOnlyList<string> ParticipantIds { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <summary>The number of participants, where published.</summary>
    public int? ParticipantCount { get; init; }

    /// <summary>The identifier of the action plan the initiative falls under, where it can be told.</summary>
    public string? ActionPlanId { get; init; }

    /// <summary>The identifier of the strategic area it serves, where it can be told.</summary>
    public string? StrategicAreaId { get; init; }

    /// <summary>Who paid for it and how much, where known.</summary>
    public Funding? Funding { get; init; }

    /// <summary>What it was about, in a sentence or two.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Title} ({Period})";
}
