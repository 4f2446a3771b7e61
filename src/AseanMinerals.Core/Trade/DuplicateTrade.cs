namespace AseanMinerals.Core.Trade;

/// <summary>A record whose key (period, reporter, partner, flow, commodity, breakdown) an earlier record has, with both places.</summary>
/// <param name="Record">The later record.</param>
/// <param name="First">Where the first record of the key came from.</param>
/// <param name="Second">Where the later one came from.</param>
public sealed record DuplicateTrade(TradeRecord Record, TradePlace First, TradePlace Second)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Second}: AMC2009 The record {Record} has the same key as {First} (period, reporter, partner, flow, commodity, breakdown): the same trade is never added twice.";
}
