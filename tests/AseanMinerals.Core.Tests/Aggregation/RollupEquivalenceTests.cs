using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 18: a figure read from the roll-ups (per period, reporter, flow, partner kind and commodity selection, made on
/// first use) equals the same figure with every cell walked one by one, for random cubes that mix what real data mixes:
/// World rows beside partner rows, TOTAL rows beside commodity rows, chapters beside subheadings, subset flows, members
/// that report nothing. The expectation is the cube's own cell walk (no roll-up read), not a copy of the roll-up code.
/// </summary>
public class RollupEquivalenceTests
{
    private static readonly AreaCode[] Reporters = [new(360), new(458), new(702), new(764), new(156)];
    private static readonly AreaCode[] Partners = [AreaCode.World, new(360), new(458), new(702), new(764), new(156), new(842)];
    private static readonly TradeFlow[] Flows = [TradeFlow.Export, TradeFlow.Import, TradeFlow.ReExport];
    private static readonly string[] Commodities = ["TOTAL", "260111", "720851", "740311", "710812", "270112", "850440", "26", "2601"];
    private static readonly TradePeriod[] Periods = [TradePeriod.Annual(2017), TradePeriod.Annual(2018)];

    [Property(MaxTest = 60)]
    public bool Every_figure_from_the_rollups_equals_the_cell_walk(int seed, PositiveInt size)
    {
        var cube = TradeCube.Build(RandomRecords(seed, Math.Min(size.Get, 80)));
        var walked = cube.WalkingCells();
        return Figures(cube).SequenceEqual(Figures(walked));
    }

    [Fact]
    public void The_cell_walk_answers_as_the_hand_made_figures_say()
    {
        // The reference of the property above is itself checked by hand: 25,500.00 of minerals trade in 2018 (see
        // HandMadeRecords.Year2018), read by walking the cells.
        var cube = TradeCube.Build(HandMadeRecords.Year2018).WalkingCells();

        cube.Value(HandMadeRecords.Y2018, AreaGroup.Asean()).Value.Should().Be(25_500.00m);
    }

    // The figures a report asks for, as text (each result's own record text, which lists every member of it).
    private static List<string> Figures(TradeCube cube)
    {
        var asean = AreaGroup.Asean();
        var pair = AreaGroup.Of("IDN+MYS", new AreaCode(360), new AreaCode(458));
        var figures = new List<object>();
        foreach (var period in Periods)
        {
            figures.Add(cube.Headline(period));
            figures.Add(cube.Headline(period, pair, basis: TotalBasis.SumOfCommodities));
            figures.Add(cube.Value(period, asean, partnerBasis: PartnerBasis.WorldRows));
            figures.Add(cube.Value(period, asean, partnerBasis: PartnerBasis.SumOfPartners));
            figures.Add(cube.Value(period, asean, CommoditySelection.Group("metallic-ores"), TradeDirection.Exports));
            figures.Add(cube.PartnerGroupShare(period, pair, AreaGroup.Of("CHN", new AreaCode(156)), CommoditySelection.All()));
            figures.Add(cube.SharesByReporter(period, asean));
            figures.Add(cube.SharesByPartner(period, asean, top: 3));
            figures.Add(cube.SharesByCommodityGroup(period, asean));
            figures.Add(cube.PartnerConcentration(period, asean));
            figures.Add(cube.Mirror(period, new AreaCode(360), new AreaCode(458)));
            figures.Add(cube.RevealedComparativeAdvantage(period, asean, CommoditySelection.Group("metallic-ores"), 1_000m, 100_000m));
            figures.Add(cube.MirrorFill(period, asean, options: new MirrorFillOptions()));
        }

        figures.Add(cube.Growth(asean, 2017, 2018));
        return [.. figures.Select(static f => System.Text.Json.JsonSerializer.Serialize(f, f.GetType()))];
    }

    private static List<TradeRecord> RandomRecords(int seed, int count)
    {
        var random = new Random(seed);
        var records = new List<TradeRecord>();
        for (var i = 0; i < count; i++)
        {
            var reporter = Reporters[random.Next(Reporters.Length)];
            var partner = Partners[random.Next(Partners.Length)];
            if (partner == reporter)
            {
                continue;
            }

            var value = random.Next(0, 1_000_000) / (random.Next(2) == 0 ? 1m : 100m);
            records.Add(HandMadeRecords.Record(reporter, partner, Flows[random.Next(Flows.Length)], Commodities[random.Next(Commodities.Length)], value, Periods[random.Next(Periods.Length)]));
        }

        return records;
    }
}
