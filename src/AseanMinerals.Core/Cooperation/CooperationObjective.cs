using AseanMinerals.Core.Provenance;

namespace AseanMinerals.Core.Cooperation;

/// <summary>One of the objectives of the 2005 Ministerial Understanding on ASEAN Cooperation in Minerals.</summary>
public sealed record CooperationObjective : SourcedRecord
{
    /// <summary>The identifier used in reference data, for example <c>trade-and-investment</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The objective's place in the Ministerial Understanding (1, 2 or 3).</summary>
    public required int Number { get; init; }

    /// <summary>The objective, in words close to the ASEAN Secretariat's.</summary>
    public required string Title { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Number}. {Title}";
}
