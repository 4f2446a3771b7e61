using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Shares;

/// <summary>A share (0 to 1), or its absence with the engine's reason.</summary>
internal sealed record Ratio(string Measure, decimal? Share, decimal? NumeratorUsd, decimal? DenominatorUsd, FigureAbsence? Absence, CoverageNote? Coverage = null)
{
    public string? AbsentReason => Absence?.Message;
}
