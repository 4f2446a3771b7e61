using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Parquet.Tests;

/// <summary>A question pushed down into Parquet: partitions and row groups outside it are skipped, and every row is still accounted for.</summary>
public sealed class TradeParquetQuestionTests
{
    private static readonly AreaCode Brunei = new(96);
    private static readonly AreaCode Indonesia = new(360);
    private static readonly AreaCode VietNam = new(704);

    // Written with row groups of two rows, in this order, so each partition's row groups are the pairs below:
    //   year=2020/reporter=096: [import 10, import 20] [export 30, export 40]                 4 rows
    //   year=2021/reporter=096: [export 1, export 2]                                          2 rows
    //   year=2021/reporter=360: [import 100, import 200] [export 300, import 400] [export 500] 5 rows
    //   year=2021/reporter=704: [export 1000, export 2000] [import 3000]                      3 rows
    private static readonly TradeRecord[] Dataset =
    [
        Row(2020, Brunei, TradeFlow.Import, 10), Row(2020, Brunei, TradeFlow.Import, 20), Row(2020, Brunei, TradeFlow.Export, 30), Row(2020, Brunei, TradeFlow.Export, 40),
        Row(2021, Brunei, TradeFlow.Export, 1), Row(2021, Brunei, TradeFlow.Export, 2),
        Row(2021, Indonesia, TradeFlow.Import, 100), Row(2021, Indonesia, TradeFlow.Import, 200), Row(2021, Indonesia, TradeFlow.Export, 300),
        Row(2021, Indonesia, TradeFlow.Import, 400), Row(2021, Indonesia, TradeFlow.Export, 500),
        Row(2021, VietNam, TradeFlow.Export, 1000), Row(2021, VietNam, TradeFlow.Export, 2000), Row(2021, VietNam, TradeFlow.Import, 3000),
    ];

    private static readonly TradeCubeFilter ExportsOf2021ByIndonesiaAndVietNam = new([TradePeriod.Annual(2021)], [Indonesia, VietNam], [TradeFlow.Export]);

    [Fact]
    public async Task A_question_skips_partitions_and_row_groups_outside_it_and_gives_the_figures_of_a_full_read()
    {
        using var folder = new TempFolder();
        await TradeParquet.WriteDatasetAsync(Dataset.ToAsyncEnumerable(), folder["trade"], new TradeParquetWriteOptions { RowGroupSize = 2 });

        var asked = TradeParquet.Open(folder["trade"], new TradeSourceOptions { Question = ExportsOf2021ByIndonesiaAndVietNam });
        var records = await asked.ToListAsync();

        // By hand: the two Brunei partitions (4 + 2 rows) are not opened; in 360 the first row group (two imports) is
        // skipped by its flow statistics, the second is read (export 300 kept, import 400 set aside row by row), the third
        // kept (export 500); in 704 the first row group is kept (1000, 2000) and the second (import 3000) skipped.
        records.Select(static r => r.Value).Should().Equal(300m, 500m, 1000m, 2000m);
        records.Sum(static r => r.Value).Should().Be(3800m);
        var summary = asked.Summary;
        (summary.FilesSkipped, summary.RowGroupsSkipped, summary.RowsSkippedUnread).Should().Be((2, 2, 9)); // 6 rows in files, 3 in row groups
        (summary.RowsRead, summary.Records, summary.SetAside, summary.Rejected).Should().Be((14, 4, 10, 0)); // every row of the dataset
        summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(10); // the 9 skipped + import 400
        summary.IsReconciled.Should().BeTrue();
        summary.ToString().Should().Contain("9 skipped unread (2 files, 2 row groups)");

        // The same records as a full read filtered afterwards, in the same order.
        var full = TradeParquet.Open(folder["trade"]);
        var fullRecords = await full.ToListAsync();
        full.Summary.RowsRead.Should().Be(14);
        records.Should().Equal(fullRecords.Where(static r => r.Period == TradePeriod.Annual(2021) && (r.Reporter == Indonesia || r.Reporter == VietNam) && r.Flow == TradeFlow.Export));
    }

    [Fact]
    public async Task A_file_without_partition_folders_is_pruned_by_its_row_group_statistics()
    {
        using var folder = new TempFolder();
        await WriteFiveRowsInRowGroupsOfTwoAsync(folder["trade.parquet"]);

        var of2020 = TradeParquet.Open(folder["trade.parquet"], new TradeSourceOptions { Question = new TradeCubeFilter([TradePeriod.Annual(2020)]) });
        (await of2020.ToListAsync()).Select(static r => r.Value).Should().Equal(3m, 4m);
        (of2020.Summary.FilesSkipped, of2020.Summary.RowGroupsSkipped, of2020.Summary.RowsSkippedUnread).Should().Be((0, 2, 3));
        (of2020.Summary.RowsRead, of2020.Summary.Records, of2020.Summary.SetAside).Should().Be((5, 2, 3));

        // Statistics are ranges: reporter 360 lies between 096 and 704, so those two row groups are read and their rows
        // set aside one by one; only the third (360 to 360) holds it.
        var ofIndonesia = TradeParquet.Open(folder["trade.parquet"], new TradeSourceOptions { Question = new TradeCubeFilter(reporters: [Indonesia]) });
        (await ofIndonesia.ToListAsync()).Select(static r => r.Value).Should().Equal(5m);
        (ofIndonesia.Summary.RowGroupsSkipped, ofIndonesia.Summary.RowsSkippedUnread, ofIndonesia.Summary.SetAside).Should().Be((0, 0, 4));
        ofIndonesia.Summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task Each_file_is_opened_once_and_a_row_group_outside_the_question_costs_no_open()
    {
        using var folder = new TempFolder();
        // A question for 2020 prunes the first and third row groups by their statistics.
        var rows = await WriteFiveRowsInRowGroupsOfTwoAsync(folder["trade.parquet"]);
        var of2020 = TradeParquet.Open(folder["trade.parquet"], new TradeSourceOptions { Question = new TradeCubeFilter([TradePeriod.Annual(2020)]) });

        (await of2020.ToListAsync()).Select(static r => r.Value).Should().Equal(3m, 4m);

        // One file, one row group decoded: its footer read once, by the reader that then decodes it (before: the footer
        // once for the plan and once per row group, pruned or not: 4 opens).
        of2020.FileOpens.Should().Be(1);
        (of2020.Summary.RowGroupsSkipped, of2020.Summary.RowsSkippedUnread).Should().Be((2, 3));

        // A dataset of one row group per file: 4 files (2 outside the question by their partitions, 2 read), 4 opens.
        using var dataset = new TempFolder();
        TradeRecord[] partitions = [rows[0], rows[2], rows[3], rows[4]]; // 2019/096, 2020/096, 2020/704, 2021/360
        await TradeParquet.WriteDatasetAsync(partitions.ToAsyncEnumerable(), dataset["trade"]);
        var asked = TradeParquet.Open(dataset["trade"], new TradeSourceOptions { Question = new TradeCubeFilter([TradePeriod.Annual(2020)]) });

        (await asked.ToListAsync()).Select(static r => r.Value).Should().Equal(3m, 4m);
        asked.FileOpens.Should().Be(4);
        (asked.Summary.FilesSkipped, asked.Summary.RowsSkippedUnread, asked.Summary.RowsRead).Should().Be((2, 2, 4));
    }

    [Fact]
    public async Task A_reading_stopped_early_ends_its_decodings_and_the_next_reading_gives_every_record()
    {
        using var folder = new TempFolder();
        // Row groups of one row: 14 row groups in 4 files, so that several are being decoded (and files opened) when the
        // reading stops after the second record.
        await TradeParquet.WriteDatasetAsync(Dataset.ToAsyncEnumerable(), folder["trade"], new TradeParquetWriteOptions { RowGroupSize = 1 });
        var source = TradeParquet.Open(folder["trade"]);

        var firstTwo = new List<TradeRecord>();
        await foreach (var record in source)
        {
            firstTwo.Add(record);
            if (firstTwo.Count == 2)
            {
                break;
            }
        }

        // The dataset's order: the partitions in path order (2020/096 first), then the rows in the order written.
        firstTwo.Should().Equal(Dataset[0], Dataset[1]);
        var all = await source.ToListAsync();
        all.Should().Equal(Dataset);
        (source.Summary.RowsRead, source.Summary.Records).Should().Be((14, 14));
        source.FileOpens.Should().BeInRange(4, 14); // each file once, plus a reader per row group decoded alongside another of its file
    }

    [Fact]
    public async Task A_monthly_question_opens_the_partition_of_its_year()
    {
        using var folder = new TempFolder();
        TradeRecord[] rows = [Row(2021, Brunei, TradeFlow.Export, 1) with { Period = TradePeriod.Monthly(2021, 3) }, Row(2022, Brunei, TradeFlow.Export, 2)];
        await TradeParquet.WriteDatasetAsync(rows.ToAsyncEnumerable(), folder["trade"]);

        var ofMarch = TradeParquet.Open(folder["trade"], new TradeSourceOptions { Question = new TradeCubeFilter([TradePeriod.Monthly(2021, 3)]) });

        (await ofMarch.ToListAsync()).Should().Equal(rows[0]);
        (ofMarch.Summary.FilesSkipped, ofMarch.Summary.RowsRead).Should().Be((1, 2));
    }

    private static TradeRecord Row(int year, AreaCode reporter, TradeFlow flow, decimal value) =>
        new(TradePeriod.Annual(year), reporter, new AreaCode((int)value % 900 + 4), flow, HsCode.Parse("2603"), value);

    // Row groups of two: [2019 096, 2019 704] [2020 096, 2020 704] [2021 360], values 1 to 5 in that order.
    private static async Task<TradeRecord[]> WriteFiveRowsInRowGroupsOfTwoAsync(string path)
    {
        TradeRecord[] rows =
        [
            Row(2019, Brunei, TradeFlow.Export, 1), Row(2019, VietNam, TradeFlow.Export, 2),
            Row(2020, Brunei, TradeFlow.Export, 3), Row(2020, VietNam, TradeFlow.Export, 4),
            Row(2021, Indonesia, TradeFlow.Export, 5),
        ];
        await TradeParquet.WriteFileAsync(rows.ToAsyncEnumerable(), path, new TradeParquetWriteOptions { RowGroupSize = 2 });
        return rows;
    }
}
