namespace AseanMinerals.Core.Aggregation;

/// <summary>One year of a <see cref="GrowthResult"/>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The value that year; null when absent.</param>
/// <param name="YearOnYear">The growth from the year before (0.1 is 10%); null for the first year or when absent.</param>
/// <param name="AbsentReason">Why the value or the growth is absent.</param>
public sealed record GrowthStep(int Year, decimal? Value, decimal? YearOnYear, string? AbsentReason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Year}: {TextTable.Money(Value)}, {(YearOnYear is null ? "growth absent" : TextTable.Percent(YearOnYear))}";
}
