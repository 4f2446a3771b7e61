namespace AseanMinerals.Cli.Shares;

/// <summary>The figures of one reporter (an area, or ASEAN under the report's membership basis).</summary>
internal sealed record ReporterShares(
    string Reporter,
    IReadOnlyList<string> ReporterCodes,
    Amount TotalTrade,
    Amount MineralsTrade,
    Ratio MineralsShareOfTotal,
    IReadOnlyList<PartnerGroupShares> PartnerGroupShares,
    IReadOnlyList<MemberShares> ByMemberState,
    string? ByMemberStateAbsentReason,
    Breakdown ByCommodityGroup,
    Breakdown TopPartnersInMinerals,
    Breakdown TopPartnersInTotalTrade)
{
    /// <summary>With <c>--fill mirror</c>: the group's trade with partners, mirror-filled; null when not asked for.</summary>
    public MirrorFillFigures? MirrorFill { get; init; }
}
