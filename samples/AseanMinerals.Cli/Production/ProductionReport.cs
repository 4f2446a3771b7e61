using AseanMinerals.Core.Production;
using AseanMinerals.Core.Production.Usgs;

namespace AseanMinerals.Cli.Production;

/// <summary>What <c>production</c> shows: the group, how releases were combined, the inputs' summaries and one row a series.</summary>
internal sealed record ProductionReport(
    string Group,
    string Vintages,
    IReadOnlyList<UsgsReadSummary> Sources,
    IReadOnlyList<ProductionReportRow> Rows,
    IReadOnlyList<ProductionRevision> Revisions)
{
    /// <summary>The releases the rows' figures came from, in order.</summary>
    public IReadOnlyList<string> ReleasesUsed => [.. Rows.Select(static r => r.Share.Series.Release).Distinct().Order(StringComparer.Ordinal)];
}
