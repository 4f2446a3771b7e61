using AseanMinerals.Core.Trade;
using NodaTime;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// Which ASEAN members a figure counts: the <see cref="Changing"/> composition (the default: a state counts for a period
/// if it was a member at the period's end, so Timor-Leste counts for 2025 but not for 2024 or for September 2025), or a
/// <see cref="FixedAsOf"/> composition (the members on one day, for every period). Every result names its basis.
/// </summary>
public sealed record MembershipBasis
{
    private MembershipBasis(MembershipComposition composition, LocalDate? asOf)
    {
        Composition = composition;
        AsOf = asOf;
    }

    /// <summary>The changing composition: the members at each period's end.</summary>
    public static MembershipBasis Changing { get; } = new(MembershipComposition.Changing, null);

    /// <summary>Changing or fixed.</summary>
    public MembershipComposition Composition { get; }

    /// <summary>For a fixed composition, the day whose members count; null for the changing composition.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>A fixed composition: the members on a day, for every period.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The basis.</returns>
    public static MembershipBasis FixedAsOf(LocalDate date) => new(MembershipComposition.Fixed, date);

    /// <summary>The day on which membership is judged for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The period's last day, or the fixed day.</returns>
    public LocalDate DateFor(TradePeriod period) => AsOf ?? period.End;

    /// <inheritdoc />
    public override string ToString() =>
        AsOf is { } date ? $"fixed composition: the members on {date:uuuu-MM-dd}" : "changing composition: the members at each period's end";
}
