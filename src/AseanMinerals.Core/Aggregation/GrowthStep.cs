using System.Text.Json.Serialization;

namespace AseanMinerals.Core.Aggregation;

/// <summary>One year of a <see cref="GrowthResult"/>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The value that year; null when absent.</param>
/// <param name="YearOnYear">The growth from the year before (0.1 is 10%); null for the first year or when absent.</param>
/// <param name="Absence">Why the value or the growth is absent; null when both are present (or the first year's growth).</param>
public sealed record GrowthStep(int Year, decimal? Value, decimal? YearOnYear, FigureAbsence? Absence)
{
    /// <summary>The <see cref="Absence"/> in words; null when there is none.</summary>
    [JsonIgnore]
    public string? AbsentReason => Absence?.Message;

    /// <inheritdoc />
    public override string ToString() => $"{Year}: {TextTable.Money(Value)}, {(YearOnYear is null ? "growth absent" : TextTable.Percent(YearOnYear))}";
}
