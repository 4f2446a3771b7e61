using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The three headline figures of ASEAN's minerals statistics for a period ("trade in minerals was US$250 billion, close
/// to 9% of ASEAN's total trade in 2018, and 21% of it was intra-ASEAN"), each with its bases.
/// </summary>
public sealed record MineralsHeadline
{
    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>Trade (exports plus imports) in the scope, with all partners.</summary>
    public required TradeValue CommodityTrade { get; init; }

    /// <summary>That trade's share of total trade.</summary>
    public required TradeShare ShareOfTotalTrade { get; init; }

    /// <summary>The share of that trade with partners of the group itself (intra-ASEAN).</summary>
    public required TradeShare IntraGroupShare { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Trade in {CommodityTrade.Commodities} was {TextTable.Money(CommodityTrade.Value)} in {Period}, {TextTable.Percent(ShareOfTotalTrade.Share)} of total trade; "
        + $"{TextTable.Percent(IntraGroupShare.Share)} of it was within the group ({CommodityTrade.Reporters}).";
}
