using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.Cooperation;

/// <summary>A body of ASEAN minerals cooperation: AMMin, ASOMM, ASOMM+3, a working group or a task force.</summary>
public sealed record CooperationBody : SourcedRecord
{
    /// <summary>The identifier used in reference data, usually the abbreviation (<c>ASOMM</c>, <c>WGTIM</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The current name.</summary>
    public required string Name { get; init; }

    /// <summary>The abbreviation, where one is used.</summary>
    public string? Abbreviation { get; init; }

    /// <summary>What kind of body this is.</summary>
    public required CooperationBodyKind Kind { get; init; }

    /// <summary>The identifier of the body it reports to (ASOMM for a working group).</summary>
    public string? ParentId { get; init; }

    /// <summary>Names the body had before, oldest first.</summary>
    public IReadOnlyList<string> FormerNames { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <summary>When the body was set up or first met, as precisely as known.</summary>
    public PartialDate? Established { get; init; }

    /// <summary>The ISO alpha-3 code of the member state that coordinates the body, where one does.</summary>
    public string? Coordinator { get; init; }

    /// <summary>What the body does.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public override string ToString() => Abbreviation is null ? Name : $"{Name} ({Abbreviation})";
}
