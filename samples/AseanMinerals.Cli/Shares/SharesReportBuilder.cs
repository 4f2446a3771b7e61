using AseanMinerals.Cli.Input;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Cli.Shares.SharesQuery;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Shares;

/// <summary>
/// Asks the cube for the figures of <see cref="SharesReport"/>. The cube answers every query, absent with the reason where
/// the rows are too coarse (TOTAL or World rows only), so no figure here is made up.
/// </summary>
internal sealed class SharesReportBuilder(TradeCube cube, SharesQuery query, TradePeriod period)
{
    public const string FlowsIncluded =
        "exports + imports as reported (re-exports, re-imports and other subset flows are inside them and never added again; breakdown rows are set aside)";

    private readonly CommoditySelection _scope = CommoditySelection.Scope(query.Scope);
    private readonly CoverageRequirement _required = query.RequiredCoverage;

    public SharesReport Build(IReadOnlyList<TradeSourceSummary> sources) => new(
        period.ToString(),
        query.Scope,
        query.Membership.ToString(),
        FlowsIncluded,
        query.PartnerGroup.Name,
        sources,
        [.. query.Reporters.Select(Reporter)]);

    private ReporterShares Reporter(AreaGroup reporter)
    {
        var isAsean = reporter.Basis is not null;
        return new ReporterShares(
            reporter.Name,
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
            FromBreakdown(cube.SharesByCommodityGroup(period, reporter, query.Scope)),
            FromBreakdown(cube.SharesByPartner(period, reporter, 10, _scope)),
            FromBreakdown(cube.SharesByPartner(period, reporter, 10, CommoditySelection.All())))
        {
            MirrorFill = query.FillMirror ? MirrorFill(reporter) : null,
        };
    }

    // Each flow of total trade and of the scope: reported + mirror = total, and the sum from each source reporter; the
    // basis (CIF/FOB, World totals) is the same for every flow.
    private MirrorFillFigures MirrorFill(AreaGroup reporter)
    {
        var flows = new List<MirrorFillFlow>();
        MirrorFilledValue? last = null;
        foreach (var commodities in new[] { CommoditySelection.All(), _scope })
        {
            foreach (var direction in new[] { TradeDirection.Exports, TradeDirection.Imports })
            {
                // Below the required coverage (--require-coverage) the filled figure is absent too, as the others are.
                var filled = cube.MirrorFill(period, reporter, commodities, direction, query.MirrorOptions).RequireCoverage(_required);

                var sources = filled.Estimates.GroupBy(static e => e.SourceReporter).OrderBy(static g => g.Key)
                    .Select(static g => new MirrorSource(g.Key.ToString(), GroupCoverage.Label(g.Key), g.Sum(static e => e.Value)));
                flows.Add(new MirrorFillFlow(
                    DirectionName(direction), filled.Commodities, filled.Reported, filled.MirrorBased, filled.Total, filled.MirrorShare, [.. sources], CoverageNote.From(filled.Coverage), filled.Absence)
                {
                    PartnerScope = filled.PartnerScope,
                    MembersText = filled.MembersText,
                    Members = filled.Members,
                    MirrorReporters = [.. filled.MirrorReporters.Select(static c => c.ToString())],
                });
                last = filled;
            }
        }

        return new MirrorFillFigures(last!.ValuationBasis, last.CifToFobFactor, MirrorFilledValue.WorldTotalsNote, flows);
    }

    // By default the engine takes the TOTAL rows only: a sum of commodity rows is total trade only if the file holds every chapter.
    private Amount TotalTrade(AreaGroup reporter) => FromValue("total trade", cube.TotalTrade(period, reporter));

    private Amount MineralsTrade(AreaGroup reporter) => FromValue($"trade in scope {query.Scope}", cube.Value(period, reporter, _scope));

    private Ratio MineralsShareOfTotal(AreaGroup reporter) =>
        FromShare($"share of trade in scope {query.Scope} in total trade", cube.ShareOfTotalTrade(period, reporter, _scope));

    private PartnerGroupShares PartnerGroup(AreaGroup reporter, TradeDirection direction) => new(
        DirectionName(direction),
        PartnerShare(reporter, query.PartnerGroup, CommoditySelection.All(), direction, $"share of {query.PartnerGroup.Name} in total trade"),
        PartnerShare(reporter, query.PartnerGroup, _scope, direction, $"share of {query.PartnerGroup.Name} in trade in scope {query.Scope}"));

    // The engine says "cannot tell" where the rows are too coarse (World rows only) and zero only where they are not.
    private Ratio PartnerShare(AreaGroup reporter, AreaGroup partners, CommoditySelection commodities, TradeDirection direction, string measure) =>
        FromShare(measure, cube.PartnerGroupShare(period, reporter, partners, commodities, direction));

    private List<MemberShares> ByMemberState(AreaGroup asean)
    {
        var parts = cube.SharesByReporter(period, asean, _scope);
        return
        [
            .. asean.MembersFor(period).Select(code =>
            {
                var member = AreaGroup.Of(TradeAreaCatalog.Default.NameOf(code), code);
                var minerals = MineralsTrade(member);
                var part = parts.Parts.FirstOrDefault(p => p.Key == code.ToString());
                var partRatio = part is null
                    ? new Ratio($"part of ASEAN's trade in scope {query.Scope}", null, null, null, minerals.Absence ?? parts.Absence, CoverageNote.From(parts.Coverage))
                    : new Ratio($"part of ASEAN's trade in scope {query.Scope}", part.Share, part.Value, parts.Total, part.Share is null ? parts.Absence : null, CoverageNote.From(parts.Coverage));
                var intra = PartnerShare(member, asean, _scope, TradeDirection.ExportsAndImports, $"intra-ASEAN share of trade in scope {query.Scope}");
                return new MemberShares(code.ToString(), member.Name, minerals, partRatio, MineralsShareOfTotal(member), intra);
            }),
        ];
    }

    // Below the required coverage (--require-coverage) a breakdown is absent with the engine's reason, as values and shares are.
    private Breakdown FromBreakdown(ShareBreakdown breakdown) =>
        breakdown.Coverage is { } coverage && breakdown.Absence is null && !coverage.Meets(_required)
            ? new(breakdown.Measure, breakdown.Basis, null, [], GroupCoverage.ShortOf(coverage, _required), CoverageNote.From(coverage))
            : new(
                breakdown.Measure,
                breakdown.Basis,
                breakdown.Total,
                [.. breakdown.Parts.Select(static p => new BreakdownShare(p.Key, p.Name, p.Value, p.Share))],
                breakdown.Absence,
                CoverageNote.From(breakdown.Coverage)) { Notes = breakdown.Notes };

    private Amount FromValue(string measure, TradeValue value)
    {
        value = value.RequireCoverage(_required);
        return new(measure, value.Value, value.Records, $"{value.Commodities}; {value.Partners}", value.Absence, CoverageNote.From(value.Coverage));
    }

    private Ratio FromShare(string measure, TradeShare share)
    {
        share = share.RequireCoverage(_required);
        return new(measure, share.Share, share.Numerator.Value, share.Denominator.Value, share.Absence, CoverageNote.From(share.Coverage)) { Notes = share.Share is null ? [] : share.Notes };
    }

    public static string DirectionName(TradeDirection direction) => direction switch
    {
        TradeDirection.Imports => "imports",
        TradeDirection.Exports => "exports",
        _ => "exports + imports",
    };
}
