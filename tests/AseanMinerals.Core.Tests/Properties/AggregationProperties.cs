using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace AseanMinerals.Core.Tests.Properties;

/// <summary>
/// The laws of the aggregation engine, for any records: merging cubes is associative and commutative and gives the one-pass
/// cube; the parts of a breakdown add up exactly to its total; shares lie in [0, 1] and a partition's shares add up to 1;
/// trade within ASEAN plus trade outside it is all trade, under either membership basis.
/// </summary>
[Properties(MaxTest = 100)]
public class AggregationProperties
{
    // A share is part / total rounded to decimal's 28 decimals: each part is off by at most one unit in the last place.
    private const decimal ShareRoundingPerPart = 1e-28m;

    private static readonly CommoditySelection AllBySum = CommoditySelection.All(TotalBasis.SumOfCommodities);

    private static readonly AreaGroup AllReporters = AreaGroup.Of("all reporters", CubeGenerators.Reporters);

    [Property]
    public Property Merge_is_commutative_and_associative_and_equals_the_one_pass_cube() =>
        Prop.ForAll(Split().ToArbitrary(), split =>
        {
            var (records, a, b) = split;
            var x = TradeCube.Build(records[..a]);
            var y = TradeCube.Build(records[a..b]);
            var z = TradeCube.Build(records[b..]);
            var onePass = TradeCube.Build(records);
            return x.Merge(y).Equals(y.Merge(x))
                && x.Merge(y).Merge(z).Equals(x.Merge(y.Merge(z)))
                && x.Merge(y).Merge(z).Equals(onePass)
                && z.Merge(x).Merge(y).Equals(onePass);
        });

    [Property]
    public Property The_parts_of_each_breakdown_add_up_exactly_to_its_total_and_the_total_to_the_value() =>
        ForAllCubes((cube, period) =>
        {
            var byReporter = cube.SharesByReporter(period, AllReporters, AllBySum);
            var byPartner = cube.SharesByPartner(period, AllReporters, top: 3, AllBySum);
            var byGroup = cube.SharesByCommodityGroup(period, AllReporters);
            var whole = cube.Value(period, AllReporters, AllBySum).Value;
            var scope = cube.Value(period, AllReporters).Value;

            // By partner: over the whole the headline gives (World rows where a reporter has them), the World rows' part
            // beyond the partner rows a part of its own; absent where partner rows exceed a World row (a contradiction) or
            // there are none (World rows only).
            var byPartnerAddsUp = byPartner.Absence?.Kind is FigureAbsenceKind.PartsExceedWhole or FigureAbsenceKind.NoPartnerRows
                ? whole is not null
                : AddsUp(byPartner, whole);
            return AddsUp(byReporter, whole) && byPartnerAddsUp && AddsUp(byGroup, scope);
        });

    [Property]
    public Property Every_share_of_a_breakdown_lies_between_0_and_1_and_the_shares_add_up_to_1() =>
        ForAllCubes((cube, period) =>
            new[]
            {
                cube.SharesByReporter(period, AllReporters, AllBySum),
                cube.SharesByPartner(period, AllReporters, top: 2, AllBySum),
                cube.SharesByCommodityGroup(period, AllReporters),
            }.All(SharesArePartition));

    [Property]
    public Property Intra_ASEAN_trade_plus_trade_outside_ASEAN_is_all_trade_with_a_changing_membership() =>
        ForAllCubes((cube, period) => IntraPlusExtraIsTotal(cube, period, MembershipBasis.Changing));

    [Property]
    public Property Intra_ASEAN_trade_plus_trade_outside_ASEAN_is_all_trade_with_a_fixed_membership() =>
        Prop.ForAll(
            Gen.Zip(Gen.Zip(CubeGenerators.RecordSets, Gen.Elements(CubeGenerators.Years)), Gen.Choose(0, 3 * 365)).ToArbitrary(),
            p => IntraPlusExtraIsTotal(TradeCube.Build(p.Item1.Item1), TradePeriod.Annual(p.Item1.Item2), MembershipBasis.FixedAsOf(new LocalDate(2024, 1, 1).PlusDays(p.Item2))));

    [Property]
    public Property The_intra_ASEAN_share_lies_between_0_and_1_when_there_are_no_World_rows() =>
        ForAllCubes(
            (cube, period) => cube.IntraGroupShare(period, AreaGroup.Asean(), AllBySum) is { Share: var share } && (share is null || (share >= 0 && share <= 1)),
            withoutWorldRows: true);

    [Property]
    public Property A_group_figure_is_the_sum_over_the_members_it_says_it_covers() =>
        ForAllCubes((cube, period) =>
        {
            var asean = AreaGroup.Asean();
            return new[] { CommoditySelection.All(), CommoditySelection.DefaultScope, AllBySum }.All(commodities =>
            {
                var group = cube.Value(period, asean, commodities);
                if (group.Value is null)
                {
                    return true;
                }

                var members = group.Coverage!.Covered.Sum(c => cube.Value(period, AreaGroup.Of(c.ToString(), c), commodities).Value ?? 0m);
                return members == group.Value && group.Coverage.Covered.Count + group.Coverage.Missing.Count == group.Coverage.Members.Count;
            });
        });

    [Property]
    public Property No_share_lies_outside_0_and_1_even_with_World_rows() =>
        ForAllCubes((cube, period) =>
        {
            var asean = AreaGroup.Asean();
            var shares = CubeGenerators.Reporters.Select(c => AreaGroup.Of(c.ToString(), c)).Append(asean).SelectMany(r => new[]
            {
                cube.ShareOfTotalTrade(period, r, basis: TotalBasis.SumOfCommodities),
                cube.PartnerGroupShare(period, r, asean, AllBySum),
                cube.PartnerGroupShare(period, r, asean),
                cube.IntraGroupShare(period, asean),
            });
            return shares.All(static s => s.Share is null ? s.AbsentReason is not null : s.Share is >= 0 and <= 1);
        });

    [Property]
    public Property Shuffling_or_splitting_the_records_changes_no_figure() =>
        Prop.ForAll(
            Gen.Zip(Split(), Gen.Elements(CubeGenerators.Years)).ToArbitrary(),
            p =>
            {
                var ((records, a, _), year) = p;
                var period = TradePeriod.Annual(year);
                var shuffled = records.Reverse().ToArray();
                var split = TradeCube.Build(records[a..]).Merge(TradeCube.Build(records[..a]));
                return Figures(TradeCube.Build(records), period) == Figures(TradeCube.Build(shuffled), period)
                    && Figures(TradeCube.Build(records), period) == Figures(split, period);
            });

    // Every figure in words (values, shares, coverage, reasons): equal texts, equal figures.
    private static string Figures(TradeCube cube, TradePeriod period)
    {
        var asean = AreaGroup.Asean();
        return string.Join(
            "\n",
            cube.Headline(period).ToString(),
            cube.TotalTrade(period, asean).ToString() + cube.TotalTrade(period, asean).Coverage,
            cube.ShareOfTotalTrade(period, asean).ToString() + cube.ShareOfTotalTrade(period, asean).Coverage,
            cube.SharesByPartner(period, asean, 3).ToString(),
            cube.SharesByReporter(period, asean).ToString(),
            cube.PartnerConcentration(period, asean).ToString());
    }

    private static bool IntraPlusExtraIsTotal(TradeCube cube, TradePeriod period, MembershipBasis basis)
    {
        var asean = AreaGroup.Asean(basis);
        var members = asean.MembersFor(period);
        var outside = AreaGroup.Of("outside ASEAN", Enumerable.Range(1, 999).Select(static c => new AreaCode(c)).Except(members));
        var intra = cube.Value(period, asean, AllBySum, partners: asean);
        var extra = cube.Value(period, asean, AllBySum, partners: outside);
        var total = cube.Value(period, asean, AllBySum, partnerBasis: PartnerBasis.SumOfPartners);

        // A member is not its own partner: its rows with itself (re-imports) are in the total and in neither part.
        var self = cube.Cells.Where(c => c.Period == period && c.Reporter == c.Partner && members.Contains(c.Reporter)
            && c.Flow is TradeFlow.Export or TradeFlow.Import && c.Commodity != CommodityClassifier.TotalCell
            && (total.Coverage?.Covered.Contains(c.Reporter) ?? false)).ToList();
        return (intra.Value ?? 0) + (extra.Value ?? 0) + self.Sum(static c => c.Value) == (total.Value ?? 0)
            && intra.Records + extra.Records + self.Sum(static c => c.Records) == total.Records;
    }

    private static bool AddsUp(ShareBreakdown breakdown, decimal? value) =>
        breakdown.Total is null
            ? value is null
            : breakdown.Parts.Sum(static p => p.Value) == breakdown.Total && breakdown.Total == value;

    private static bool SharesArePartition(ShareBreakdown breakdown)
    {
        if (breakdown.Total is null or 0)
        {
            return breakdown.Parts.All(static p => p.Share is null);
        }

        var shares = breakdown.Parts.Select(static p => p.Share!.Value).ToList();
        return shares.All(static s => s is >= 0 and <= 1) && Math.Abs(shares.Sum() - 1) <= shares.Count * ShareRoundingPerPart;
    }

    private static Property ForAllCubes(Func<TradeCube, TradePeriod, bool> law, bool withoutWorldRows = false) =>
        Prop.ForAll(
            Gen.Zip(CubeGenerators.RecordSets, Gen.Elements(CubeGenerators.Years)).ToArbitrary(),
            p => law(TradeCube.Build(withoutWorldRows ? p.Item1.Where(static r => !r.Partner.IsWorld) : p.Item1), TradePeriod.Annual(p.Item2)));

    // Records and two cut points, 0 <= a <= b <= length.
    private static Gen<(TradeRecord[] Records, int A, int B)> Split() =>
        from records in CubeGenerators.RecordSets
        from a in Gen.Choose(0, records.Length)
        from b in Gen.Choose(a, records.Length)
        select (records, a, b);
}
