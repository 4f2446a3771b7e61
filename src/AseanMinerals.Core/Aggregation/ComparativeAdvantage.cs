using System.Text.Json.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// Balassa's revealed comparative advantage: (reporter's exports of the commodities / reporter's total exports) over
/// (world exports of the commodities / world total exports). Above 1, the reporter is relatively specialised in them.
/// The world figures are given by the user; the index is absent with the reason when a figure is zero or missing.
/// </summary>
public sealed record ComparativeAdvantage
{
    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The reporters, with the membership basis for ASEAN.</summary>
    public required string Reporters { get; init; }

    /// <summary>The commodities.</summary>
    public required string Commodities { get; init; }

    /// <summary>The reporters' exports of the commodities.</summary>
    public decimal? CommodityExports { get; init; }

    /// <summary>The reporters' total exports.</summary>
    public decimal? TotalExports { get; init; }

    /// <summary>The world's exports of the commodities, as given.</summary>
    public required decimal WorldCommodityExports { get; init; }

    /// <summary>The world's total exports, as given.</summary>
    public required decimal WorldTotalExports { get; init; }

    /// <summary>The index; null when absent.</summary>
    public decimal? Index { get; init; }

    /// <summary>The one set of members both the commodity exports and the total exports cover, which it lacks and why.</summary>
    public GroupCoverage? Coverage { get; init; }

    /// <summary>Why the index is absent (kind, members and values concerned); null when present.</summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>The <see cref="Absence"/> in words; null when present.</summary>
    [JsonIgnore]
    public string? AbsentReason => Absence?.Message;

    /// <inheritdoc />
    public override string ToString() =>
        $"RCA of {Reporters} in {Commodities}, {Period}: {(Index is null ? "absent (" + AbsentReason + ")" : TextTable.Number(Index, "0.0000"))}"
        + $" = ({TextTable.Money(CommodityExports)} / {TextTable.Money(TotalExports)}) / ({TextTable.Money(WorldCommodityExports)} / {TextTable.Money(WorldTotalExports)})";
}
