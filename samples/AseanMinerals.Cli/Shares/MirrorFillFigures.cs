using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Shares;

/// <summary>
/// With <c>--fill mirror</c>: a reporter's trade with partners where non-reporting members are filled from their
/// partners' reports, one flow a direction and scope, with the valuation basis and the World-totals statement (the engine's words).
/// </summary>
internal sealed record MirrorFillFigures(string Basis, decimal? CifToFobFactor, string WorldTotals, IReadOnlyList<MirrorFillFlow> Flows);

/// <summary>
/// One flow: reported + mirror = total, the mirror-based part, and the sum from each source reporter; or its absence with
/// the engine's reason. Which trade it is (<see cref="PartnerScope"/>: the mirror part is the trade with the partners that
/// report it only) and how each member is counted (<see cref="Members"/>) are the engine's words and data.
/// </summary>
internal sealed record MirrorFillFlow(
    string Direction,
    string Commodities,
    decimal? ReportedUsd,
    decimal? MirrorUsd,
    decimal? TotalUsd,
    decimal? MirrorShare,
    IReadOnlyList<MirrorSource> Sources,
    CoverageNote? Coverage,
    FigureAbsence? Absence = null)
{
    public string? AbsentReason => Absence?.Message;

    /// <summary>Which trade the total is: "exports to CHN, DEU and USA only, the partners that report them".</summary>
    public string PartnerScope { get; init; } = string.Empty;

    /// <summary>The members in words: "reported: none; mirror-filled from CHN DEU USA: BRN ...; missing: none".</summary>
    public string MembersText { get; init; } = string.Empty;

    /// <summary>Each member: reported, mirror-filled (from whom) or missing (why).</summary>
    public IReadOnlyList<MirrorFillMember> Members { get; init; } = [];

    /// <summary>The partners whose reports give the estimates: the mirror part is the trade with them only.</summary>
    public IReadOnlyList<string> MirrorReporters { get; init; } = [];
}

/// <summary>A reporter whose reports give mirror estimates: numeric and ISO code and the sum it gives.</summary>
internal sealed record MirrorSource(string Code, string Label, decimal ValueUsd);
