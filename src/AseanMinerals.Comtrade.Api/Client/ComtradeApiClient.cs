using System.Text.Json;
using AseanMinerals.Comtrade.Api.Fetching;
using AseanMinerals.Comtrade.Api.Internal;
using AseanMinerals.Comtrade.Api.Queries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Comtrade.Api.Client;

/// <summary>
/// A UN Comtrade+ API client over an <see cref="HttpClient"/> (one from <c>IHttpClientFactory</c> works): counts a query
/// first, splits it until every piece fits the row cap, fetches the pieces through the Comtrade JSON mapping and checks
/// that the rows received add up to the counts. Calls are paced, budgeted and retried (see <see cref="ComtradeApiOptions"/>).
/// </summary>
/// <example>
/// <code>
/// using var client = new ComtradeApiClient(new HttpClient(), new ComtradeApiOptions());
/// var fetch = client.Fetch(new ComtradeQuery { Periods = ["2022"], Reporters = [156, 842, 276], Flows = ["M", "X"] });
/// await foreach (var record in fetch) { /* ... */ }
/// Console.WriteLine(fetch.Summary); // https://...: 1,352 rows read = 1,352 records + 0 set aside + 0 rejected
/// Console.WriteLine(fetch.Report);  // 1,352 rows counted, 1,352 received; 8 calls (0 retries), 3 pieces
/// </code>
/// </example>
public sealed class ComtradeApiClient : IDisposable
{
    private readonly ApiTransport _transport;

    /// <summary>Creates a client; the HttpClient stays its owner's (it is not disposed here).</summary>
    /// <param name="httpClient">The HttpClient to send with.</param>
    /// <param name="options">How to call; null for the defaults.</param>
    /// <exception cref="ArgumentNullException">The HttpClient is null.</exception>
    public ComtradeApiClient(HttpClient httpClient, ComtradeApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        Options = options ?? new ComtradeApiOptions();
        _transport = new ApiTransport(httpClient, Options);
        RowCap = Options.RowCap ?? (UsesPreview ? ComtradeApiOptions.PreviewRowCap : 100_000);
        if (RowCap < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), RowCap, "The row cap must be positive.");
        }
    }

    /// <summary>The options in effect.</summary>
    public ComtradeApiOptions Options { get; }

    /// <summary>True when no key is set: the free preview endpoint (500 rows a call) is used.</summary>
    public bool UsesPreview => _transport.Key is null;

    /// <summary>The most rows one call returns; a query whose count reaches it is split.</summary>
    public int RowCap { get; }

    /// <summary>HTTP calls made so far by this client, retries included.</summary>
    public long Calls => _transport.Calls;

    /// <summary>Of <see cref="Calls"/>, the retries.</summary>
    public long Retries => _transport.Retries;

    internal ApiTransport Transport => _transport;

    /// <summary>Asks the service how many rows a query has (<c>countOnly</c>).</summary>
    /// <param name="query">The query; checked first.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ComtradeQueryException">The query cannot be sent.</exception>
    /// <exception cref="ComtradeApiException">The service gave no count.</exception>
    public async Task<long> CountAsync(ComtradeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.EnsureValid();
        var request = DataPath(query, countOnly: true);
        using var answer = await _transport.GetAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonAnswers.Count(answer) ?? throw _transport.Fail($"the answer has no count: {ErrorText.Of(answer)}", request, 200, null);
        }
        catch (JsonException e)
        {
            throw _transport.Fail($"the count answer is not JSON: {ErrorText.Of(answer)}", request, 200, e);
        }
    }

    /// <summary>
    /// Counts a query and splits it (by period, reporter, partner, commodity, flow) until every piece is under the row
    /// cap and its URL under <see cref="ComtradeQuery.MaxUrlLength"/>; the counts of the pieces of each split must add up
    /// to the count of what was split.
    /// </summary>
    /// <param name="query">The query; checked first.</param>
    /// <param name="cancellationToken">Stops the planning.</param>
    /// <returns>The plan: the data calls to make and their counts.</returns>
    /// <exception cref="ComtradeQueryException">The query cannot be sent.</exception>
    /// <exception cref="ComtradeApiException">A count failed, a piece at the cap cannot be split further, or counts do not add up.</exception>
    public async Task<ComtradeFetchPlan> PlanAsync(ComtradeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.EnsureValid();
        var pieces = new List<ComtradeFetchPiece>();
        var callsBefore = Calls;
        var total = 0L;
        foreach (var part in FitUrl(query))
        {
            var count = await CountAsync(part, cancellationToken).ConfigureAwait(false);
            total += count;
            await PlaceAsync(part, count, pieces, cancellationToken).ConfigureAwait(false);
        }

        return new ComtradeFetchPlan(query, RowCap, UsesPreview, total, pieces, (int)(Calls - callsBefore));
    }

    /// <summary>Prepares a fetch: nothing is sent until it is enumerated (or a plan is given, then no count is asked again).</summary>
    /// <param name="query">The query; checked when the fetch starts.</param>
    /// <param name="importOptions">How the rows are mapped (breakdowns, subset flows, rejections); the format is always Comtrade+ JSON.</param>
    /// <param name="plan">A plan made by <see cref="PlanAsync"/> for this query, or null to plan first.</param>
    /// <param name="progress">Receives the progress after each piece.</param>
    /// <returns>The fetch: enumerate it for the records, then read its summary.</returns>
    public ComtradeFetch Fetch(ComtradeQuery query, ComtradeImportOptions? importOptions = null, ComtradeFetchPlan? plan = null, IProgress<ComtradeFetchProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new ComtradeFetch(this, query, importOptions, plan, progress);
    }

    /// <summary>
    /// Says why a query has no rows: checks the period format and codes, then asks the availability endpoint whether data
    /// is published for its reporters and periods.
    /// </summary>
    /// <param name="query">The query that returned nothing.</param>
    /// <param name="cancellationToken">Stops the call.</param>
    /// <returns>The reason and what was checked.</returns>
    /// <exception cref="ComtradeApiException">The availability endpoint failed.</exception>
    public async Task<ComtradeEmptyResult> ExplainEmptyAsync(ComtradeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var checks = new List<string>();
        var problems = query.Validate();
        if (problems.Count > 0)
        {
            return new ComtradeEmptyResult(string.Join(" ", problems), ["the query's periods and codes"]);
        }

        var periods = query.ExpandedPeriods();
        checks.Add($"period format: {string.Join(',', query.Periods)}: {(query.Frequency == ComtradeFrequency.Annual ? "years on an annual query" : "months (or years standing for their months) on a monthly query")}, as the service expects");
        checks.Add($"flow codes: {(query.Flows is null ? "all" : string.Join(',', query.Flows))} (known codes)");
        checks.Add($"commodity codes: {(query.Commodities is null ? "all" : string.Join(',', query.Commodities))} in classification {query.Classification}");
        var prefix = UsesPreview ? "public/v1/getDa" : "data/v1/getDa";
        var request = $"{prefix}/{query.TypeCode}/{query.FrequencyCode}/{query.Classification}"
            + (query.Reporters is null ? "?" : $"?reporterCode={string.Join(',', query.Reporters)}&") + $"period={string.Join(',', periods)}";
        HashSet<(string Reporter, string Period)> available;
        using (var answer = await _transport.GetAsync(request, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                available = JsonAnswers.Availability(answer);
            }
            catch (JsonException e)
            {
                throw _transport.Fail($"the availability answer is not JSON: {ErrorText.Of(answer)}", request, 200, e);
            }
        }

        checks.Add($"availability endpoint: {available.Count:N0} reporter-periods published of those asked");
        if (available.Count == 0)
        {
            return new ComtradeEmptyResult(
                $"No {query.Classification} data is published for reporter {(query.Reporters is null ? "any" : string.Join(',', query.Reporters))} in {string.Join(',', periods)} (the availability endpoint lists none): a recent period may not be published yet, or the reporter does not report in this classification.",
                checks);
        }

        var missing = query.Reporters is null ? [] : query.Reporters.SelectMany(r => periods.Select(p => (Reporter: JsonAnswers.Invariant(r), Period: p))).Where(pair => !available.Contains(pair)).ToList();
        if (missing.Count > 0)
        {
            return new ComtradeEmptyResult(
                $"Not published: {string.Join(", ", missing.Select(static m => $"reporter {m.Reporter} in {m.Period}"))}; the others are published but no row matched the partners, flows and commodities asked.",
                checks);
        }

        return new ComtradeEmptyResult(
            "Data is published for every reporter and period asked, so no row matched the filters: check the partner codes, the flow codes and the commodity codes (a code of another classification matches nothing).",
            checks);
    }

    /// <summary>Nothing to release but the rate limiters; the HttpClient is its owner's.</summary>
    public void Dispose() => _transport.Dispose();

    /// <summary>The path and query of the data call for a query, relative to the base address (what a dry run prints); the key is never in it.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The path and query.</returns>
    public string DataRequest(ComtradeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return DataPath(query, countOnly: false);
    }

    internal string DataPath(ComtradeQuery query, bool countOnly) =>
        (UsesPreview ? "public/v1/preview/" : "data/v1/get/") + $"{query.TypeCode}/{query.FrequencyCode}/{query.Classification}" + query.QueryString(countOnly, countOnly ? null : RowCap);

    /// <summary>Streams the rows of one piece through the Comtrade mapping; checks its rows against its count and the cap.</summary>
    internal async IAsyncEnumerable<TradeRecord> FetchPieceAsync(ComtradeFetchPiece piece, ComtradeImportOptions? importOptions, Action<ComtradeImport> opened, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = DataPath(piece.Query, countOnly: false);
        using var answer = await _transport.GetAsync(request, cancellationToken).ConfigureAwait(false);
        if (!answer.LooksLikeJson())
        {
            throw _transport.Fail($"the answer is not JSON: {ErrorText.Of(answer)}", request, 200, null);
        }

        var import = ResponseMapping.Open(answer.Body, request, importOptions);
        opened(import);
        await foreach (var record in import.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return record;
        }

        var rows = import.Summary.RowsRead;
        if (rows >= RowCap)
        {
            throw _transport.Fail($"the answer came back full ({rows:N0} rows, the cap): it may be cut, so it is not used", request, 200, null);
        }

        if (rows != piece.ExpectedRows)
        {
            throw _transport.Fail($"{rows:N0} rows received where the count announced {piece.ExpectedRows:N0} (the data changed between the calls, or the answer was cut)", request, 200, null);
        }
    }

    private IEnumerable<ComtradeQuery> FitUrl(ComtradeQuery query)
    {
        if (new Uri(_transport.BaseAddress, DataPath(query, countOnly: false)).AbsoluteUri.Length <= ComtradeQuery.MaxUrlLength)
        {
            yield return query;
            yield break;
        }

        var halves = QuerySplitter.Halve(query) ?? throw new ComtradeQueryException($"The URL of {query.Describe()} is longer than {ComtradeQuery.MaxUrlLength:N0} characters and has no list left to split.");
        foreach (var part in FitUrl(halves.First).Concat(FitUrl(halves.Second)))
        {
            yield return part;
        }
    }

    private async Task PlaceAsync(ComtradeQuery query, long count, List<ComtradeFetchPiece> pieces, CancellationToken cancellationToken)
    {
        if (count < RowCap)
        {
            if (count > 0)
            {
                pieces.Add(new ComtradeFetchPiece(query, count));
            }

            return;
        }

        var halves = QuerySplitter.Halve(query)
            ?? throw _transport.Fail($"{query.Describe()} has {count:N0} rows, at the cap of {RowCap:N0} rows a call, and cannot be split further (one value in every list): name partners or commodity codes instead of all", null, null, null);
        var first = await CountAsync(halves.First, cancellationToken).ConfigureAwait(false);
        var second = await CountAsync(halves.Second, cancellationToken).ConfigureAwait(false);
        if (first + second != count)
        {
            throw _transport.Fail($"split by {halves.Dimension}, {query.Describe()} counts {first:N0} + {second:N0} rows, not the {count:N0} of the whole: the pieces would not add up", null, null, null);
        }

        await PlaceAsync(halves.First, first, pieces, cancellationToken).ConfigureAwait(false);
        await PlaceAsync(halves.Second, second, pieces, cancellationToken).ConfigureAwait(false);
    }
}
