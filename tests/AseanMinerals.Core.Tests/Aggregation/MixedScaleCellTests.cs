using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>Issue 11 (speed): the compact cell sums stay exact when the values of one cell come at several scales.</summary>
public class MixedScaleCellTests
{
    [Fact]
    public void Values_at_several_scales_in_one_cell_add_up_exactly_in_any_order()
    {
        // One cell (Indonesia's iron ore exports to China), values at scales 0, 1, 2, 3 and 17, the larger scales arriving
        // both before and after the smaller. By hand: 2 + 1.5 + 100.10 + 0.125 + 0.30000000000000004 + 7 = 111.02500000000000004.
        TradeRecord[] records =
        [
            Record(Indonesia, China, TradeFlow.Export, "260111", 2m),
            Record(Indonesia, China, TradeFlow.Export, "260111", 1.5m),
            Record(Indonesia, China, TradeFlow.Export, "260111", 100.10m),
            Record(Indonesia, China, TradeFlow.Export, "260111", 0.125m),
            Record(Indonesia, China, TradeFlow.Export, "260111", 0.30000000000000004m),
            Record(Indonesia, China, TradeFlow.Export, "260111", 7m),
        ];
        var expected = 111.02500000000000004m;

        var forward = TradeCube.Build(records);
        var backward = TradeCube.Build([.. records.Reverse()]);
        var parallel = TradeCube.BuildParallel(records, partitions: 2);

        forward.Cells.Should().ContainSingle().Which.Value.Should().Be(expected);
        backward.Cells.Single().Value.Should().Be(expected);
        parallel.Should().Be(forward);

        // The same cell read through the cube's index: over all partners (rolled up) and with China as a partner group.
        var indonesia = AreaGroup.Of("Indonesia", Indonesia);
        forward.Value(Y2018, indonesia, CommoditySelection.All(TotalBasis.SumOfCommodities), TradeDirection.Exports).Value.Should().Be(expected);
        forward.Value(Y2018, indonesia, CommoditySelection.All(TotalBasis.SumOfCommodities), TradeDirection.Exports, AreaGroup.Of("China", China)).Value.Should().Be(expected);
    }

    [Fact]
    public void A_cell_at_a_large_scale_beside_cells_at_small_scales_keeps_each_exact()
    {
        // Two cells of one reporter: 500,000,000,000 (scale 0) to China and 0.30000000000000004 (scale 17) to Malaysia.
        // Each cell keeps its own scale; their sum over partners, by hand, is 500,000,000,000.30000000000000004.
        var cube = TradeCube.Build(
        [
            Record(Indonesia, China, TradeFlow.Export, "260111", 500_000_000_000m),
            Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 0.30000000000000004m),
        ]);

        var value = cube.Value(Y2018, AreaGroup.Of("Indonesia", Indonesia), CommoditySelection.All(TotalBasis.SumOfCommodities), TradeDirection.Exports);

        value.Value.Should().Be(500_000_000_000.30000000000000004m);
        cube.Cells.Select(static c => c.Value).Should().BeEquivalentTo([500_000_000_000m, 0.30000000000000004m]);
    }
}
