using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// A group's trade with partners (rows by partner), where members that do not report a flow by partner are filled with
/// mirror estimates from the partners that report it. Says how much of the total is mirror-based, and from whom.
/// </summary>
public sealed record MirrorFilledValue
{
    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The reporters, with the membership basis for ASEAN.</summary>
    public required string Reporters { get; init; }

    /// <summary>The commodities.</summary>
    public required string Commodities { get; init; }

    /// <summary>Which flows are added.</summary>
    public required TradeDirection Direction { get; init; }

    /// <summary>The members' own reported rows by partner; null when absent (see <see cref="Absence"/>).</summary>
    public required decimal? Reported { get; init; }

    /// <summary>The sum of the mirror estimates; null when absent (see <see cref="Absence"/>).</summary>
    public required decimal? MirrorBased { get; init; }

    /// <summary>Reported plus mirror-based; null when absent.</summary>
    public decimal? Total => Reported + MirrorBased;

    /// <summary>The mirror-based part of the total (null when the total is zero or absent).</summary>
    public decimal? MirrorShare => Total is null or 0 ? null : MirrorBased / Total;

    /// <summary>
    /// Why the total cannot be given, null when it can: the members' own rows or a partner's rows mix HS levels
    /// (<see cref="FigureAbsenceKind.MixedHsLevels"/>), so adding them would count trade twice; or no member can be
    /// counted, neither by its own rows by partner nor by its partners' reports (no records, <c>TOTAL</c> rows only where
    /// commodities were asked for, World rows only): the figure is unknown, never zero.
    /// </summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>Every estimate, with the reporter it comes from.</summary>
    public required IReadOnlyList<MirrorEstimate> Estimates { get; init => field = ValueList.From(value); }

    /// <summary>The statement that World totals are never filled: a partner's report covers its trade with the member only.</summary>
    public const string WorldTotalsNote = "World totals cannot be mirror-filled";

    /// <summary>The CIF-to-FOB factor applied to the estimates, or null for none (<see cref="MirrorFillOptions.CifToFobFactor"/>).</summary>
    public decimal? CifToFobFactor { get; init; }

    /// <summary>How the estimates were valued: partners' values as reported (CIF imports for exports), or with the factor.</summary>
    public required string ValuationBasis { get; init; }

    /// <summary>How the estimates were made: the CIF/FOB basis, and that World totals cannot be mirror-filled.</summary>
    public string Basis => $"{ValuationBasis}; {WorldTotalsNote}";

    /// <summary>
    /// Which members the total counts, by their own reports or by mirror estimates, in every flow (those of
    /// <see cref="MemberFill.Reported"/> or <see cref="MemberFill.MirrorFilled"/>), and which it lacks and why.
    /// </summary>
    public GroupCoverage? Coverage { get; init; }

    /// <summary>Each member and flow: reported, mirror-filled (from which partners) or missing (why); by flow, then member code.</summary>
    public IReadOnlyList<MirrorFillMember> Members { get; init => field = ValueList.From(value); } = ValueList.From<MirrorFillMember>(null);

    /// <summary>The partners whose reports give the estimates, in code order: the mirror part is the trade with them only.</summary>
    public IReadOnlyList<AreaCode> MirrorReporters => [.. Members.SelectMany(static m => m.Sources).Distinct().OrderBy(static c => c.Value)];

    /// <summary>
    /// Which trade the total is: the reported members' trade with all partners, the mirror-filled members' trade with the
    /// partners that report them only ("exports to CHN, DEU and USA only, the partners that report them").
    /// </summary>
    public string PartnerScope
    {
        get
        {
            var (word, to) = Direction switch
            {
                TradeDirection.Exports => ("exports", "to"),
                TradeDirection.Imports => ("imports", "from"),
                _ => ("trade", "with"),
            };
            var reported = Members.Any(static m => m.Fill == MemberFill.Reported);
            var mirror = MirrorReporters;
            return (reported, mirror.Count > 0) switch
            {
                (_, false) when !reported => $"{word}: no member counted",
                (_, false) => $"{word} {to} all partners, by the members' own rows by partner",
                (false, true) => $"{word} {to} {Words(mirror)} only, the partners that report them",
                _ => $"{word} {to} all partners for the members reported, {to} {Words(mirror)} only for the members mirror-filled (the partners that report them)",
            };
        }
    }

    /// <summary>
    /// The members in words, flow by flow: "reported: BRN IDN; mirror-filled from CHN DEU USA: KHM LAO; missing THA (no rows)".
    /// </summary>
    public string MembersText => string.Join(
        "; ",
        Members.GroupBy(static m => m.Flow).Select(flow =>
            (Members.Select(static m => m.Flow).Distinct().Count() > 1 ? (flow.Key == TradeFlow.Export ? "exports: " : "imports: ") : string.Empty)
            + FlowMembersText([.. flow])));

    /// <summary>This value, or its absence with the reason when its coverage falls short of a requirement (as for shares and values).</summary>
    /// <param name="requirement">How many members it must cover.</param>
    /// <returns>The value, or the absent value.</returns>
    public MirrorFilledValue RequireCoverage(CoverageRequirement requirement) =>
        Absence is not null || Coverage is null || Coverage.Meets(requirement)
            ? this
            : this with { Reported = null, MirrorBased = null, Estimates = [], Absence = GroupCoverage.ShortOf(Coverage, requirement) };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Reporters}, {Period}, {Commodities} ({Direction}): "
        + (Absence is null
            ? $"{TextTable.Money(Total)} = reported {TextTable.Money(Reported)} + mirror {TextTable.Money(MirrorBased)} ({TextTable.Percent(MirrorShare)} mirror-based): {PartnerScope}. Members: {MembersText}. {Basis}"
            : $"absent ({Absence.Message}). {Basis}");

    private static string FlowMembersText(List<MirrorFillMember> members)
    {
        var parts = new List<string>
        {
            "reported: " + Labels(members.Where(static m => m.Fill == MemberFill.Reported).Select(static m => m.Member)),
        };
        foreach (var filled in members.Where(static m => m.Fill == MemberFill.MirrorFilled)
            .GroupBy(static m => (Sources: string.Join(' ', m.Sources.Select(GroupCoverage.Label)), Coarse: string.Join(' ', m.CoarseSources.Select(GroupCoverage.Label)))))
        {
            var coarse = filled.Key.Coarse.Length == 0 ? string.Empty : $" (trade with {filled.Key.Coarse} unknown: rows too coarse)";
            parts.Add($"mirror-filled from {filled.Key.Sources}: {Labels(filled.Select(static m => m.Member))}{coarse}");
        }

        var missing = members.Where(static m => m.Fill == MemberFill.Missing).ToList();
        parts.Add(missing.Count == 0
            ? "missing: none"
            : "missing: " + string.Join("; ", missing.GroupBy(static m => m.Gap ?? CoverageGap.NoRows).OrderBy(static g => g.Key)
                .Select(static g => $"{Labels(g.Select(static m => m.Member))} ({GroupCoverage.Describe(g.Key)})")));
        return string.Join("; ", parts);
    }

    private static string Labels(IEnumerable<AreaCode> members) =>
        string.Join(' ', GroupCoverage.ByName(members).Select(GroupCoverage.Label)) is { Length: > 0 } labels ? labels : "none";

    // "CHN, DEU and USA".
    private static string Words(IReadOnlyList<AreaCode> areas)
    {
        var labels = areas.Select(GroupCoverage.Label).Order(StringComparer.Ordinal).ToList();
        return labels.Count == 1 ? labels[0] : $"{string.Join(", ", labels.Take(labels.Count - 1))} and {labels[^1]}";
    }
}
