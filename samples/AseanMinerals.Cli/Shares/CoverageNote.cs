using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Shares;

/// <summary>
/// Which members of a group a figure covers, as the engine says (<see cref="GroupCoverage"/>): its sentence and codes are
/// the engine's, not re-worded here.
/// </summary>
internal sealed record CoverageNote(string Text, IReadOnlyList<string> Members, IReadOnlyList<string> Covered, IReadOnlyList<MissingNote> Missing)
{
    public static CoverageNote? From(GroupCoverage? coverage) => coverage is null
        ? null
        : new CoverageNote(
            coverage.ToString(),
            [.. coverage.Members.Select(static c => c.ToString())],
            [.. coverage.Covered.Select(static c => c.ToString())],
            [.. coverage.Missing.Select(static m => new MissingNote(m.Member.ToString(), GroupCoverage.Label(m.Member), m.Gap, GroupCoverage.Describe(m.Gap)))]);
}

/// <summary>A member a figure lacks: numeric and ISO code, the gap and its words.</summary>
internal sealed record MissingNote(string Code, string Label, CoverageGap Gap, string Reason);
