using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 11 (speed): while a cube is built, a cell's sum and record count share one 64-bit word (a 48-bit sum, a 16-bit
/// count); a cell whose sum or count outgrows the word is kept beside the table. The sums and counts stay exact across
/// that edge, both ways, in one pass, in parallel and through merges.
/// </summary>
public class CompactSlotTests
{
    private static readonly CommodityClassifier Minerals = MineralsClassification.DefaultClassifier;

    [Fact]
    public void A_sum_that_crosses_48_bits_and_comes_back_stays_exact()
    {
        // 2^47 - 1 = 140,737,488,355,327, so 1,407,374,883,553.27 is the largest sum the word holds in cents (scale 2).
        // By hand: 1,407,374,883,553.27 + 0.01 = 1,407,374,883,553.28 (one past the word);
        // + 5,000,000,000,000.00 = 6,407,374,883,553.28; - 6,000,000,000,000.00 = 407,374,883,553.28 (back in the word);
        // + 0.02 = 407,374,883,553.30. A builder refuses a negative record (AMC2001), so the way back is taken by cells
        // computed elsewhere (TradeCube.FromCells adds them as they are).
        TradeCubeCell[] cells =
        [
            Cell(1_407_374_883_553.27m),
            Cell(0.01m),
            Cell(5_000_000_000_000.00m),
            Cell(-6_000_000_000_000.00m),
            Cell(0.02m),
        ];

        var cube = TradeCube.FromCells(cells, Minerals);
        var cell = cube.Cells.Should().ContainSingle().Subject;
        cell.Value.Should().Be(407_374_883_553.30m);
        cell.Records.Should().Be(5);
        TradeCube.FromCells([.. cells.Reverse()], Minerals).Should().Be(cube);

        // Stopping at the edge: the first two alone are one past it, 1,407,374,883,553.28 (kept beside the table), from
        // records in one pass, one at a time and in parallel alike.
        TradeRecord[] records = [Record(Indonesia, China, TradeFlow.Export, "260111", 1_407_374_883_553.27m), Record(Indonesia, China, TradeFlow.Export, "260111", 0.01m)];
        var edge = TradeCube.Build(records.AsSpan(), Minerals);
        edge.Cells.Single().Value.Should().Be(1_407_374_883_553.28m);
        TradeCube.Build(records).Should().Be(edge);
        TradeCube.Build([.. records.Reverse()]).Should().Be(edge);
        TradeCube.BuildParallel(records, partitions: 2).Should().Be(edge);

        // A negative sum past the edge: -(2^47) - 1 cents = -1,407,374,883,553.29.
        TradeCube.FromCells([Cell(-1_407_374_883_553.28m), Cell(-0.01m)], Minerals).Cells.Single().Value.Should().Be(-1_407_374_883_553.29m);
    }

    // A cell of Indonesia's 2018 exports of 260111 to China holding one record of the value.
    private static TradeCubeCell Cell(decimal value) =>
        new(Y2018, Indonesia, China, TradeFlow.Export, Minerals.CellIndexOf(HsCode.Parse("260111")), value, 1, HsCodeLevels.Subheading);

    [Fact]
    public void A_cell_of_more_than_65535_records_counts_and_sums_every_one()
    {
        // 70,000 records of 0.01 (cents: each a new trade of the same cell), one more than 2^16 - 1 = 65,535 after the
        // 65,536th. By hand: 70,000 x 0.01 = 700.00; with another 1,000 records of 2.50 in a second cube: 700.00 + 2,500.00.
        var records = Enumerable.Repeat(Record(Indonesia, China, TradeFlow.Export, "260111", 0.01m), 70_000).ToArray();
        var more = Enumerable.Repeat(Record(Indonesia, China, TradeFlow.Export, "260111", 2.50m), 1_000).ToArray();

        var cube = TradeCube.Build(records.AsSpan(), Minerals);
        var cell = cube.Cells.Should().ContainSingle().Subject;
        cell.Value.Should().Be(700.00m);
        cell.Records.Should().Be(70_000);
        TradeCube.BuildParallel(records, partitions: 2).Should().Be(cube);

        // Merged with a cube of the other 1,000: the counts of the two add up beyond 16 bits, in either order.
        var merged = cube.Merge(TradeCube.Build(more));
        merged.Cells.Single().Should().Match<TradeCubeCell>(static c => c.Value == 3_200.00m && c.Records == 71_000);
        TradeCube.Build(more).Merge(cube).Should().Be(merged);
        TradeCube.Build([.. more, .. records]).Should().Be(merged);
        TradeCube.Build(records).Should().Be(cube); // one record at a time
    }
}
