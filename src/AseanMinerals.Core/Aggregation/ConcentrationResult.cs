using System.Text.Json.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The Herfindahl-Hirschman index of a breakdown: the sum of the squared percentage shares (0 to 10,000), from unrounded
/// shares; absent with the reason when the total is zero or missing.
/// </summary>
public sealed record ConcentrationResult
{
    /// <summary>What is measured, for example "concentration of partners in trade in scope minerals".</summary>
    public required string Measure { get; init; }

    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The reporters, with the membership basis for ASEAN.</summary>
    public required string Reporters { get; init; }

    /// <summary>How many parts (partners or groups) have trade.</summary>
    public required int Parts { get; init; }

    /// <summary>The index, 0 to 10,000; null when absent.</summary>
    public decimal? Index { get; init; }

    /// <summary>The band of the index; null when absent.</summary>
    public ConcentrationBand? Band { get; init; }

    /// <summary>Which of the reporters' members the breakdown covers (its parts are over them only), which it lacks and why.</summary>
    public GroupCoverage? Coverage { get; init; }

    /// <summary>Why the index is absent (kind, members and values concerned); null when present.</summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>The <see cref="Absence"/> in words; null when present.</summary>
    [JsonIgnore]
    public string? AbsentReason => Absence?.Message;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Measure}, {Reporters}, {Period}: HHI {(Index is null ? "absent (" + AbsentReason + ")" : TextTable.Number(Index) + " (" + Band + ", " + Parts + " parts)")}";
}
