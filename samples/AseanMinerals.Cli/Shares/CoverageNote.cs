using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;

namespace AseanMinerals.Cli.Shares;

/// <summary>
/// Which members of a group a figure covers, as the engine says (<see cref="GroupCoverage"/>): its sentence and codes are
/// the engine's, not re-worded here.
/// </summary>
internal sealed record CoverageNote(string Text, IReadOnlyList<string> Members, IReadOnlyList<string> Covered, IReadOnlyList<MissingNote> Missing)
{
    /// <summary>The covered members' ISO codes (numeric where the catalogue has none) in name order, as the sentence lists them.</summary>
    public IReadOnlyList<string> CoveredLabels { get; init; } = [];

    /// <summary>The missing members in name order, as the sentence lists them.</summary>
    public IReadOnlyList<MissingNote> MissingByName { get; init; } = [];

    public static CoverageNote? From(GroupCoverage? coverage) => coverage is null
        ? null
        : new CoverageNote(
            coverage.ToString(),
            [.. coverage.Members.Select(static c => c.ToString())],
            [.. coverage.Covered.Select(static c => c.ToString())],
            [.. coverage.Missing.Select(Note)])
        {
            CoveredLabels = [.. coverage.Covered.OrderBy(Name, StringComparer.Ordinal).Select(GroupCoverage.Label)],
            MissingByName = [.. coverage.Missing.OrderBy(static m => Name(m.Member), StringComparer.Ordinal).Select(Note)],
        };

    private static MissingNote Note(MissingMember missing) =>
        new(missing.Member.ToString(), GroupCoverage.Label(missing.Member), missing.Gap, GroupCoverage.Describe(missing.Gap));

    private static string Name(AreaCode code) => TradeAreaCatalog.Default.NameOf(code);
}

/// <summary>A member a figure lacks: numeric and ISO code, the gap and its words.</summary>
internal sealed record MissingNote(string Code, string Label, CoverageGap Gap, string Reason);
