using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Production;

/// <summary>
/// A group's share of world production in one series, against two bases: the world total as USGS publishes it (rounded,
/// sometimes withheld or a bound) and the sum of the rows (countries plus "Other countries"); the two differ by rounding
/// and by withheld rows. Each share is null, with a note, where it cannot be told; it is never above 1 and never 0 for
/// "unknown". The members covered are named: which have a number, which have a row without one.
/// </summary>
public sealed record ProductionShare
{
    /// <summary>The series.</summary>
    public required ProductionSeries Series { get; init; }

    /// <summary>The group as results show it, for example "ASEAN (changing membership)".</summary>
    public required string Group { get; init; }

    /// <summary>The unit of every amount of this result.</summary>
    public required ProductionUnit Unit { get; init; }

    /// <summary>The group's members in the year.</summary>
    public required IReadOnlyList<AreaCode> Members { get; init; }

    /// <summary>The members with a number in the series.</summary>
    public required IReadOnlyList<AreaCode> MembersWithFigures { get; init; }

    /// <summary>The members with a row but no number (withheld, not available, words).</summary>
    public required IReadOnlyList<AreaCode> MembersWithoutNumber { get; init; }

    /// <summary>The sum of the members' numbers; null when no member has a number.</summary>
    public decimal? GroupAmount { get; init; }

    /// <summary>The world total as published; null when the series has none or it is not a number.</summary>
    public decimal? PublishedWorldTotal { get; init; }

    /// <summary>The sum of every row's number: countries, "Other countries" and names the crosswalk did not know.</summary>
    public required decimal RowSum { get; init; }

    /// <summary>Rows (countries and residual) without a number: the row sum is then a lower bound.</summary>
    public required int RowsWithoutNumber { get; init; }

    /// <summary>The group's share of the published world total (0 to 1); null with a note where it cannot be told.</summary>
    public decimal? ShareOfPublishedTotal { get; init; }

    /// <summary>The group's share of the row sum (0 to 1); null with a note where it cannot be told.</summary>
    public decimal? ShareOfRowSum { get; init; }

    /// <summary>True when a member's figure is an estimate.</summary>
    public bool IsEstimated { get; init; }

    /// <summary>What the reader of the shares must know (rounded totals, withheld rows, bounds, missing members).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() =>
        $"{Group}, {Series}: {(ShareOfPublishedTotal is { } p ? p.ToString("P1", System.Globalization.CultureInfo.InvariantCulture) : "-")} of the published world total, " +
        $"{(ShareOfRowSum is { } r ? r.ToString("P1", System.Globalization.CultureInfo.InvariantCulture) : "-")} of the row sum ({MembersWithFigures.Count} of {Members.Count} members with a figure)";
}
