using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Shares;

/// <summary>
/// With <c>--fill mirror</c>: a reporter's trade with partners where non-reporting members are filled from their
/// partners' reports, one flow a direction and scope, with the valuation basis and the World-totals statement (the engine's words).
/// </summary>
internal sealed record MirrorFillFigures(string Basis, decimal? CifToFobFactor, string WorldTotals, IReadOnlyList<MirrorFillFlow> Flows);

/// <summary>One flow: reported + mirror = total, the mirror-based part, and the sum from each source reporter; or its absence with the engine's reason.</summary>
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
}

/// <summary>A reporter whose reports give mirror estimates: numeric and ISO code and the sum it gives.</summary>
internal sealed record MirrorSource(string Code, string Label, decimal ValueUsd);
