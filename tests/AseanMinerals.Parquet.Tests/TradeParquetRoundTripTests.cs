using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Parquet.Tests;

public sealed class TradeParquetRoundTripTests
{
    // Records chosen by hand to hit what fixtures tend to hide: a reporter with a leading zero (096 Brunei), a chapter
    // code with one (01), a month, a breakdown row, a subset flow, every flag, measures present and absent, the largest
    // decimal (29 digits) and the smallest step the default scale keeps (1e-9).
    internal static readonly TradeRecord[] Records =
    [
        new(TradePeriod.Annual(2018), new AreaCode(96), AreaCode.World, TradeFlow.Export, HsCode.Parse("2603"), 1234.56m),
        new(TradePeriod.Monthly(2022, 6), new AreaCode(360), new AreaCode(156), TradeFlow.Import, HsCode.Parse("01"), 79228162514264337593543950335m)
        {
            Revision = HsRevision.Hs2022, NetWeightKg = 12.5, Quantity = 3, QuantityUnitCode = 8,
            Flags = TradeRecordFlags.QuantityEstimated | TradeRecordFlags.NotReported | TradeRecordFlags.Aggregated,
        },
        new(TradePeriod.Annual(2022), new AreaCode(360), new AreaCode(156), TradeFlow.Import, HsCode.Total, 0.000000001m)
        {
            Breakdown = new TradeBreakdown(new AreaCode(458), 1, 2100),
        },
        new(TradePeriod.Annual(2021), new AreaCode(704), new AreaCode(842), TradeFlow.ReExport, HsCode.Parse("260300"), 0m),
    ];

    [Fact]
    public async Task A_file_gives_back_every_record_as_written()
    {
        using var folder = new TempFolder();
        var result = await TradeParquet.WriteFileAsync(Records.ToAsyncEnumerable(), folder["trade.parquet"]);

        result.Rows.Should().Be(4);
        result.Files.Should().Equal(folder["trade.parquet"]);
        folder.Files().Should().Equal("trade.parquet"); // no temporary file is left
        var source = TradeParquet.Open(folder["trade.parquet"]);
        var read = await source.ToListAsync();
        read.Should().Equal(Records);
        source.Summary.RowsRead.Should().Be(4);
        source.Summary.Records.Should().Be(4);
        source.Summary.IsReconciled.Should().BeTrue();
        source.Summary.IsComplete.Should().BeTrue();
        source.Summary.Format.Should().Be("Parquet");
    }

    [Fact]
    public async Task Codes_keep_their_leading_zeros_and_the_value_is_decimal_38_9()
    {
        using var folder = new TempFolder();
        await TradeParquet.WriteFileAsync(Records.ToAsyncEnumerable(), folder["trade.parquet"]);

        await using var reader = await global::Parquet.ParquetReader.CreateAsync(folder["trade.parquet"]);
        var fields = reader.Schema.DataFields.ToDictionary(f => f.Name);
        fields.Keys.Should().Equal("period", "year", "month", "reporter", "partner", "flow", "commodity", "revision", "value",
            "netWeightKg", "quantity", "quantityUnitCode", "flags", "secondPartner", "customsProcedure", "transportMode",
            "conversionSourceCommodity", "conversionSourceRevision", "conversionWeight");
        var value = fields["value"].Should().BeOfType<global::Parquet.Schema.DecimalDataField>().Subject;
        (value.Precision, value.Scale).Should().Be((38, 9));
        using var group = reader.OpenRowGroupReader(0);
        var reporters = new string?[4];
        await group.ReadAsync(fields["reporter"], reporters.AsMemory());
        reporters.Should().Equal("096", "360", "360", "704");
        var commodities = new string?[4];
        await group.ReadAsync(fields["commodity"], commodities.AsMemory());
        commodities.Should().Equal("2603", "01", "TOTAL", "260300");
        var flags = new string?[4];
        await group.ReadAsync(fields["flags"], flags.AsMemory());
        flags.Should().Equal("none", "quantityEstimated,notReported,aggregated", "none", "none");
    }

    [Fact]
    public async Task A_value_with_more_decimals_than_the_scale_is_refused_and_nothing_is_left()
    {
        using var folder = new TempFolder();
        TradeRecord[] records = [Records[0], Records[0] with { Value = 0.0000000001m }]; // ten decimals: the scale keeps nine

        var write = () => TradeParquet.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.parquet"]);

        (await write.Should().ThrowAsync<ArgumentException>()).WithMessage("*0.0000000001*more than 9 decimals*refused, not rounded*");
        folder.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_larger_scale_keeps_more_decimals()
    {
        using var folder = new TempFolder();
        TradeRecord[] records = [Records[0] with { Value = 0.0000000001m }];

        await TradeParquet.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.parquet"], new TradeParquetWriteOptions { ValueScale = 12 });

        (await TradeParquet.Open(folder["trade.parquet"]).ToListAsync()).Single().Value.Should().Be(0.0000000001m);
    }

    [Fact]
    public async Task An_existing_file_is_not_replaced()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["trade.parquet"], "keep me");

        var write = () => TradeParquet.WriteFileAsync(Records.ToAsyncEnumerable(), folder["trade.parquet"]);

        (await write.Should().ThrowAsync<IOException>()).WithMessage("*trade.parquet*exists*not replaced*");
        (await File.ReadAllTextAsync(folder["trade.parquet"])).Should().Be("keep me");
        folder.Files().Should().Equal("trade.parquet");
    }

    [Fact]
    public async Task No_records_give_a_file_with_the_columns_and_no_rows()
    {
        using var folder = new TempFolder();
        var result = await TradeParquet.WriteFileAsync(Array.Empty<TradeRecord>().ToAsyncEnumerable(), folder["empty.parquet"]);

        result.Rows.Should().Be(0);
        var source = TradeParquet.Open(folder["empty.parquet"]);
        (await source.ToListAsync()).Should().BeEmpty();
        source.Summary.RowsRead.Should().Be(0);
        source.Summary.IsComplete.Should().BeTrue();
    }

    [Fact]
    public async Task Small_row_groups_are_read_one_after_another()
    {
        using var folder = new TempFolder();
        // 1,001 rows in row groups of 100: eleven groups, the last of one row.
        var records = Enumerable.Range(0, 1001).Select(i => Records[0] with { Value = i }).ToArray();
        await TradeParquet.WriteFileAsync(records.ToAsyncEnumerable(), folder["trade.parquet"], new TradeParquetWriteOptions { RowGroupSize = 100 });

        await using (var reader = await global::Parquet.ParquetReader.CreateAsync(folder["trade.parquet"]))
        {
            reader.RowGroupCount.Should().Be(11);
        }

        var source = TradeParquet.Open(folder["trade.parquet"]);
        (await source.ToListAsync()).Should().Equal(records);
        source.CurrentLine.Should().Be(1001);
    }
}
