using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Shares;

/// <summary>A split of a value into parts that add up to it exactly, or its absence with the engine's reason.</summary>
internal sealed record Breakdown(string Measure, string? Basis, decimal? TotalUsd, IReadOnlyList<BreakdownShare> Parts, FigureAbsence? Absence, CoverageNote? Coverage = null)
{
    public string? AbsentReason => Absence?.Message;
}
