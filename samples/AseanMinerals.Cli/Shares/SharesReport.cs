using AseanMinerals.Cli.Input;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Shares;

/// <summary>
/// The figures of <c>shares</c>, ready to print as a table, JSON or CSV. Every figure the data cannot give is null
/// with its reason (never a 0% or a 100% in its place); the report states its membership basis and which flows a total adds.
/// </summary>
internal sealed record SharesReport(
    string Period,
    string Scope,
    string Membership,
    string Flows,
    string PartnerGroup,
    IReadOnlyList<TradeSourceSummary> Sources,
    IReadOnlyList<ReporterShares> Reporters)
{
    /// <summary>The HS codes of the scope that the records of the period hold (the scope says what was asked for, these what the data gives).</summary>
    public IReadOnlyList<string> CodesInScope { get; init; } = [];

    /// <summary>The monthly periods the files hold that the figures (annual) do not use, said so that no record goes unmentioned.</summary>
    public IReadOnlyList<string> MonthlyPeriodsNotUsed { get; init; } = [];
}
