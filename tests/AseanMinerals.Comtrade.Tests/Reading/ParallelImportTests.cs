using System.IO.Compression;
using System.Text;
using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using AseanMinerals.Testing;
using static AseanMinerals.Comtrade.Tests.Support.LegacyRows;

namespace AseanMinerals.Comtrade.Tests.Reading;

/// <summary>
/// A file read in parts on several threads gives what one reader of the whole file gives: the same records in the same
/// order, each at the same line, and the same summary (counts, issues and their lines). Parts are made small (a few
/// hundred bytes) so that these small files split into many.
/// </summary>
public sealed class ParallelImportTests : IDisposable
{
    private static readonly ComtradeImportOptions Collect = new() { OnInvalidRow = InvalidRowHandling.Collect };
    private readonly string _folder = Directory.CreateTempSubdirectory("parallel-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(Fixture.LegacyBulk, 300)]
    [InlineData(Fixture.LegacyApi, 500)]
    [InlineData(Fixture.ComtradePlusCsv, 700)]
    public async Task A_fixture_read_in_small_parts_gives_what_one_reader_gives(string name, int partBytes)
    {
        var path = Fixture.PathOf(name);

        var parallel = ComtradeFile.OpenParallel(path, Collect, threads: 3, partBytes);

        await ShouldReadAsOneReaderAsync(parallel, path);
        parallel.PartsRead.Should().BeGreaterThan(2);
    }

    [Fact]
    public async Task The_shared_Comtrade_files_read_in_parts_give_what_one_reader_gives()
    {
        if (SharedData.Folder is null)
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", $"CI must have the shared data ({SharedData.EnvironmentVariable})");
            return;
        }

        foreach (var path in new[] { SharedData.CementClinker, SharedData.LegacyTotal2017, SharedData.ComtradePlusTotal2022 })
        {
            var parallel = ComtradeFile.OpenParallel(path, Collect, threads: 2, partBytes: 16 << 10);
            var (records, lines, summary, _) = await ReadAsync(parallel);

            var (expectedRecords, expectedLines, expectedSummary, _) = await ReadAsync(ComtradeFile.Open(path, Collect));
            records.Should().Equal(expectedRecords, path);
            lines.Should().Equal(expectedLines, path);
            summary.Should().BeEquivalentTo(expectedSummary, path);
            summary.IsReconciled.Should().BeTrue();
        }
    }

    [Fact]
    public async Task Bad_rows_are_named_at_their_lines_of_the_file_whichever_part_holds_them()
    {
        // Line 1 the header; lines 2-12 rows; bad values on lines 4, 8 and 12, the last without a line feed; line 6 blank.
        var rows = new List<string>();
        for (var line = 2; line <= 12; line++)
        {
            rows.Add(line switch
            {
                4 => Row((Column.TradeValue, "-1")),
                6 => string.Empty,
                8 => Row((Column.ReporterCode, "AUS")),
                12 => Row((Column.Period, "88")),
                _ => Row((Column.TradeValue, (line * 100).ToString(System.Globalization.CultureInfo.InvariantCulture))),
            });
        }

        var path = Write("bad-rows.csv", Header + "\r\n" + string.Join("\r\n", rows));

        var parallel = ComtradeFile.OpenParallel(path, Collect, threads: 4, partBytes: 250);
        var (records, lines, summary, _) = await ReadAsync(parallel);

        parallel.PartsRead.Should().BeGreaterThan(3);
        summary.Issues.Errors.Select(i => (i.Line, i.Code)).Should().Equal((4L, "AMC2001"), (8L, "AMC5006"), (12L, "AMC5009")); // -1 is negative
        summary.Issues.Errors.Should().OnlyContain(i => i.Source == path);
        (summary.RowsRead, summary.Records, summary.Rejected, summary.BlankLines).Should().Be((10L, 7L, 3L, 1L));
        lines.Should().Equal(2, 3, 5, 7, 9, 10, 11);
        records.Select(r => r.Value).Should().Equal(200m, 300m, 500m, 700m, 900m, 1000m, 1100m);
        summary.IsReconciled.Should().BeTrue();
        summary.IsComplete.Should().BeTrue();
    }

    [Fact]
    public async Task Stopping_at_the_first_bad_row_hands_out_the_rows_before_it_and_names_its_line()
    {
        var path = Write("stop.csv", File(Row(), Row(), Row(), Row(), Row((Column.TradeValue, "x")), Row(), Row()));

        var (records, _, summary, failure) = await ReadAsync(ComtradeFile.OpenParallel(path, null, threads: 3, partBytes: 200));

        // The fifth row is on line 6 (after the header).
        records.Should().HaveCount(4);
        failure.Should().BeOfType<ValidationException>().Which.Result.Issues.Should().ContainSingle()
            .Which.Should().Match<ValidationIssue>(i => i.Line == 6 && i.Code == "AMC5004" && i.Source == path);
        summary.IsComplete.Should().BeFalse();
    }

    [Fact]
    public async Task A_file_not_grouped_by_reporter_and_period_gives_the_note_one_reader_gives_even_when_each_part_is_grouped()
    {
        // Australia (36) 1988 exports to the World, then Malaysia (458), then Australia 1988 again with a breakdown by
        // second partner 899 of the first row. One reader sees Australia's group come back at line 4: the file is not
        // grouped (AMC5025 there), so no aggregate is reported missing. Parts split between the groups each look grouped;
        // the third alone would call the breakdown's aggregate missing (AMC5022).
        var path = Path.Combine(_folder, "not-grouped.csv");
        await System.IO.File.WriteAllTextAsync(path, File(
            Row(),
            Row((Column.ReporterCode, "458")),
            Row((Column.SecondPartnerCode, "899"))));

        var parallel = ComtradeFile.OpenParallel(path, Collect, threads: 3, partBytes: 64);
        var (records, lines, summary, failure) = await ReadAsync(parallel);

        var (expectedRecords, expectedLines, expectedSummary, _) = await ReadAsync(ComtradeFile.Open(path, Collect));
        expectedSummary.Issues.Issues.Select(static i => (i.Code, i.Line)).Should().Equal(("AMC5025", 4L));
        parallel.PartsRead.Should().Be(3);
        failure.Should().BeNull();
        records.Should().Equal(expectedRecords);
        lines.Should().Equal(expectedLines);
        summary.Should().BeEquivalentTo(expectedSummary);
    }

    [Fact]
    public async Task A_file_with_fewer_rows_than_threads_is_read_whole()
    {
        var path = Write("two-rows.csv", File(Row(), Row((Column.TradeValue, "7"))));

        var parallel = ComtradeFile.OpenParallel(path, Collect, threads: 8, partBytes: 1);
        var (records, lines, summary, _) = await ReadAsync(parallel);

        records.Select(r => r.Value).Should().Equal(58552m, 7m); // the template row's value, then the changed one
        lines.Should().Equal(2, 3);
        (summary.RowsRead, summary.Records, summary.IsComplete).Should().Be((2L, 2L, true));
        parallel.PartsRead.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    public async Task A_split_inside_a_quoted_field_is_caught_and_the_rest_read_on_one_thread()
    {
        // Every row's commodity name holds a line feed inside its quotes: a split at the first line feed after a point
        // in a row's first half falls inside the quotes, and would cut the row in two.
        var rows = Enumerable.Range(1, 12).Select(i => Row((22, $"\"Cement\nclinkers, lot {i}\""))).ToArray();
        var path = Write("quoted.csv", File(rows));

        var parallel = ComtradeFile.OpenParallel(path, Collect, threads: 2, partBytes: 150);
        var (records, lines, summary, _) = await ReadAsync(parallel);

        var (expectedRecords, expectedLines, expectedSummary, _) = await ReadAsync(ComtradeFile.Open(path, Collect));
        expectedSummary.Rejected.Should().Be(0);
        records.Should().Equal(expectedRecords);
        lines.Should().Equal(expectedLines); // 2, 4, 6, ...: each row takes two lines
        summary.Should().BeEquivalentTo(expectedSummary);
    }

    [Fact]
    public async Task A_misplaced_quote_read_in_parts_gives_what_one_reader_gives()
    {
        // The corpus file whose third line moves a closing quote past a separator (91 quotes on the line): one reader
        // recovers at the line's next quote and reads the fourth line as a row; the splitter, counting quotes, takes
        // the rest of the file as quoted. Parts of 200 bytes must still give one reader's rows, lines and summary.
        var path = Path.Combine(AppContext.BaseDirectory, "BadInputs", "csv-quote-left-open.csv");

        var parallel = ComtradeFile.OpenParallel(path, Collect, threads: 2, partBytes: 200);

        var expected = await ShouldReadAsOneReaderAsync(parallel, path);
        expected.Rejected.Should().Be(1);
    }

    [Fact]
    public async Task A_gzip_file_is_read_on_one_thread()
    {
        var path = Path.Combine(_folder, "bulk.csv.gz");
        using (var gzip = new GZipStream(System.IO.File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(Fixture.Bytes(Fixture.LegacyBulk));
        }

        var parallel = ComtradeFile.OpenParallel(path, Collect, threads: 4, partBytes: 100);
        var (records, _, summary, _) = await ReadAsync(parallel);

        var expected = await ComtradeFile.ReadAllAsync(path, Collect);
        parallel.PartsRead.Should().Be(1);
        records.Should().Equal(expected.Records);
        summary.Should().BeEquivalentTo(expected.Summary);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static Task<TradeSourceReading> ReadAsync(ITradeRecordSource source) => TradeSourceReading.ReadAsync(source);

    // The parts give one reader's records, lines and summary, without a failure; returns one reader's summary.
    private static async Task<TradeSourceSummary> ShouldReadAsOneReaderAsync(ParallelTradeSource parallel, string path)
    {
        var (records, lines, summary, failure) = await ReadAsync(parallel);

        var (expectedRecords, expectedLines, expectedSummary, _) = await ReadAsync(ComtradeFile.Open(path, Collect));
        failure.Should().BeNull();
        records.Should().Equal(expectedRecords);
        lines.Should().Equal(expectedLines);
        summary.Should().BeEquivalentTo(expectedSummary);
        return expectedSummary;
    }
}
