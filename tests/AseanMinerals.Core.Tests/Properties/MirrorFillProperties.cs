using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Properties;

/// <summary>
/// The laws of mirror fill-in, for any records (review 2026-12-02, findings 2 and 11): a filled group figure is the sum
/// over the members it says it counts, each filled alone; it is absent with a reason or a number, never both and never
/// neither; its mirror share lies in [0, 1]; every member and flow is reported, filled or missing, once; shuffling or
/// splitting the records changes nothing.
/// </summary>
[Properties(MaxTest = 100)]
public class MirrorFillProperties
{
    private static readonly CommoditySelection[] Selections = [CommoditySelection.All(), CommoditySelection.DefaultScope];

    private static readonly TradeDirection[] Directions = [TradeDirection.Exports, TradeDirection.Imports, TradeDirection.ExportsAndImports];

    // The shared generator's records, every third a TOTAL row: members and partners with TOTAL rows only, commodity rows
    // only, or both (the mixes where a figure cannot be told).
    private static readonly Gen<TradeRecord[]> RecordSets =
        CubeGenerators.RecordSets.Select(static records => records.Select(static (r, i) => i % 3 == 0 ? r with { Commodity = HsCode.Total } : r).ToArray());

    [Property]
    public Property A_mirror_filled_group_figure_is_the_sum_over_the_members_it_counts_each_filled_alone() =>
        ForAllCubes((cube, period) => Fills(cube, period).All(f =>
        {
            var (group, commodities, direction) = f;
            if (group.Total is null)
            {
                return true;
            }

            var members = group.Coverage!.Covered.Sum(c => cube.MirrorFill(period, AreaGroup.Of(c.ToString(), c), commodities, direction).Total ?? 0m);
            return members == group.Total;
        }));

    [Property]
    public Property A_mirror_filled_figure_is_a_number_or_an_absence_with_a_share_in_0_to_1_and_every_member_once() =>
        ForAllCubes((cube, period) => Fills(cube, period).All(f =>
        {
            var (filled, _, direction) = f;
            var flows = direction == TradeDirection.ExportsAndImports ? 2 : 1;
            var coverage = filled.Coverage!;
            return (filled.Total is null) == (filled.Absence is not null)
                && filled.MirrorShare is null or (>= 0 and <= 1)
                && filled.Members.Count == coverage.Members.Count * flows
                && filled.Members.DistinctBy(static m => (m.Member, m.Flow)).Count() == filled.Members.Count
                && coverage.Covered.Count + coverage.Missing.Count == coverage.Members.Count
                && coverage.Covered.All(c => filled.Members.Where(m => m.Member == c).All(static m => m.Fill != MemberFill.Missing));
        }));

    [Property]
    public Property Shuffling_or_splitting_the_records_changes_no_mirror_filled_figure() =>
        Prop.ForAll(
            Gen.Zip(RecordSets, Gen.Elements(CubeGenerators.Years)).SelectMany(
                static p => Gen.Choose(0, p.Item1.Length), static (p, a) => (Records: p.Item1, Year: p.Item2, Cut: a)).ToArbitrary(),
            p =>
            {
                var period = TradePeriod.Annual(p.Year);
                var once = Text(TradeCube.Build(p.Records), period);
                var split = TradeCube.Build(p.Records[p.Cut..]).Merge(TradeCube.Build(p.Records[..p.Cut]));
                return once == Text(TradeCube.Build(p.Records.Reverse().ToArray()), period) && once == Text(split, period);
            });

    private static string Text(TradeCube cube, TradePeriod period) =>
        string.Join("\n", Fills(cube, period).Select(static f => $"{f.Filled} {f.Filled.Coverage} {string.Join(",", f.Filled.Estimates.OrderBy(static e => (e.Reporter.Value, e.SourceReporter.Value, e.Flow)))}"));

    private static IEnumerable<(MirrorFilledValue Filled, CommoditySelection Commodities, TradeDirection Direction)> Fills(TradeCube cube, TradePeriod period) =>
        from commodities in Selections
        from direction in Directions
        select (cube.MirrorFill(period, AreaGroup.Asean(), commodities, direction), commodities, direction);

    private static Property ForAllCubes(Func<TradeCube, TradePeriod, bool> law) =>
        Prop.ForAll(
            Gen.Zip(RecordSets, Gen.Elements(CubeGenerators.Years)).ToArbitrary(),
            p => law(TradeCube.Build(p.Item1), TradePeriod.Annual(p.Item2)));
}
