using System.Text;
using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Validation;
using AseanMinerals.Testing;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests.Reliability;

/// <summary>
/// The importer's limits hold against inputs far past them, made at run time (100 MB): a row that never ends stops the
/// import at its line, the issues listed stop at their maximum, and the memory this thread allocates stays bounded.
/// </summary>
public class LimitTests
{
    private const long HundredMegabytes = 100_000_000;

    private static readonly string[] Lines = Encoding.Latin1.GetString(Fixture.Bytes(Fixture.ComtradePlusCsv)).Split("\r\n");

    [Fact]
    public async Task A_quote_left_open_before_100_MB_of_text_stops_the_import_at_its_row_in_bounded_memory()
    {
        var head = Encoding.Latin1.GetBytes(Lines[0] + "\r\n" + Lines[1] + "\r\n" + "\"C\",\"A\",\"20220101\",\"2022\",\"52\",\"2022\",\"156\",\"CHN\",\"China\",\"M\",\"Import\",\"96\",\"BRN\",\"Brunei");
        var input = new GeneratedStream(head, (byte)'x', HundredMegabytes, "\r\n"u8.ToArray(), seekable: false);
        var import = ComtradeFile.OpenStream(input, "open-quote.csv");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = await Reading(import).Should().ThrowExactlyAsync<ValidationException>();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        error.Which.Result.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AMC5016" && i.Line == 3);
        import.Summary.Records.Should().Be(1);
        import.Summary.IsReconciled.Should().BeTrue();
        allocated.Should().BeLessThan(32L << 20, "the row is refused once it passes 1 MiB, not held whole");
    }

    [Fact]
    public async Task A_quote_left_open_after_many_buffers_of_rows_is_placed_at_its_line()
    {
        // 2,000 good rows (some 800 KB: many reads of the text, counted in bulk), then a quote left open on line 2,002.
        var head = Encoding.Latin1.GetBytes(Lines[0] + "\r\n" + string.Concat(Enumerable.Repeat(Lines[1] + "\r\n", 2_000)) + "\"C\",\"A\",\"20220101\",\"2022");
        var input = new GeneratedStream(head, (byte)'x', 4_000_000, "\r\n"u8.ToArray(), seekable: false);
        var import = ComtradeFile.OpenStream(input, "open-quote-late.csv");

        var error = await Reading(import).Should().ThrowExactlyAsync<ValidationException>();

        error.Which.Result.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AMC5016" && i.Line == 2_002);
        import.Summary.Records.Should().Be(2_000);
    }

    [Fact]
    public async Task A_long_row_that_fits_in_the_reader_buffer_is_still_refused_at_its_line()
    {
        // Line 2 is the fixture's first data row (some 400 bytes); line 3 is that row with its commodity description
        // made 1,500 bytes long: past MaxRowLength = 1,000, yet far inside the CSV reader's 64 KiB buffer.
        var longRow = Lines[1].Replace("\"All Commodities\"", "\"" + new string('x', 1_500) + "\"", StringComparison.Ordinal);
        longRow.Should().NotBe(Lines[1]);
        var text = Lines[0] + "\r\n" + Lines[1] + "\r\n" + longRow + "\r\n" + Lines[1] + "\r\n";
        var import = ComtradeFile.OpenStream(new MemoryStream(Encoding.Latin1.GetBytes(text)), "long-row.csv", new ComtradeImportOptions { MaxRowLength = 1_000 });

        var error = await Reading(import).Should().ThrowExactlyAsync<ValidationException>();

        error.Which.Result.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AMC5016" && i.Line == 3);
        import.Summary.Records.Should().Be(1);
    }

    [Fact]
    public async Task A_JSON_element_holding_a_100_MB_string_stops_the_import_in_bounded_memory()
    {
        var input = new GeneratedStream("{\"count\":1,\"data\":[{\"cmdDesc\":\""u8.ToArray(), (byte)'x', HundredMegabytes, "\"}]}"u8.ToArray(), seekable: false);
        var import = ComtradeFile.OpenStream(input, "huge.json");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = await Reading(import).Should().ThrowExactlyAsync<ValidationException>();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        error.Which.Result.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AMC5016" && i.Line == 1);
        input.BytesRead.Should().BeLessThan(4L << 20);
        allocated.Should().BeLessThan(16L << 20);
    }

    [Fact]
    public async Task The_maximum_row_length_counts_the_header_too()
    {
        var import = ComtradeFile.OpenStream(new MemoryStream(Fixture.Bytes(Fixture.ComtradePlusCsv)), "short-rows.csv", new ComtradeImportOptions { MaxRowLength = 100 });

        var error = await Reading(import).Should().ThrowExactlyAsync<ValidationException>();

        error.Which.Result.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code == "AMC5016" && i.Line == 1);
    }

    [Fact]
    public void A_maximum_row_length_of_zero_is_refused()
    {
        var act = () => new ComtradeImportOptions { MaxRowLength = 0 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxRowLength");
    }

    [Fact]
    public async Task Of_1500_rejected_rows_the_summary_lists_1000_and_counts_the_rest()
    {
        var bad = Lines[1].Replace("\"2715997517261\",\"4\"", "\"-1\",\"4\"", StringComparison.Ordinal);
        var text = Lines[0] + "\r\n" + string.Concat(Enumerable.Repeat(bad + "\r\n", 1_500));
        var options = new ComtradeImportOptions { OnInvalidRow = InvalidRowHandling.Collect };

        var result = await Fixture.ReadTextAsync(text, options);

        result.Summary.Rejected.Should().Be(1_500);
        result.Summary.Issues.Issues.Should().HaveCount(1_000).And.OnlyContain(static i => i.Code == "AMC2001"); // -1: a negative value
        result.Summary.IssuesNotListed.Should().Be(500);
        result.Summary.IssuesByRule["AMC2001"].Should().Be(1_500);
        result.Summary.IsReconciled.Should().BeTrue();
    }

    private static Func<Task> Reading(ComtradeImport import) => async () =>
    {
        await foreach (var _ in import)
        {
        }
    };
}
