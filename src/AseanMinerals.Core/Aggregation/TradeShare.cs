using System.Text.Json.Serialization;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// A share (a fraction from 0 to 1) of one trade value in another, with both values and their bases; absent with the
/// reason, never 0 or NaN, when the denominator is zero or missing or the two are not comparable.
/// </summary>
public sealed record TradeShare
{
    /// <summary>What the share is, for example "intra-ASEAN share of trade in scope minerals".</summary>
    public required string Measure { get; init; }

    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The part.</summary>
    public required TradeValue Numerator { get; init; }

    /// <summary>The whole.</summary>
    public required TradeValue Denominator { get; init; }

    /// <summary>The share, numerator over denominator (28 significant digits); null when absent.</summary>
    public decimal? Share { get; init; }

    /// <summary>The one set of members both numerator and denominator cover, which it lacks and why.</summary>
    public GroupCoverage? Coverage { get; init; }

    /// <summary>Why the share is absent (kind, members and values concerned); null when present.</summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>
    /// What a reader needs to know to read the share right (a whole from World rows that partner rows cover in part; a
    /// reporter's trade with itself left out of the part); empty when nothing.
    /// </summary>
    public IReadOnlyList<FigureNote> Notes { get; init => field = ValueList.From(value); } = ValueList.From<FigureNote>(null);

    /// <summary>The <see cref="Absence"/> in words; null when present.</summary>
    [JsonIgnore]
    public string? AbsentReason => Absence?.Message;

    /// <summary>True when the share is present.</summary>
    [JsonIgnore]
    public bool IsPresent => Share is not null;

    /// <summary>
    /// This share, or its absence with the reason when its coverage falls short of a requirement; its numerator and
    /// denominator meet the requirement too (a value short of it is absent, so no part of a refused figure is printed).
    /// </summary>
    /// <param name="requirement">How many members it must cover.</param>
    /// <returns>The share, or the absent share.</returns>
    public TradeShare RequireCoverage(CoverageRequirement requirement)
    {
        var parts = this with { Numerator = Numerator.RequireCoverage(requirement), Denominator = Denominator.RequireCoverage(requirement) };
        return Share is null || Coverage is null || Coverage.Meets(requirement)
            ? parts
            : parts with { Share = null, Absence = GroupCoverage.ShortOf(Coverage, requirement) };
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Measure}, {Period}: {(Share is null ? "absent (" + AbsentReason + ")" : TextTable.Percent(Share))}"
        + $" = {TextTable.Money(Numerator.Value)} / {TextTable.Money(Denominator.Value)}"
        + $" [reporters: {Numerator.Reporters}; numerator partners: {Numerator.Partners}; denominator partners: {Denominator.Partners}; denominator commodities: {Denominator.Commodities}]";
}
