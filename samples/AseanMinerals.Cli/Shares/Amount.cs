namespace AseanMinerals.Cli.Shares;

/// <summary>A trade value in US dollars, or its absence with the reason.</summary>
internal sealed record Amount(string Measure, decimal? ValueUsd, long Records, string? Basis, string? AbsentReason, CoverageNote? Coverage = null);
