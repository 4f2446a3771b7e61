namespace AseanMinerals.Core.Aggregation;

/// <summary>One part of a <see cref="ShareBreakdown"/>.</summary>
/// <param name="Key">The part's code: an area code, a group identifier, or <c>rest</c> for the rest of the world.</param>
/// <param name="Name">The part's name.</param>
/// <param name="Value">The part's value in US dollars, exact.</param>
/// <param name="Share">The part's share of the total; null when the total is zero.</param>
public sealed record BreakdownPart(string Key, string Name, decimal Value, decimal? Share)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}: {TextTable.Money(Value)} ({TextTable.Percent(Share)})";
}
