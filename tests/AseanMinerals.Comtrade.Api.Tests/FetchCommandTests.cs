using System.Text.Json;
using AseanMinerals.Cli;
using AseanMinerals.Comtrade.Api.Tests.Server;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Comtrade.Api.Tests;

/// <summary>
/// <c>asean-minerals fetch</c> in-process against the test server: the same records and the same shares as the real
/// file the server's rows come from; exit codes 0, 1 (incomplete, with the reason) and 2 (usage); nothing half-written.
/// </summary>
public sealed class FetchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-fetch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Fetch_of_the_excerpt_gives_the_records_and_shares_of_the_file()
    {
        await SameRecordsAndSharesAsFileAsync(ComtradeRows.ExcerptPath, rowCap: 10, "--partner", "0,4,8,12,16,20,24,28,32,36,40,44,48,51,52,56,60,64,68,70,72,76,84,90,92,96,104,116,251,360,384,418,458,490,531,568,608,699,702,704,764,792,837,842,899");
    }

    [Fact]
    public async Task Fetch_of_the_three_reporters_through_a_500_row_cap_gives_the_records_and_shares_of_the_real_file()
    {
        if (!TestClients.SharedDataIsHere())
        {
            return;
        }

        await SameRecordsAndSharesAsFileAsync(ComtradeRows.SharedPath!, rowCap: 500, "--partner", "all");
    }

    [Fact]
    public async Task A_monthly_period_on_an_annual_query_is_a_usage_error_and_nothing_is_sent()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);

        var run = await RunAsync(CancellationToken.None, "fetch", "--period", "202203", "--reporter", "156", "--base-url", server.BaseAddress.ToString(), "-o", Output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("202203 is a month but the query is annual");
        server.Requests.Should().BeEmpty();
        File.Exists(Output).Should().BeFalse();
    }

    [Fact]
    public async Task An_answer_cut_at_the_service_cap_exits_1_with_the_reason_and_writes_nothing()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 10);

        var run = await RunAsync(CancellationToken.None, Fetch(server, 1_000));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("fetch incomplete").And.Contain("10 rows received where the count announced 25");
        Directory.GetFiles(_folder).Should().BeEmpty("the temporary file is removed and the output never made");
    }

    [Fact]
    public async Task Cancellation_during_a_stalled_answer_leaves_nothing_half_written()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        server.Enqueue(Fault.Stall, r => !r.QueryString.Value!.Contains("countOnly", StringComparison.Ordinal));
        using var cancel = new CancellationTokenSource();

        var run = RunAsync(cancel.Token, Fetch(server, 500));
        for (var i = 0; i < 500 && !server.Requests.Any(r => !r.IsCount); i++)
        {
            await Task.Delay(10);
        }

        await cancel.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(20));

        result.ExitCode.Should().Be(CliApplication.Cancelled, result.Error);
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Fact]
    public async Task An_existing_output_is_refused_with_exit_2_and_kept_byte_identical_and_replaced_with_force()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 500);
        byte[] before = [.. "{\"kept\":true}\n"u8, 0xFF, 0x00]; // not JSON Lines at all: any rewrite would show
        await File.WriteAllBytesAsync(Output, before);

        var refused = await RunAsync(CancellationToken.None, Fetch(server, 500));

        refused.ExitCode.Should().Be(2);
        refused.Error.Trim().Should().Be($"asean-minerals: -o {Output}: exists; add --force to replace it");
        server.Requests.Should().BeEmpty("the target is checked before any call");
        (await File.ReadAllBytesAsync(Output)).Should().Equal(before);

        var forced = await RunAsync(CancellationToken.None, Fetch(server, 500, "--force"));

        forced.ExitCode.Should().Be(0, forced.Error);
        // The excerpt's rows for reporters 156, 842, 276, flows M and X, commodity TOTAL, every partner: the count the
        // server announces is the number of lines written, and the old bytes are gone.
        var records = ReadLines(Output);
        records.Should().NotBeEmpty();
        forced.Out.Should().Contain($"{Output}: {records.Count:N0} records written as JSON Lines");
        Directory.GetFiles(_folder).Should().Equal([Output], "the temporary file was moved into place");
    }

    [Fact]
    public async Task Dry_run_prints_the_planned_calls_with_their_counts_and_writes_nothing()
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(ComtradeRows.ExcerptPath), rowCap: 10);

        var run = await RunAsync(CancellationToken.None, "fetch", "--period", "2022", "--reporter", "156,842,276", "--flow", "M,X", "--partner", "0,4,842,899",
            "--base-url", server.BaseAddress.ToString(), "--min-interval", "0", "--row-cap", "10", "--dry-run");

        run.ExitCode.Should().Be(0, run.Error);
        // Partners World, 4, 842 and 899 in the excerpt: China M has World, 842 and 899 (no 4), China X, Germany M and
        // USA M World, Germany X 899: 7 rows, under the cap of 10: one call.
        run.Out.Should().Contain("7 rows in 1 data calls").And.Contain("/C/A/HS?reporterCode=156,842,276").And.Contain("  7 rows");
        server.Requests.Should().OnlyContain(r => r.IsCount);
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Fact]
    public async Task Bulk_downloads_into_a_folder_with_a_manifest()
    {
        var rows = ComtradeRows.Read(ComtradeRows.ExcerptPath);
        await using var server = await FakeComtradeServer.StartAsync(rows, rowCap: 500);
        server.BulkFiles.Add(BulkFiles.Make(rows, 156, "2022", DateTimeOffset.UnixEpoch));
        var bulk = Path.Combine(_folder, "bulk");

        var run = await RunAsync(CancellationToken.None, "fetch", "--period", "2022", "--reporter", "156", "--base-url", server.BaseAddress.ToString(), "--min-interval", "0", "--bulk", bulk);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("1 bulk files listed: 1 downloaded");
        Directory.GetFiles(bulk).Select(Path.GetFileName).Should().BeEquivalentTo(["156-A-H6-2022.tsv.gz", "manifest.json"]);

        // The bulk file is an input like any other: China's 21 rows of the excerpt, read by the importer.
        var validate = await RunAsync(CancellationToken.None, "convert", Path.Combine(bulk, "156-A-H6-2022.tsv.gz"), "-o", Path.Combine(_folder, "bulk.jsonl"));
        validate.ExitCode.Should().Be(0, validate.Error);
        validate.Out.Should().Contain("21 rows read = 21 records");
    }

    private string Output => Path.Combine(_folder, "trade.jsonl");

    private string[] Fetch(FakeComtradeServer server, int rowCap, params string[] more) =>
        ["fetch", "--period", "2022", "--reporter", "156,842,276", "--commodity", "TOTAL", "--flow", "M,X", "-o", Output,
         "--base-url", server.BaseAddress.ToString(), "--min-interval", "0", "--row-cap", rowCap.ToString(System.Globalization.CultureInfo.InvariantCulture), .. more];

    private async Task SameRecordsAndSharesAsFileAsync(string file, int rowCap, params string[] partner)
    {
        await using var server = await FakeComtradeServer.StartAsync(ComtradeRows.Read(file), rowCap);

        var fetch = await RunAsync(CancellationToken.None, Fetch(server, rowCap, partner));
        fetch.ExitCode.Should().Be(0, fetch.Error);
        fetch.Out.Should().Contain("rows counted").And.Contain("0 rejected");

        // The file converted by the importer gives the expected records: the same ones, as often, in any order. (The
        // lines differ in one way: the API's 2715997517261.0 keeps its decimal scale where the CSV's 2715997517261 has none.)
        var converted = Path.Combine(_folder, "file.jsonl");
        (await RunAsync(CancellationToken.None, "convert", file, "-o", converted)).ExitCode.Should().Be(0);
        var fetched = ReadLines(Output);
        var expected = ReadLines(converted);
        fetched.Should().HaveCount(expected.Count);
        var counts = expected.GroupBy(static r => r).ToDictionary(static g => g.Key, static g => g.Count());
        fetched.GroupBy(static r => r).Where(g => counts.GetValueOrDefault(g.Key) != g.Count()).Select(static g => g.Key).Should().BeEmpty("every record arrives as often as in the file");

        // The shares of the fetched records are those of the file (the reporters' figures; the inputs differ by name).
        var fromApi = await RunAsync(CancellationToken.None, "shares", Output, "--format", "json");
        var fromFile = await RunAsync(CancellationToken.None, "shares", file, "--format", "json");
        fromApi.ExitCode.Should().Be(0, fromApi.Error);
        Reporters(fromApi.Out).Should().Be(Reporters(fromFile.Out));
    }

    private static List<TradeRecord> ReadLines(string path)
    {
        using var stream = File.OpenRead(path);
        return [.. AseanMineralsJson.ReadTradeRecordLines(stream)];
    }

    private static string Reporters(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("reporters").GetRawText();
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, new CliEnvironment(output, error, IsTerminal: false), cancellationToken);
        return (exitCode, output.ToString(), error.ToString());
    }
}
