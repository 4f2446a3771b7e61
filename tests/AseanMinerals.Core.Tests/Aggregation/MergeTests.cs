using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using FsCheck;
using FsCheck.Xunit;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

public class MergeTests
{
    private static readonly TradeRecordGenerator Generator = new(seed: 7);

    [Fact]
    public void Merging_two_halves_equals_the_one_pass_cube()
    {
        var records = Year2018;
        var oneP = TradeCube.Build(records);

        var merged = TradeCube.Build(records[..8]).Merge(TradeCube.Build(records[8..]));

        merged.Should().Be(oneP);
        merged.Value(Y2018, AreaGroup.Asean()).Value.Should().Be(25_500.00m);
    }

    [Fact]
    public async Task Parallel_partitions_async_streams_and_cells_give_the_one_pass_cube()
    {
        var records = Generator.Generate(20_000).ToArray();
        var onePass = TradeCube.Build(records);

        TradeCube.BuildParallel(records, partitions: 3).Should().Be(onePass);
        (await TradeCube.BuildAsync(ToAsync(records))).Should().Be(onePass);
        TradeCube.FromCells(onePass.Cells).Cells.Should().Equal(onePass.Cells);
    }

    [Fact]
    public void Parallel_parts_and_merged_slices_give_the_one_pass_cube_with_a_sum_beyond_96_bits_a_breakdown_and_mixed_scales()
    {
        // Four threads. With a filter each takes two records, and the two 700,000,000,000.00000000000000001 values (29 digits:
        // each fits a decimal, their sum at scale 17 does not fit 96 bits) are in different slices, so the merge must carry
        // them exactly; without one each thread keeps its part of the key space.
        var huge = 700_000_000_000.00000000000000001m;
        TradeRecord[] records =
        [
            Record(Indonesia, China, TradeFlow.Export, "260111", huge),
            Record(Indonesia, China, TradeFlow.Export, "260111", 2m),
            Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 1.5m),
            Record(Indonesia, China, TradeFlow.Export, "260111", 0.25m) with { Breakdown = new TradeBreakdown(World, 1, 0) },
            Record(Indonesia, China, TradeFlow.Export, "260111", huge),
            Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 0.125m),
            Record(Malaysia, China, TradeFlow.Import, "2601", 10m),
            Record(Malaysia, China, TradeFlow.Import, "2601", 0.1m),
        ];

        var parallel = TradeCube.BuildParallel(records, partitions: 4);

        var filter = TradeCubeFilter.For(Y2018, AreaGroup.Asean()); // keeps every record here: both reporters are members
        var merged = TradeCube.BuildParallel(records, partitions: 4, filter: filter);

        parallel.Should().Be(TradeCube.Build(records));
        merged.Should().Be(TradeCube.Build(records, MineralsClassification.DefaultClassifier, filter));
        merged.Cells.Should().Equal(parallel.Cells);
        parallel.Statistics.RecordsRead.Should().Be(8);
        parallel.Statistics.BreakdownRecordsSetAside.Should().Be(1);
        parallel.Statistics.Cells.Should().Be(3);

        // By hand: Indonesia to China 2 x huge + 2 = 1,400,000,000,002.00000000000000002 (beyond a decimal's 28 digits, so
        // read as a decimal rounded to 1,400,000,000,002.0000000000000); to Malaysia 1.5 + 0.125 = 1.625; Malaysia 10.1.
        parallel.Cells.Select(static c => c.Value).Should().Equal(1_400_000_000_002.0000000000000m, 1.625m, 10.1m);
        parallel.Cells.Select(static c => c.Records).Should().Equal(3, 2, 2);
    }

    [Fact]
    public void Cells_keep_values_with_different_numbers_of_decimals_exact()
    {
        var cube = TradeCube.Build(
        [
            Record(Indonesia, China, TradeFlow.Export, "260111", 1_588_852_981_506.719m),
            Record(Indonesia, China, TradeFlow.Export, "260112", 0.281m),
            Record(Indonesia, China, TradeFlow.Export, "260120", 3m),
        ]);

        // 1,588,852,981,506.719 + 0.281 + 3 = 1,588,852,981,510.000
        cube.Value(Y2018, AreaGroup.Of("Indonesia", Indonesia)).Value.Should().Be(1_588_852_981_510.000m);
    }

    [Fact]
    public void A_cube_computed_elsewhere_travels_as_JSON_cells_and_merges()
    {
        var elsewhere = TradeCube.Build(Year2018[..8]);
        var json = System.Text.Json.JsonSerializer.Serialize<IReadOnlyList<TradeCubeCell>>([.. elsewhere.Cells], AseanMinerals.Core.Serialization.AseanMineralsJson.Options);

        var cells = System.Text.Json.JsonSerializer.Deserialize<IReadOnlyList<TradeCubeCell>>(json, AseanMinerals.Core.Serialization.AseanMineralsJson.Options)!;
        var merged = TradeCube.FromCells(cells).Merge(TradeCube.Build(Year2018[8..]));

        json.Should().Contain("\"levels\":\"total\"").And.Contain("\"flow\":\"export\"");
        merged.Cells.Should().Equal(TradeCube.Build(Year2018).Cells);
    }

    [Property(MaxTest = 40)]
    public bool Merge_of_any_split_in_any_order_equals_the_one_pass_cube(PositiveInt size, NonNegativeInt first, NonNegativeInt second, bool reverse)
    {
        var records = Generator.Generate(Math.Min(size.Get * 7, 3_000)).ToArray();
        var a = Math.Min(first.Get, records.Length);
        var b = Math.Min(a + second.Get, records.Length);
        var parts = new[] { TradeCube.Build(records[..a]), TradeCube.Build(records[a..b]), TradeCube.Build(records[b..]) };
        if (reverse)
        {
            Array.Reverse(parts);
        }

        var leftFirst = parts[0].Merge(parts[1]).Merge(parts[2]);
        var rightFirst = parts[0].Merge(parts[1].Merge(parts[2]));
        var onePass = TradeCube.Build(records);
        return leftFirst.Equals(onePass) && rightFirst.Equals(onePass);
    }

    private static async IAsyncEnumerable<TradeRecord> ToAsync(IEnumerable<TradeRecord> records)
    {
        foreach (var record in records)
        {
            yield return record;
        }

        await Task.CompletedTask;
    }
}
