using AseanMinerals.Cli.Input;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Cli.Shares;

/// <summary>
/// Asks the cube for the figures of <see cref="SharesReport"/>. The cube answers every query; this class adds the two
/// questions a file can leave open, so that no figure is made up: minerals figures need commodity rows (a file of
/// TOTAL rows alone cannot tell them), and a partner's share needs rows by partner (a file of World rows alone cannot tell it).
/// </summary>
internal sealed class SharesReportBuilder(TradeCube cube, SharesQuery query, TradePeriod period)
{
    public const string FlowsIncluded =
        "exports + imports as reported (re-exports, re-imports and other subset flows are inside them and never added again; breakdown rows are set aside)";

    private readonly CommoditySelection _scope = CommoditySelection.Scope(query.Scope);

    public SharesReport Build(IReadOnlyList<InputSummary> sources) => new(
        period.ToString(),
        query.Scope,
        query.Membership.ToString(),
        FlowsIncluded,
        query.PartnerGroup.ToString(),
        sources,
        [.. query.Reporters.Select(Reporter)]);

    private ReporterShares Reporter(AreaGroup reporter)
    {
        var isAsean = reporter.Basis is not null;
        return new ReporterShares(
            reporter.ToString(),
            [.. reporter.MembersFor(period).Select(static c => c.ToString())],
            TotalTrade(reporter),
            MineralsTrade(reporter),
            MineralsShareOfTotal(reporter),
            [
                PartnerGroup(reporter, TradeDirection.Imports),
                PartnerGroup(reporter, TradeDirection.Exports),
                PartnerGroup(reporter, TradeDirection.ExportsAndImports),
            ],
            isAsean ? ByMemberState(reporter) : [],
            isAsean ? null : "the reporter is not ASEAN",
            FromBreakdown(MineralsGap(reporter), () => cube.SharesByCommodityGroup(period, reporter, query.Scope)),
            FromBreakdown(MineralsGap(reporter), () => cube.SharesByPartner(period, reporter, 10, _scope)),
            FromBreakdown(null, () => cube.SharesByPartner(period, reporter, 10, CommoditySelection.All())));
    }

    private Amount TotalTrade(AreaGroup reporter)
    {
        // The TOTAL rows only: the sum of commodity rows is total trade only if the file holds every chapter, which it cannot show.
        var value = cube.TotalTrade(period, reporter, TotalBasis.TotalRows);
        return value.IsPresent
            ? FromValue("total trade", value)
            : new Amount("total trade", null, 0, null, $"the data has no TOTAL rows for {reporter} in {period}, and a sum of commodity rows is total trade only if the file holds every chapter");
    }

    private Amount MineralsTrade(AreaGroup reporter) =>
        MineralsGap(reporter) is { } gap
            ? new Amount($"trade in scope {query.Scope}", null, 0, null, gap)
            : FromValue($"trade in scope {query.Scope}", cube.Value(period, reporter, _scope));

    private Ratio MineralsShareOfTotal(AreaGroup reporter)
    {
        var measure = $"share of trade in scope {query.Scope} in total trade";
        if (MineralsTrade(reporter) is { ValueUsd: null } minerals)
        {
            return new Ratio(measure, null, null, null, minerals.AbsentReason);
        }

        if (TotalTrade(reporter) is { ValueUsd: null } total)
        {
            return new Ratio(measure, null, null, null, total.AbsentReason);
        }

        return FromShare(measure, cube.ShareOfTotalTrade(period, reporter, _scope, TotalBasis.TotalRows));
    }

    private PartnerGroupShares PartnerGroup(AreaGroup reporter, TradeDirection direction) => new(
        DirectionName(direction),
        PartnerShare(reporter, query.PartnerGroup, CommoditySelection.All(), direction, $"share of {query.PartnerGroup.Name} in total trade"),
        MineralsGap(reporter) is { } gap
            ? new Ratio($"share of {query.PartnerGroup.Name} in trade in scope {query.Scope}", null, null, null, gap)
            : PartnerShare(reporter, query.PartnerGroup, _scope, direction, $"share of {query.PartnerGroup.Name} in trade in scope {query.Scope}"));

    private Ratio PartnerShare(AreaGroup reporter, AreaGroup partners, CommoditySelection commodities, TradeDirection direction, string measure)
    {
        // With World rows alone, no partner's part is known: the engine would call it zero.
        var byPartner = cube.Value(period, reporter, commodities, direction, partnerBasis: PartnerBasis.SumOfPartners);
        if (!byPartner.IsPresent)
        {
            return new Ratio(measure, null, null, null, $"the data has no rows by partner for {reporter} in {period} ({DirectionName(direction)}, {byPartner.Commodities}), so the share of {partners} cannot be told");
        }

        return FromShare(measure, cube.PartnerGroupShare(period, reporter, partners, commodities, direction));
    }

    private List<MemberShares> ByMemberState(AreaGroup asean)
    {
        var parts = MineralsGap(asean) is null ? cube.SharesByReporter(period, asean, _scope) : null;
        return
        [
            .. asean.MembersFor(period).Select(code =>
            {
                var member = AreaGroup.Of(TradeAreaCatalog.Default.NameOf(code), code);
                var minerals = MineralsTrade(member);
                var part = parts?.Parts.FirstOrDefault(p => p.Key == code.ToString());
                var partRatio = part is null
                    ? new Ratio($"part of ASEAN's trade in scope {query.Scope}", null, null, null, minerals.AbsentReason ?? parts?.AbsentReason ?? "no records")
                    : new Ratio($"part of ASEAN's trade in scope {query.Scope}", part.Share, part.Value, parts!.Total, part.Share is null ? "the total is zero" : null);
                var intra = minerals.ValueUsd is null
                    ? new Ratio($"intra-ASEAN share of trade in scope {query.Scope}", null, null, null, minerals.AbsentReason)
                    : PartnerShare(member, asean, _scope, TradeDirection.ExportsAndImports, $"intra-ASEAN share of trade in scope {query.Scope}");
                return new MemberShares(code.ToString(), member.Name, minerals, partRatio, MineralsShareOfTotal(member), intra);
            }),
        ];
    }

    // Why minerals figures cannot be told for the reporter, or null when they can: they need commodity rows.
    private string? MineralsGap(AreaGroup reporter)
    {
        var commodityRows = cube.TotalTrade(period, reporter, TotalBasis.SumOfCommodities);
        return commodityRows.IsPresent
            ? null
            : $"the data has no commodity rows for {reporter} in {period} (TOTAL rows at most), so it cannot tell trade in scope {query.Scope}";
    }

    private static Breakdown FromBreakdown(string? gap, Func<ShareBreakdown> compute)
    {
        if (gap is not null)
        {
            return new Breakdown(string.Empty, null, null, [], gap);
        }

        var breakdown = compute();
        return new Breakdown(
            breakdown.Measure,
            breakdown.Basis,
            breakdown.Total,
            [.. breakdown.Parts.Select(static p => new BreakdownShare(p.Key, p.Name, p.Value, p.Share))],
            breakdown.AbsentReason);
    }

    private static Amount FromValue(string measure, TradeValue value) =>
        new(measure, value.Value, value.Records, $"{value.Commodities}; {value.Partners}", value.AbsentReason);

    private static Ratio FromShare(string measure, TradeShare share) =>
        new(measure, share.Share, share.Numerator.Value, share.Denominator.Value, share.AbsentReason);

    public static string DirectionName(TradeDirection direction) => direction switch
    {
        TradeDirection.Imports => "imports",
        TradeDirection.Exports => "exports",
        _ => "exports + imports",
    };
}
