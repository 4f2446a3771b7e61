using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Shares;

/// <summary>A split of a value into parts that add up to it exactly, or its absence with the engine's reason; with the engine's notes.</summary>
internal sealed record Breakdown(string Measure, string? Basis, decimal? TotalUsd, IReadOnlyList<BreakdownShare> Parts, FigureAbsence? Absence, CoverageNote? Coverage = null)
{
    public IReadOnlyList<FigureNote> Notes { get; init; } = [];

    public string? AbsentReason => Absence?.Message;
}
