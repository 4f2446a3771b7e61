using System.Globalization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// Which members of a group a group figure covers, and which it lacks and why. Real ASEAN data always misses some
/// reporters, so every figure for a group carries this: a total of 6 of 10 members is not ASEAN's total.
/// </summary>
public sealed record GroupCoverage
{
    /// <summary>The members of the group for the period, in code order.</summary>
    public required IReadOnlyList<AreaCode> Members { get; init => field = ValueList.From(value); }

    /// <summary>The members the figure covers: rows at the detail it needs (possibly none in its selection, then zero).</summary>
    public required IReadOnlyList<AreaCode> Covered { get; init => field = ValueList.From(value); }

    /// <summary>The members the figure lacks, each with the reason.</summary>
    public required IReadOnlyList<MissingMember> Missing { get; init => field = ValueList.From(value); }

    /// <summary>True when every member is covered.</summary>
    public bool IsComplete => Missing.Count == 0;

    /// <summary>The covered members' part of the members (0 to 1; 1 for a group without members).</summary>
    public decimal Fraction => Members.Count == 0 ? 1m : (decimal)Covered.Count / Members.Count;

    /// <summary>Whether the coverage meets a requirement.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <returns>True when it does.</returns>
    public bool Meets(CoverageRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return Covered.Count > 0 && Fraction >= requirement.MinimumFraction;
    }

    /// <summary>The reason a figure is absent when its coverage falls short of a requirement.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <param name="requirement">The requirement.</param>
    /// <returns>The absence (<see cref="FigureAbsenceKind.CoverageShort"/>), with the members missing.</returns>
    public static FigureAbsence ShortOf(GroupCoverage coverage, CoverageRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(requirement);
        return FigureAbsences.CoverageShort(coverage, requirement);
    }

    /// <summary>The ISO alpha-3 code of an area where the catalogue knows it, else its numeric code.</summary>
    /// <param name="code">The area.</param>
    /// <returns>The label.</returns>
    public static string Label(AreaCode code) => TradeAreaCatalog.Default.Find(code)?.Iso3?.Trim() is { Length: > 0 } iso ? iso : code.ToString();

    /// <summary>The words for a gap.</summary>
    /// <param name="gap">The gap.</param>
    /// <returns>The words.</returns>
    public static string Describe(CoverageGap gap) => gap switch
    {
        CoverageGap.NoRows => "no rows",
        CoverageGap.RowsTooCoarse => "rows too coarse",
        CoverageGap.NoTotalRows => "no TOTAL rows; a sum of commodity rows is not total trade",
        _ => "rows on one side only",
    };

    /// <summary>"6 of 10 members: BRN IDN MYS MMR PHL SGP; missing KHM LAO THA VNM", members in name order.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString()
    {
        var covered = string.Join(' ', ByName(Covered).Select(Label));
        var text = string.Create(CultureInfo.InvariantCulture, $"{Covered.Count} of {Members.Count} members: {(Covered.Count == 0 ? "none" : covered)}");
        if (Missing.Count == 0)
        {
            return text;
        }

        var missing = Missing.GroupBy(static m => m.Gap).OrderBy(static g => g.Key)
            .Select(g => string.Join(' ', ByName(g.Select(static m => m.Member)).Select(Label)) + (Missing.Any(m => m.Gap != g.Key) || g.Key != CoverageGap.NoRows ? $" ({Describe(g.Key)})" : string.Empty));
        return $"{text}; missing {string.Join("; ", missing)}";
    }

    internal static IEnumerable<AreaCode> ByName(IEnumerable<AreaCode> codes) =>
        codes.OrderBy(static c => TradeAreaCatalog.Default.NameOf(c), StringComparer.Ordinal);
}
