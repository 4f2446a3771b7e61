using AseanMinerals.Comtrade.Api.Client;
using AseanMinerals.Comtrade.Api.Internal;
using AseanMinerals.Comtrade.Api.Queries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>
/// A fetch, read like any trade source (<see cref="ITradeRecordSource"/>): enumerate it for the trade records of every
/// piece, one page at a time, then read <see cref="Summary"/> (what became of every row, as for a file) and
/// <see cref="Report"/> (pieces, calls, retries). A failure over the network (retries used up, a full or cut page,
/// counts that do not add up) ends the enumeration with a <see cref="ComtradeApiException"/> and leaves
/// <see cref="ComtradeFetchReport.IsComplete"/> false with the reason; a row that is not a valid record, with the
/// <see cref="Core.Validation.ValidationException"/> of the Comtrade mapping.
/// </summary>
public sealed class ComtradeFetch : ITradeRecordSource
{
    private readonly ComtradeApiClient _client;
    private readonly ComtradeImportOptions? _importOptions;
    private readonly ComtradeFetchPlan? _plan;
    private readonly IProgress<ComtradeFetchProgress>? _progress;
    private readonly List<TradeSourceSummary> _pages = [];
    private ComtradeImport? _page;
    private ComtradeFetchReport _report;

    internal ComtradeFetch(ComtradeApiClient client, ComtradeQuery query, ComtradeImportOptions? importOptions, ComtradeFetchPlan? plan, IProgress<ComtradeFetchProgress>? progress)
    {
        _client = client;
        Query = query;
        _importOptions = importOptions;
        _plan = plan;
        _progress = progress;
        SourceName = importOptions?.SourceName ?? new Uri(client.Transport.BaseAddress, client.DataRequest(query)).AbsoluteUri;
        _report = new ComtradeFetchReport { Query = query, Problem = "not started" };
    }

    /// <summary>The query fetched.</summary>
    public ComtradeQuery Query { get; }

    /// <summary>The address of the whole query's data call (never the key), as issues and summaries name the source.</summary>
    public string SourceName { get; }

    /// <summary>What became of every row received, summed over the pages: the same account as a file's; complete once every piece arrived.</summary>
    public TradeSourceSummary Summary
    {
        get
        {
            var pages = _page is { } current ? [.. _pages, current.Summary] : _pages;
            return PageSummaries.Merge(SourceName, pages, _report.IsComplete);
        }
    }

    /// <summary>How the fetch went over the network so far: pieces, calls, retries, completeness.</summary>
    public ComtradeFetchReport Report => _report;

    /// <summary>The line, in the current page's JSON, where the record last handed out starts.</summary>
    public long CurrentLine => _page?.CurrentLine ?? 0;

    /// <summary>Starts the fetch (plans first unless a plan was given).</summary>
    /// <param name="cancellationToken">Stops the fetch between two records or during a call.</param>
    /// <returns>The records.</returns>
    public IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new FailureRecorder(this, RunAsync(cancellationToken).GetAsyncEnumerator(cancellationToken));

    private async IAsyncEnumerable<TradeRecord> RunAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var callsBefore = _client.Calls;
        var retriesBefore = _client.Retries;
        var fetched = new List<ComtradeFetchPiece>();
        _pages.Clear();
        ComtradeFetchPlan? plan = null;
        var completed = false;
        try
        {
            plan = _plan ?? await _client.PlanAsync(Query, cancellationToken).ConfigureAwait(false);
            Update(plan, fetched, callsBefore, retriesBefore, complete: false, problem: "under way");
            if (plan.TotalRows == 0)
            {
                var empty = await _client.ExplainEmptyAsync(Query, cancellationToken).ConfigureAwait(false);
                completed = true;
                Update(plan, fetched, callsBefore, retriesBefore, complete: true, problem: null, empty);
                yield break;
            }

            foreach (var piece in plan.Pieces)
            {
                await foreach (var record in _client.FetchPieceAsync(piece, _importOptions, page => _page = page, cancellationToken).ConfigureAwait(false))
                {
                    yield return record;
                }

                var summary = _page!.Summary;
                _pages.Add(summary);
                _page = null;
                fetched.Add(piece with { RowsReceived = summary.RowsRead });
                Update(plan, fetched, callsBefore, retriesBefore, complete: false, problem: "under way");
                _progress?.Report(new ComtradeFetchProgress(fetched.Count, plan.Pieces.Count, _report.RowsReceived, plan.TotalRows));
            }

            completed = true;
        }
        finally
        {
            if (_report.Empty is null)
            {
                Update(plan, fetched, callsBefore, retriesBefore, complete: completed, problem: completed ? null : cancellationToken.IsCancellationRequested ? "cancelled" : "stopped before the end");
            }
        }
    }

    /// <summary>Records the reason of a failure, so that the report says why the fetch is incomplete.</summary>
    private void Failed(string reason) => _report = _report with { IsComplete = false, Problem = reason };

    private void Update(ComtradeFetchPlan? plan, List<ComtradeFetchPiece> fetched, long callsBefore, long retriesBefore, bool complete, string? problem, ComtradeEmptyResult? empty = null) =>
        _report = new ComtradeFetchReport
        {
            Query = Query,
            Pieces = plan is null ? [] : [.. fetched, .. plan.Pieces.Skip(fetched.Count)],
            Calls = _client.Calls - callsBefore + (_plan?.CountCalls ?? 0),
            Retries = _client.Retries - retriesBefore,
            RowsExpected = plan?.TotalRows ?? 0,
            RowsReceived = _pages.Sum(static p => p.RowsRead),
            IsComplete = complete,
            Problem = problem,
            Empty = empty,
        };

    /// <summary>Passes the records on; a failure's message becomes the report's problem before it reaches the caller.</summary>
    private sealed class FailureRecorder(ComtradeFetch fetch, IAsyncEnumerator<TradeRecord> inner) : IAsyncEnumerator<TradeRecord>
    {
        public TradeRecord Current => inner.Current;

        public async ValueTask<bool> MoveNextAsync()
        {
            try
            {
                return await inner.MoveNextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                fetch.Failed(e.Message);
                throw;
            }
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
