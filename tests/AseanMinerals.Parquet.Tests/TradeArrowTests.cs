using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using AseanMinerals.Testing;

namespace AseanMinerals.Parquet.Tests;

/// <summary>Arrow IPC files: written a record batch at a time, read back through the trade-source contract.</summary>
public sealed class TradeArrowTests
{
    [Fact]
    public async Task A_file_gives_back_every_record_as_written()
    {
        // The hand-picked records of the Parquet round trip: a leading-zero reporter and code, a month, a breakdown row, a
        // subset flow, every flag, measures present and absent, the largest decimal and the smallest step of scale 9.
        using var folder = new TempFolder();
        var result = await TradeArrow.WriteFileAsync(TradeParquetRoundTripTests.Records.ToAsyncEnumerable(), folder["trade.arrow"]);

        var source = TradeArrow.Open(folder["trade.arrow"]);
        var read = await source.ToListAsync();

        result.Rows.Should().Be(4);
        folder.Files().Should().Equal("trade.arrow"); // no temporary file is left
        read.Should().Equal(TradeParquetRoundTripTests.Records);
        source.Summary.RowsRead.Should().Be(4);
        source.Summary.Records.Should().Be(4);
        source.Summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task Many_record_batches_give_the_cube_of_the_records()
    {
        using var folder = new TempFolder();
        var records = new TradeRecordGenerator(seed: 23).Generate(10_000).ToArray();

        await TradeArrow.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.arrow"], new TradeParquetWriteOptions { RowGroupSize = 1_000 });
        var cube = await TradeCube.BuildAsync(TradeArrow.Open(folder["trade.arrow"]));

        cube.Should().Be(TradeCube.Build(records));
    }

    [Fact]
    public async Task A_value_with_more_decimals_than_the_scale_is_refused_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        TradeRecord[] records = [new(TradePeriod.Annual(2022), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.Total, 0.0000000001m)];

        var write = () => TradeArrow.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.arrow"]);

        (await write.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("record");
        folder.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task An_existing_file_is_not_replaced()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["trade.arrow"], "keep me");

        var write = () => TradeArrow.WriteFileAsync(TradeParquetRoundTripTests.Records.ToAsyncEnumerable(), folder["trade.arrow"]);

        await write.Should().ThrowAsync<IOException>();
        (await File.ReadAllTextAsync(folder["trade.arrow"])).Should().Be("keep me");
    }

    [Fact]
    public async Task A_bad_cell_is_an_issue_at_its_row_and_column_and_with_collect_the_reading_goes_on()
    {
        // A record with a reporter of four digits cannot be written through TradeRecord, so write a file whose reporter
        // column holds one, with the Arrow library itself.
        using var folder = new TempFolder();
        var schema = new Apache.Arrow.Schema.Builder()
            .Field(f => f.Name("period").DataType(Apache.Arrow.Types.StringType.Default))
            .Field(f => f.Name("reporter").DataType(Apache.Arrow.Types.StringType.Default))
            .Field(f => f.Name("partner").DataType(Apache.Arrow.Types.StringType.Default))
            .Field(f => f.Name("flow").DataType(Apache.Arrow.Types.StringType.Default))
            .Field(f => f.Name("commodity").DataType(Apache.Arrow.Types.StringType.Default))
            .Field(f => f.Name("value").DataType(new Apache.Arrow.Types.Decimal128Type(38, 2)))
            .Build();
        Apache.Arrow.IArrowArray Strings(params string[] values) => new Apache.Arrow.StringArray.Builder().AppendRange(values).Build();
        var value = new Apache.Arrow.Decimal128Array.Builder(new Apache.Arrow.Types.Decimal128Type(38, 2)).Append(1.5m).Append(2.25m).Build();
        var batch = new Apache.Arrow.RecordBatch(schema, [Strings("2022", "2022"), Strings("360", "3600"), Strings("000", "000"), Strings("export", "export"), Strings("TOTAL", "TOTAL"), value], 2);
        await using (var stream = File.Create(folder["other.arrow"]))
        {
            using var writer = new Apache.Arrow.Ipc.ArrowFileWriter(stream, schema);
            await writer.WriteRecordBatchAsync(batch);
            await writer.WriteEndAsync();
        }

        var stop = () => TradeArrow.Open(folder["other.arrow"]).ToListAsync().AsTask();
        var collect = TradeArrow.Open(folder["other.arrow"], new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        var read = await collect.ToListAsync();

        (await stop.Should().ThrowAsync<ValidationException>()).WithMessage("*other.arrow*2*reporter*'3600'*");
        read.Should().ContainSingle().Which.Value.Should().Be(1.5m); // the columns the writer left out read as absent
        collect.Summary.RowsRead.Should().Be(2);
        collect.Summary.Rejected.Should().Be(1);
    }
}
