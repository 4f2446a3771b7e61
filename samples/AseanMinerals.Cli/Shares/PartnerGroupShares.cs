namespace AseanMinerals.Cli.Shares;

/// <summary>The partner group's share of the reporter's total trade and minerals trade, in one direction.</summary>
internal sealed record PartnerGroupShares(string Direction, Ratio OfTotalTrade, Ratio OfMineralsTrade);
