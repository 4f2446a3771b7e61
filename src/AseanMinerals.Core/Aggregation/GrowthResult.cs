using System.Text.Json.Serialization;
using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Year-on-year growth and the compound annual growth rate (CAGR) of a trade value over a span of years.</summary>
public sealed record GrowthResult
{
    /// <summary>What grows, for example "trade in scope minerals".</summary>
    public required string Measure { get; init; }

    /// <summary>The reporters, with the membership basis for ASEAN.</summary>
    public required string Reporters { get; init; }

    /// <summary>The first year.</summary>
    public required int FromYear { get; init; }

    /// <summary>The last year.</summary>
    public required int ToYear { get; init; }

    /// <summary>Each year's value and growth from the year before.</summary>
    public IReadOnlyList<GrowthStep> Steps { get; init => field = ValueList.From(value); } = ValueList.From<GrowthStep>(null);

    /// <summary>
    /// (last / first)^(1 / years) - 1; null when absent. The ratio is exact; the root is taken in double precision, so the
    /// rate is good to about 15 significant digits.
    /// </summary>
    public decimal? Cagr { get; init; }

    /// <summary>The one set of members compared in every year: those covered in each year of the span; the others are named with the reason.</summary>
    public GroupCoverage? Coverage { get; init; }

    /// <summary>Why the CAGR is absent (kind, members and values concerned); null when present.</summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>The <see cref="Absence"/> in words; null when present.</summary>
    [JsonIgnore]
    public string? AbsentReason => Absence?.Message;

    /// <inheritdoc />
    public override string ToString() => TextTable.Render(
        $"{Measure}, {Reporters}, {FromYear}-{ToYear}: CAGR {(Cagr is null ? "absent (" + AbsentReason + ")" : TextTable.Percent(Cagr))}",
        ["year", "US$", "year on year"],
        Steps.Select(static s => new[] { s.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), TextTable.Number(s.Value, "#,0.00"), s.YearOnYear is null ? "-" : TextTable.Percent(s.YearOnYear) }));
}
