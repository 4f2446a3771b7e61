namespace AseanMinerals.Cli.Shares;

/// <summary>One part of a <see cref="Breakdown"/>.</summary>
internal sealed record BreakdownShare(string Key, string Name, decimal ValueUsd, decimal? Share);
