using System.Text.Json.Serialization;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// A total split into parts (by member state, commodity group or partner): the parts' values add up to
/// <see cref="Total"/> exactly, since the total is their sum; each share is the part over the total.
/// </summary>
public sealed record ShareBreakdown
{
    /// <summary>What is split, for example "trade in scope minerals by partner".</summary>
    public required string Measure { get; init; }

    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The reporters, with the membership basis for ASEAN.</summary>
    public required string Reporters { get; init; }

    /// <summary>How the total is made, for example "sum of the partner rows (World rows not used)".</summary>
    public required string Basis { get; init; }

    /// <summary>The total: the exact sum of the parts; null when absent.</summary>
    public decimal? Total { get; init; }

    /// <summary>The parts, largest first (the rest of the world last).</summary>
    public IReadOnlyList<BreakdownPart> Parts { get; init => field = ValueList.From(value); } = ValueList.From<BreakdownPart>(null);

    /// <summary>
    /// What a reader needs to know to read the split right (a part not assigned to a partner, a reporter's trade with
    /// itself as a part of its own); empty when nothing.
    /// </summary>
    public IReadOnlyList<FigureNote> Notes { get; init => field = ValueList.From(value); } = ValueList.From<FigureNote>(null);

    /// <summary>Codes of the breakdown with no record (for example a member state that reported nothing).</summary>
    public IReadOnlyList<string> WithoutRecords { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <summary>Which of the reporters' members the total covers, which it lacks and why.</summary>
    public GroupCoverage? Coverage { get; init; }

    /// <summary>Why the breakdown is absent (kind, members and values concerned); null when present.</summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>The <see cref="Absence"/> in words; null when present.</summary>
    [JsonIgnore]
    public string? AbsentReason => Absence?.Message;

    /// <summary>The breakdown as a plain-text table.</summary>
    /// <returns>The table.</returns>
    public string ToTable() => TextTable.Render(
        $"{Measure}, {Reporters}, {Period} ({Basis})",
        ["part", "US$", "share"],
        Parts.Select(static p => new[] { $"{p.Key} {p.Name}", TextTable.Number(p.Value, "#,0.00"), TextTable.Percent(p.Share) })
            .Append(["total", TextTable.Number(Total, "#,0.00"), Total is null ? "absent" : "100.00%"]),
        AbsentReason is null ? (WithoutRecords.Count > 0 ? "without records: " + string.Join(", ", WithoutRecords) : null) : "absent: " + AbsentReason);

    /// <inheritdoc />
    public override string ToString() => ToTable();
}
