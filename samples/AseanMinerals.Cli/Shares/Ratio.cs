using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Shares;

/// <summary>A share (0 to 1), or its absence with the engine's reason; with the engine's notes on how to read it.</summary>
internal sealed record Ratio(string Measure, decimal? Share, decimal? NumeratorUsd, decimal? DenominatorUsd, FigureAbsence? Absence, CoverageNote? Coverage = null)
{
    public IReadOnlyList<FigureNote> Notes { get; init; } = [];

    public string? AbsentReason => Absence?.Message;
}
