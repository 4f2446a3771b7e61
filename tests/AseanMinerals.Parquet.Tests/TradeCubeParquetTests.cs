using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;

namespace AseanMinerals.Parquet.Tests;

/// <summary>Partial cubes as Parquet files: written on one machine each, read back, merged, queried.</summary>
public sealed class TradeCubeParquetTests
{
    [Fact]
    public async Task Parts_written_to_parquet_and_merged_give_the_cells_of_the_whole_cube()
    {
        using var folder = new TempFolder();
        var records = new TradeRecordGenerator(seed: 18).Generate(5_000).DistinctBy(static r => (r.Period, r.Reporter, r.Partner, r.Flow, r.Commodity, r.Breakdown)).ToArray();
        var whole = TradeCube.Build(records);

        // Two machines, each with its years: the parts' coverage cannot overlap.
        var years = records.Select(static r => r.Period.Year).Distinct().Order().ToArray();
        var early = records.Where(r => r.Period.Year <= years[years.Length / 2]).ToArray();
        var late = records.Where(r => r.Period.Year > years[years.Length / 2]).ToArray();
        await TradeCubeParquet.WriteAsync(TradeCubePart.Build("machine-1", early), folder["machine-1.parquet"]);
        await TradeCubeParquet.WriteAsync(TradeCubePart.Build("machine-2", late), folder["machine-2.parquet"]);

        var merged = TradeCubePart.Merge([await TradeCubeParquet.ReadAsync(folder["machine-2.parquet"]), await TradeCubeParquet.ReadAsync(folder["machine-1.parquet"])]);

        late.Should().NotBeEmpty();
        merged.ToCube().Cells.Should().Equal(whole.Cells);
        merged.Statistics.Should().Be(whole.Statistics);
        folder.Files().Should().Equal("machine-1.parquet", "machine-2.parquet"); // no temporary file is left
    }

    [Fact]
    public async Task A_part_reads_back_as_written_with_exact_values()
    {
        using var folder = new TempFolder();
        TradeRecord[] records =
        [
            new(TradePeriod.Monthly(2022, 6), new AreaCode(96), AreaCode.World, TradeFlow.Export, HsCode.Parse("2603"), 79_228_162_514_264_337_593.000000001m),
            new(TradePeriod.Annual(2022), new AreaCode(360), new AreaCode(156), TradeFlow.Import, HsCode.Total, 0.000000001m),
        ];
        var part = TradeCubePart.Build("part", records);

        await TradeCubeParquet.WriteAsync(part, folder["part.parquet"]);
        var back = await TradeCubeParquet.ReadAsync(folder["part.parquet"]);

        back.Cells.Should().Equal(part.Cells);
        back.Coverage.Should().Equal(part.Coverage);
        back.Statistics.Should().Be(part.Statistics);
        back.Parts.Should().Equal("part");
        back.Cells.Select(static c => c.Value).Should().BeEquivalentTo([79_228_162_514_264_337_593.000000001m, 0.000000001m]);
    }

    [Fact]
    public async Task A_sum_with_more_decimals_than_the_scale_is_refused_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var part = TradeCubePart.Build("part", [new(TradePeriod.Annual(2022), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.Total, 0.0000000001m)]);

        var write = () => TradeCubeParquet.WriteAsync(part, folder["part.parquet"]);

        await write.Should().ThrowAsync<ArgumentException>().WithMessage("*more than 9 decimals*refused, not rounded*");
        folder.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_trade_record_file_is_not_a_partial_cube()
    {
        using var folder = new TempFolder();
        await TradeParquet.WriteFileAsync(TradeParquetRoundTripTests.Records.ToAsyncEnumerable(), folder["trade.parquet"]);

        var read = () => TradeCubeParquet.ReadAsync(folder["trade.parquet"]);

        await read.Should().ThrowAsync<InvalidDataException>().WithMessage("*not a partial cube*asean-minerals.trade-cube-part*");
    }

    [Fact]
    public async Task An_existing_file_is_not_replaced()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["part.parquet"], "keep me");

        var write = () => TradeCubeParquet.WriteAsync(TradeCubePart.Build("part", []), folder["part.parquet"]);

        await write.Should().ThrowAsync<IOException>();
        (await File.ReadAllTextAsync(folder["part.parquet"])).Should().Be("keep me");
    }
}
