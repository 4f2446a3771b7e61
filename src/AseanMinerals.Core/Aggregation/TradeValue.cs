using System.Text.Json.Serialization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// A sum of trade in US dollars, with what it covers and on which basis; absent (with the reason) when the cube holds
/// no record for it or summing would count trade twice. Exports and imports are its exact parts.
/// </summary>
public sealed record TradeValue
{
    /// <summary>What the figure is, for example "trade in scope minerals".</summary>
    public required string Measure { get; init; }

    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The reporters, with the membership basis for ASEAN.</summary>
    public required string Reporters { get; init; }

    /// <summary>The reporter codes counted for the period (compared by content: two equal queries give equal values).</summary>
    public required IReadOnlyList<AreaCode> ReporterCodes { get; init => field = ValueList.From(value); }

    /// <summary>The partners: a group, or all partners on the stated <see cref="PartnerBasis"/>.</summary>
    public required string Partners { get; init; }

    /// <summary>For all partners, where the total came from; null when the partners are a group.</summary>
    public PartnerBasis? PartnerBasis { get; init; }

    /// <summary>The commodities.</summary>
    public required string Commodities { get; init; }

    /// <summary>For all commodities, where the total came from; null for a scope or group.</summary>
    public TotalBasis? TotalBasis { get; init; }

    /// <summary>Which flows are added.</summary>
    public required TradeDirection Direction { get; init; }

    /// <summary>The exports counted (null when not asked for or absent).</summary>
    public decimal? Exports { get; init; }

    /// <summary>The imports counted (null when not asked for or absent).</summary>
    public decimal? Imports { get; init; }

    /// <summary>The value in US dollars, exact; null when absent.</summary>
    public decimal? Value { get; init; }

    /// <summary>The number of records added.</summary>
    public long Records { get; init; }

    /// <summary>Which of the reporters' members the value covers, which it lacks and why; the value is the sum over the covered ones.</summary>
    public GroupCoverage? Coverage { get; init; }

    /// <summary>Why the value is absent (kind, members and values concerned); null when present.</summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>The <see cref="Absence"/> in words; null when present.</summary>
    [JsonIgnore]
    public string? AbsentReason => Absence?.Message;

    /// <summary>True when the value is present.</summary>
    [JsonIgnore]
    public bool IsPresent => Value is not null;

    /// <summary>This value, or its absence with the reason when its coverage falls short of a requirement.</summary>
    /// <param name="requirement">How many members it must cover.</param>
    /// <returns>The value, or the absent value.</returns>
    public TradeValue RequireCoverage(CoverageRequirement requirement) =>
        Value is null || Coverage is null || Coverage.Meets(requirement)
            ? this
            : this with { Value = null, Exports = null, Imports = null, Absence = GroupCoverage.ShortOf(Coverage, requirement) };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Measure}, {Reporters}, {Period}: {(Value is null ? "absent (" + AbsentReason + ")" : TextTable.Money(Value))}"
        + $" [{Direction}; partners: {Partners}; commodities: {Commodities}]";
}
