namespace AseanMinerals.Cli.Shares;

/// <summary>The figures of one member state when the reporter is ASEAN.</summary>
internal sealed record MemberShares(string Code, string Name, Amount MineralsTrade, Ratio PartOfAseanMineralsTrade, Ratio MineralsShareOfTotal, Ratio IntraAseanShareOfMinerals);
