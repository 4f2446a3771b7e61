using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Shares;

/// <summary>A trade value in US dollars, or its absence with the engine's reason.</summary>
internal sealed record Amount(string Measure, decimal? ValueUsd, long Records, string? Basis, FigureAbsence? Absence, CoverageNote? Coverage = null)
{
    public string? AbsentReason => Absence?.Message;
}
