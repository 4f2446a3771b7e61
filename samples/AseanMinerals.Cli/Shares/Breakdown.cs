namespace AseanMinerals.Cli.Shares;

/// <summary>A split of a value into parts that add up to it exactly, or its absence with the reason.</summary>
internal sealed record Breakdown(string Measure, string? Basis, decimal? TotalUsd, IReadOnlyList<BreakdownShare> Parts, string? AbsentReason, CoverageNote? Coverage = null);
