using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Aggregation;

/// <summary>A member of a group that a group figure does not cover, and why.</summary>
/// <param name="Member">The member.</param>
/// <param name="Gap">Why it is not covered.</param>
public sealed record MissingMember(AreaCode Member, CoverageGap Gap)
{
    /// <inheritdoc />
    public override string ToString() => $"{GroupCoverage.Label(Member)} ({GroupCoverage.Describe(Gap)})";
}
