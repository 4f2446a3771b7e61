using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using Parquet.Schema;

namespace AseanMinerals.Parquet.Tests;

public sealed class TradeParquetDatasetTests
{
    private static readonly TradeRecord[] Records = TradeParquetRoundTripTests.Records;

    [Fact]
    public async Task A_dataset_is_split_by_year_then_reporter_hive_style()
    {
        using var folder = new TempFolder();
        var result = await TradeParquet.WriteDatasetAsync(Records.ToAsyncEnumerable(), folder["trade"]);

        // The four records fall in 2018/096, 2022/360 (two, one monthly and one annual) and 2021/704.
        folder.Files().Should().Equal(
            "trade/year=2018/reporter=096/part-0.parquet",
            "trade/year=2021/reporter=704/part-0.parquet",
            "trade/year=2022/reporter=360/part-0.parquet");
        result.Rows.Should().Be(4);
        result.Files.Should().HaveCount(3);
        var source = TradeParquet.Open(folder["trade"]);
        (await source.ToListAsync()).Should().BeEquivalentTo(Records);
        source.Summary.RowsRead.Should().Be(4);
        source.Summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task Partition_pruning_opens_only_the_years_and_reporters_of_the_question()
    {
        using var folder = new TempFolder();
        await TradeParquet.WriteDatasetAsync(Records.ToAsyncEnumerable(), folder["trade"]);

        // 2022 (annual and June) lives in one of the three partitions; the other two (one row each) are not opened.
        var of2022 = TradeParquet.Open(folder["trade"], Asking(new TradeCubeFilter([TradePeriod.Annual(2022), TradePeriod.Monthly(2022, 6)])));
        of2022.Files().Should().ContainSingle().Which.Should().Contain("year=2022");
        (await of2022.ToListAsync()).Should().Equal(Records[1], Records[2]);
        of2022.Summary.RowsRead.Should().Be(4); // the two rows of the pruned files are counted from their footers...
        of2022.Summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(2); // ...as outside the question
        (of2022.Summary.RowsSkippedUnread, of2022.Summary.FilesSkipped, of2022.Summary.RowGroupsSkipped).Should().Be((2, 2, 0));
        of2022.Summary.IsReconciled.Should().BeTrue();

        var ofBrunei = TradeParquet.Open(folder["trade"], Asking(new TradeCubeFilter(reporters: [new AreaCode(96)])));
        (await ofBrunei.ToListAsync()).Should().Equal(Records[0]);

        var none = TradeParquet.Open(folder["trade"], Asking(new TradeCubeFilter([TradePeriod.Annual(2018)], [new AreaCode(360)])));
        (await none.ToListAsync()).Should().BeEmpty();
        none.Files().Should().BeEmpty();
        (none.Summary.RowsRead, none.Summary.SetAside, none.Summary.FilesSkipped).Should().Be((4, 4, 3));
    }

    private static TradeSourceOptions Asking(TradeCubeFilter question) => new() { Question = question };

    [Fact]
    public async Task A_partition_larger_than_the_file_size_gets_more_files()
    {
        using var folder = new TempFolder();
        // 25 rows of one partition, at most 10 a file: 10 + 10 + 5.
        var records = Enumerable.Range(1, 25).Select(i => Records[0] with { Value = i }).ToArray();
        var options = new TradeParquetWriteOptions { MaxRowsPerFile = 10, RowGroupSize = 4, PartitionBy = TradeParquetPartitioning.Year };

        await TradeParquet.WriteDatasetAsync(records.ToAsyncEnumerable(), folder["trade"], options);

        folder.Files().Should().Equal("trade/year=2018/part-0.parquet", "trade/year=2018/part-1.parquet", "trade/year=2018/part-2.parquet");
        (await TradeParquet.Open(folder["trade"]).ToListAsync()).Should().Equal(records);
    }

    [Fact]
    public async Task Memory_is_bounded_by_writing_the_largest_partition_early_and_no_row_is_lost()
    {
        using var folder = new TempFolder();
        // 300 rows over 3 reporters in turn, at most 50 held: row groups are written early, every row still lands once.
        var reporters = new[] { 96, 360, 704 };
        var records = Enumerable.Range(0, 300).Select(i => Records[0] with { Reporter = new AreaCode(reporters[i % 3]), Value = i }).ToArray();
        var options = new TradeParquetWriteOptions { MaxBufferedRows = 50, PartitionBy = TradeParquetPartitioning.Reporter };

        var result = await TradeParquet.WriteDatasetAsync(records.ToAsyncEnumerable(), folder["trade"], options);

        result.Rows.Should().Be(300);
        folder.Files().Should().Equal("trade/reporter=096/part-0.parquet", "trade/reporter=360/part-0.parquet", "trade/reporter=704/part-0.parquet");
        (await TradeParquet.Open(folder["trade"]).ToListAsync()).Should().BeEquivalentTo(records);
    }

    [Fact]
    public async Task A_dataset_file_that_exists_is_not_replaced_and_no_new_file_is_kept()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder["trade/year=2021/reporter=704"]);
        await File.WriteAllTextAsync(folder["trade/year=2021/reporter=704/part-0.parquet"], "keep me");

        var write = () => TradeParquet.WriteDatasetAsync(Records.ToAsyncEnumerable(), folder["trade"]);

        await write.Should().ThrowAsync<IOException>();
        folder.Files().Should().Equal("trade/year=2021/reporter=704/part-0.parquet");
        (await File.ReadAllTextAsync(folder["trade/year=2021/reporter=704/part-0.parquet"])).Should().Be("keep me");
    }

    [Fact]
    public async Task A_bad_row_of_another_writer_stops_the_reading_at_its_file_and_row()
    {
        using var folder = new TempFolder();
        await WriteForeignFileAsync(folder["foreign.parquet"], periods: ["2018", "2018-13", "2019"]);

        var read = async () => await TradeParquet.Open(folder["foreign.parquet"]).ToListAsync();

        var error = (await read.Should().ThrowAsync<ValidationException>()).Which;
        var issue = error.Result.Issues.Single();
        issue.Source.Should().Be(folder["foreign.parquet"]);
        issue.Line.Should().Be(2);
        issue.Path.Should().Be("$.period");
        issue.Message.Should().Contain("'2018-13'");
    }

    [Fact]
    public async Task Collected_bad_rows_are_counted_so_every_row_is_accounted_for()
    {
        using var folder = new TempFolder();
        await WriteForeignFileAsync(folder["foreign.parquet"], periods: ["2018", "2018-13", "2019", "x"]);

        var source = TradeParquet.Open(folder["foreign.parquet"], new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        var records = await source.ToListAsync();

        // Only the required columns were written: the optional ones read as absent (no measures, no flags, no breakdown).
        records.Should().Equal(
            new TradeRecord(TradePeriod.Annual(2018), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.Parse("2603"), 10.5m),
            new TradeRecord(TradePeriod.Annual(2019), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.Parse("2603"), 10.5m));
        source.Summary.RowsRead.Should().Be(4);
        source.Summary.Records.Should().Be(2);
        source.Summary.Rejected.Should().Be(2);
        source.Summary.RejectedByRule.Should().Equal(new Dictionary<string, long> { ["AMC4008"] = 2 });
        source.Summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_naming_the_column()
    {
        using var folder = new TempFolder();
        var schema = new ParquetSchema(new DataField<string>("period", false));
        await using (var stream = File.Create(folder["no-value.parquet"]))
        await using (var writer = await global::Parquet.ParquetWriter.CreateAsync(schema, stream))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(schema.DataFields[0], new[] { "2018" });
        }

        var read = async () => await TradeParquet.Open(folder["no-value.parquet"]).ToListAsync();

        (await read.Should().ThrowAsync<ValidationException>()).Which.Result.Issues.Single().Message.Should().Contain("no column 'reporter'");
    }

    [Fact]
    public async Task A_file_of_a_dataset_that_is_not_parquet_is_an_error_naming_it()
    {
        using var folder = new TempFolder();
        await TradeParquet.WriteDatasetAsync(Records.ToAsyncEnumerable(), folder["trade"]);
        var bad = folder["trade/year=2019/reporter=096/part-0.parquet"]; // between the 2018 and 2021 partitions
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        await File.WriteAllTextAsync(bad, "not a Parquet file\n");

        var read = async () => await TradeParquet.Open(folder["trade"]).ToListAsync();

        (await read.Should().ThrowAsync<IOException>()).Which.Message.Should().StartWith(bad + ": ").And.Contain("not a parquet file");
    }

    [Fact]
    public async Task The_records_of_the_files_before_a_file_that_is_not_parquet_come_out_before_its_error()
    {
        // Files are opened a few ahead: the failed opening of the last file (year=2099 sorts after every partition of the
        // dataset) must not overtake the records of the files before it, which are all of them.
        using var folder = new TempFolder();
        await TradeParquet.WriteDatasetAsync(Records.ToAsyncEnumerable(), folder["trade"]);
        var bad = folder["trade/year=2099/reporter=096/part-0.parquet"]; // after every other partition
        Directory.CreateDirectory(Path.GetDirectoryName(bad)!);
        await File.WriteAllTextAsync(bad, "not a Parquet file\n");
        var read = new List<TradeRecord>();

        var reading = async () =>
        {
            await foreach (var record in TradeParquet.Open(folder["trade"]))
            {
                read.Add(record);
            }
        };

        (await reading.Should().ThrowAsync<IOException>()).Which.Message.Should().StartWith(bad + ": ");
        read.Should().HaveCount(Records.Length);
    }

    [Fact]
    public async Task A_missing_path_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var read = async () => await TradeParquet.Open(folder["nothing-here"]).ToListAsync();
        (await read.Should().ThrowAsync<FileNotFoundException>()).WithMessage("*nothing-here*no such file or folder*");
    }

    // A file as another tool would write it: the required columns only, the value as DECIMAL(18, 2).
    private static async Task WriteForeignFileAsync(string path, string[] periods)
    {
        var schema = new ParquetSchema(
            new DataField<string>("period", false), new DataField<string>("reporter", false), new DataField<string>("partner", false),
            new DataField<string>("flow", false), new DataField<string>("commodity", false), new DecimalDataField("value", 18, 2));
        await using var stream = File.Create(path);
        await using var writer = await global::Parquet.ParquetWriter.CreateAsync(schema, stream);
        using var group = writer.CreateRowGroup();
        var f = schema.DataFields;
        await group.WriteAsync(f[0], periods);
        await group.WriteAsync(f[1], periods.Select(_ => "360").ToArray());
        await group.WriteAsync(f[2], periods.Select(_ => "000").ToArray());
        await group.WriteAsync(f[3], periods.Select(_ => "export").ToArray());
        await group.WriteAsync(f[4], periods.Select(_ => "2603").ToArray());
        await group.WriteAsync<decimal>(f[5], periods.Select(_ => 10.5m).ToArray());
    }
}
