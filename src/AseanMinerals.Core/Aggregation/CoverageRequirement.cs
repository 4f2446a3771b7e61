using System.Globalization;

namespace AseanMinerals.Core.Aggregation;

/// <summary>How many of a group's members a figure must cover to be given; below it the figure is absent with the reason.</summary>
public sealed record CoverageRequirement
{
    private CoverageRequirement(decimal minimumFraction) => MinimumFraction = minimumFraction;

    /// <summary>Every member.</summary>
    public static CoverageRequirement All { get; } = new(1m);

    /// <summary>At least one member (what every figure needs anyway).</summary>
    public static CoverageRequirement Any { get; } = new(0m);

    /// <summary>The smallest part of the members covered (0 to 1).</summary>
    public decimal MinimumFraction { get; }

    /// <summary>At least a part of the members.</summary>
    /// <param name="fraction">The part, from 0 to 1 (0.8 for 8 of 10 members).</param>
    /// <returns>The requirement.</returns>
    public static CoverageRequirement AtLeast(decimal fraction)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fraction, 1m);
        return new(fraction);
    }

    /// <summary><c>all members</c>, or <c>at least 61% of the members</c> (a percentage as the tool prints one: no space, no digits lost).</summary>
    /// <returns>The words.</returns>
    public override string ToString() =>
        MinimumFraction == 1m ? "all members" : string.Create(CultureInfo.InvariantCulture, $"at least {MinimumFraction * 100:0.##}% of the members");
}
