using System.CommandLine;
using System.Globalization;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Output;
using AseanMinerals.Comtrade;
using AseanMinerals.Comtrade.Api.Bulk;
using AseanMinerals.Comtrade.Api.Client;
using AseanMinerals.Comtrade.Api.Fetching;
using AseanMinerals.Comtrade.Api.Queries;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>fetch</c>: a query to the UN Comtrade+ API, counted, split under the row cap and fetched into JSON Lines through
/// the same mapping as files (through <see cref="SafeOutputFile"/>: an existing file only with <c>--force</c>, moved into
/// place only when complete); or,
/// with <c>--bulk DIR</c>, the bulk files of the reporters and periods downloaded into a folder with a manifest.
/// Exit 0 complete, 1 incomplete or empty (with the reason), 2 usage.
/// </summary>
internal static class FetchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var period = new Option<string>("--period") { Description = "Years (2022) or, with --freq M, months (202203), comma-separated.", Required = true };
        var reporter = new Option<string>("--reporter") { Description = "Reporter codes, comma-separated (156,842,276), or all.", DefaultValueFactory = _ => "all" };
        var partner = new Option<string>("--partner") { Description = "Partner codes (0 = World), comma-separated, or all.", DefaultValueFactory = _ => "all" };
        var partner2 = new Option<string>("--partner2") { Description = "Second-partner codes, or all.", DefaultValueFactory = _ => "all" };
        var commodity = new Option<string>("--commodity") { Description = "TOTAL, AG2, AG4, AG6 or commodity codes, comma-separated.", DefaultValueFactory = _ => "TOTAL" };
        var flow = new Option<string>("--flow") { Description = "Flow codes (M, X, RM, RX, ...), comma-separated, or all.", DefaultValueFactory = _ => "all" };
        var customs = new Option<string>("--customs") { Description = "Customs procedure codes (C00 = all together), or all.", DefaultValueFactory = _ => "all" };
        var mot = new Option<string>("--mot") { Description = "Mode of transport codes (0 = all together), or all.", DefaultValueFactory = _ => "all" };
        var freq = new Option<string>("--freq") { Description = "A (annual, the default) or M (monthly).", DefaultValueFactory = _ => "A" };
        freq.AcceptOnlyFromAmong("A", "M");
        var classification = new Option<string>("--classification") { Description = "HS (as reported, the default), H0...H6, S1...S4, B4, B5, EB.", DefaultValueFactory = _ => "HS" };
        var breakdown = new Option<string>("--breakdown") { Description = "classic (aggregate rows, the default) or plus (with breakdowns).", DefaultValueFactory = _ => "classic" };
        breakdown.AcceptOnlyFromAmong("classic", "plus");
        var baseUrl = new Option<string?>("--base-url") { Description = "The service's address (a mirror, a proxy, a test server); default https://comtradeapi.un.org/." };
        var output = new Option<string?>("--output", "-o") { Description = "The JSON Lines file to write (.jsonl); an existing file only with --force." };
        var force = OutputOptions.Force();
        var dryRun = new Option<bool>("--dry-run") { Description = "Count and plan only: print the calls that would be made and their row counts." };
        var bulk = new Option<string?>("--bulk") { Description = "Download the bulk files of the reporters and periods into this folder instead (resumable: a manifest records each finished file)." };
        var publishedFrom = new Option<string?>("--published-from") { Description = "With --bulk: only files published on or after this date, 2024-01-31 (an incremental update)." };
        var rowCap = new Option<int?>("--row-cap") { Description = "The most rows one call returns on your subscription (default 500 without a key, 100,000 with one)." };
        var interval = new Option<double>("--min-interval") { Description = "Seconds between two calls (default 6, comtradr's pace).", DefaultValueFactory = _ => 6 };
        var command = new Command(
            "fetch",
            "Fetch trade data from the UN Comtrade+ API into JSON Lines: counted first, split under the row cap, every row accounted for. The key is read from COMTRADE_API_KEY (without one, the free preview endpoint).");
        foreach (var option in new Option[] { period, reporter, partner, partner2, commodity, flow, customs, mot, freq, classification, breakdown, baseUrl, output, force, dryRun, bulk, publishedFrom, rowCap, interval })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var query = new ComtradeQuery
            {
                Frequency = parse.GetValue(freq) == "M" ? ComtradeFrequency.Monthly : ComtradeFrequency.Annual,
                Classification = parse.GetValue(classification)!.Trim().ToUpperInvariant(),
                Periods = Texts(parse.GetValue(period), "--period") ?? throw CliFailure.Usage("--period: name at least one period"),
                Reporters = Codes(parse.GetValue(reporter), "--reporter"),
                Partners = Codes(parse.GetValue(partner), "--partner"),
                SecondPartners = Codes(parse.GetValue(partner2), "--partner2"),
                Commodities = Texts(parse.GetValue(commodity), "--commodity"),
                Flows = Texts(parse.GetValue(flow), "--flow")?.Select(static f => f.ToUpperInvariant()).ToArray(),
                CustomsCodes = Texts(parse.GetValue(customs), "--customs")?.Select(static c => c.ToUpperInvariant()).ToArray(),
                TransportModes = Codes(parse.GetValue(mot), "--mot"),
                BreakdownMode = parse.GetValue(breakdown) == "plus" ? ComtradeBreakdownMode.Plus : ComtradeBreakdownMode.Classic,
            };
            var problems = query.Validate();
            if (problems.Count > 0)
            {
                throw CliFailure.Usage(string.Join(" ", problems));
            }

            var target = parse.GetValue(output);
            var bulkFolder = parse.GetValue(bulk);
            var dry = parse.GetValue(dryRun);
            if (!dry && (target is null) == (bulkFolder is null))
            {
                throw CliFailure.Usage("name either --output FILE (records as JSON Lines) or --bulk DIR (bulk files), or ask for --dry-run");
            }

            if (target is not null && !dry)
            {
                // Checked before any call: a mistaken -o costs no request.
                SafeOutputFile.Check("-o", target, [], parse.GetValue(force));
            }

            if (parse.GetValue(interval) is var seconds && (seconds < 0 || double.IsNaN(seconds)))
            {
                throw CliFailure.Usage("--min-interval: a number of seconds, 0 or more");
            }

            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan }; // the client's own timeout per attempt rules
            using var client = new ComtradeApiClient(http, new ComtradeApiOptions
            {
                BaseAddress = BaseAddress(parse.GetValue(baseUrl)),
                RowCap = parse.GetValue(rowCap),
                MinimumCallInterval = TimeSpan.FromSeconds(seconds),
            });
            try
            {
                if (bulkFolder is not null)
                {
                    return await BulkAsync(environment, client, query, bulkFolder, Date(parse.GetValue(publishedFrom)), dry, cancellationToken).ConfigureAwait(false);
                }

                var plan = await client.PlanAsync(query, cancellationToken).ConfigureAwait(false);
                if (dry)
                {
                    await PrintPlanAsync(environment, client, plan).ConfigureAwait(false);
                    return CliApplication.Success;
                }

                return await FetchAsync(environment, client, query, plan, target!, parse.GetValue(force), cancellationToken).ConfigureAwait(false);
            }
            catch (ComtradeApiException e)
            {
                await environment.Error.WriteLineAsync($"asean-minerals: fetch incomplete: {e.Message}").ConfigureAwait(false);
                return CliApplication.DataErrors;
            }
        });
        return command;
    }

    private static async Task<int> FetchAsync(CliEnvironment environment, ComtradeApiClient client, ComtradeQuery query, ComtradeFetchPlan plan, string target, bool force, CancellationToken cancellationToken)
    {
        var progress = new Progress(environment);
        var fetch = client.Fetch(query, new ComtradeImportOptions(), plan, progress);
        long written;
        var file = SafeOutputFile.Create("-o", target, [], force);
        await using (file.ConfigureAwait(false))
        {
            try
            {
                written = await AseanMineralsJson.WriteTradeRecordLinesAsync(file.Stream, fetch, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                progress.Clear();
            }

            if (fetch.Report.Empty is { } empty)
            {
                // Nothing is moved into place: an existing file stays as it was.
                await environment.Error.WriteLineAsync($"asean-minerals: no rows: {empty}").ConfigureAwait(false);
                return CliApplication.DataErrors;
            }

            await file.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var issue in fetch.Summary.Issues.Issues)
        {
            await environment.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
        }

        await environment.Out.WriteLineAsync(fetch.Report.ToString()).ConfigureAwait(false);
        await environment.Out.WriteLineAsync(fetch.Summary.DescribeRows()).ConfigureAwait(false);
        await environment.Out.WriteLineAsync($"{target}: {written:N0} records written as JSON Lines").ConfigureAwait(false);
        return fetch.Report.IsComplete && fetch.Report.IsReconciled && fetch.Summary.IsReconciled && fetch.Summary.Rejected == 0 ? CliApplication.Success : CliApplication.DataErrors;
    }

    private static async Task PrintPlanAsync(CliEnvironment environment, ComtradeApiClient client, ComtradeFetchPlan plan)
    {
        await environment.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{(plan.UsesPreview ? "preview endpoint (no key)" : "data endpoint")}, {plan.RowCap:N0} rows a call: {plan.TotalRows:N0} rows in {plan.Pieces.Count:N0} data calls ({plan.CountCalls:N0} count calls made to plan)")).ConfigureAwait(false);
        foreach (var piece in plan.Pieces)
        {
            await environment.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"GET {client.DataRequest(piece.Query)}  {piece.ExpectedRows:N0} rows")).ConfigureAwait(false);
        }
    }

    private static async Task<int> BulkAsync(CliEnvironment environment, ComtradeApiClient client, ComtradeQuery query, string folder, DateTimeOffset? publishedFrom, bool dry, CancellationToken cancellationToken)
    {
        if (query.Reporters is null)
        {
            throw CliFailure.Usage("--bulk: name the reporters (--reporter 156,842): bulk files are listed per reporter");
        }

        var downloader = new ComtradeBulkDownloader(client);
        var request = new ComtradeBulkRequest(query.Reporters, query.Periods) { Frequency = query.Frequency, Classification = query.Classification, PublishedFrom = publishedFrom };
        if (dry)
        {
            var files = await downloader.ListAsync(request, cancellationToken).ConfigureAwait(false);
            foreach (var file in files)
            {
                await environment.Out.WriteLineAsync($"{file.ReporterCode} {file.Period} {file.FileSize} published {file.PublicationDate:yyyy-MM-dd}").ConfigureAwait(false);
            }

            await environment.Out.WriteLineAsync($"{files.Count:N0} bulk files").ConfigureAwait(false);
            return CliApplication.Success;
        }

        Directory.CreateDirectory(folder);
        var result = await downloader.DownloadAsync(request, folder, cancellationToken).ConfigureAwait(false);
        await environment.Out.WriteLineAsync(result.ToString()).ConfigureAwait(false);
        return CliApplication.Success;
    }

    private static Uri? BaseAddress(string? text) =>
        text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri
        : throw CliFailure.Usage($"--base-url: '{text}' is not an http(s) address such as https://comtradeapi.un.org/");

    private static DateTimeOffset? Date(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date
        : throw CliFailure.Usage($"--published-from: '{text}' is not a date such as 2024-01-31");

    private static string[]? Texts(string? value, string option)
    {
        if (value is null || value.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 ? parts : throw CliFailure.Usage($"{option}: name at least one value, or all");
    }

    private static int[]? Codes(string? value, string option) =>
        Texts(value, option)?.Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? code
            : throw CliFailure.Usage($"{option}: '{text}' is not a numeric area code (156 China, 0 World) or all")).ToArray();

    /// <summary>One self-overwriting line on a terminal: pieces fetched, rows received of rows counted.</summary>
    private sealed class Progress(CliEnvironment environment) : IProgress<ComtradeFetchProgress>
    {
        private bool _shown;

        public void Report(ComtradeFetchProgress value)
        {
            if (environment.ShowProgress)
            {
                _shown = true;
                environment.Error.Write($"\rfetch: {value.PiecesDone:N0}/{value.Pieces:N0} calls, {value.RowsReceived:N0}/{value.RowsExpected:N0} rows   ");
            }
        }

        public void Clear()
        {
            if (_shown)
            {
                environment.Error.Write("\r" + new string(' ', 79) + "\r");
            }
        }
    }
}
