using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Aggregation;

/// <summary>One part of a <see cref="ShareBreakdown"/>.</summary>
/// <param name="Key">
/// The part's code: an area code, a group identifier, <c>rest</c> for the rest of the world, <c>self</c> for reporters'
/// trade with themselves as partner, or <c>unassigned</c> for World rows' trade no partner row covers.
/// </param>
/// <param name="Name">The part's name.</param>
/// <param name="Value">The part's value in US dollars, exact.</param>
/// <param name="Share">The part's share of the total; null when the total is zero.</param>
/// <exception cref="ArgumentNullException">The key or the name is null.</exception>
public sealed record BreakdownPart(string Key, string Name, decimal Value, decimal? Share)
{
    /// <summary>
    /// The part's code: an area code, a group identifier, <c>rest</c> for the rest of the world, <c>self</c> for reporters'
    /// trade with themselves as partner, or <c>unassigned</c> for World rows' trade no partner row covers.
    /// </summary>
    public string Key { get; init; } = Preconditions.CheckNotNull(Key);

    /// <summary>The part's name.</summary>
    public string Name { get; init; } = Preconditions.CheckNotNull(Name);

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {TextTable.Money(Value)} ({TextTable.Percent(Share)})";
}
