namespace AseanMinerals.Cli.Shares;

/// <summary>A share (0 to 1), or its absence with the reason.</summary>
internal sealed record Ratio(string Measure, decimal? Share, decimal? NumeratorUsd, decimal? DenominatorUsd, string? AbsentReason, CoverageNote? Coverage = null);
