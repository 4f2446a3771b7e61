using AseanMinerals.Comtrade.Api.Client;
using AseanMinerals.Comtrade.Api.Queries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>
/// A fetch under way: enumerate it for the trade records of every piece, one page at a time, then read
/// <see cref="Summary"/>. A failure (retries used up, a full or cut page, counts that do not add up) ends the enumeration
/// with a <see cref="ComtradeApiException"/> and leaves <see cref="ComtradeFetchSummary.IsComplete"/> false with the reason.
/// </summary>
public sealed class ComtradeFetch : IAsyncEnumerable<TradeRecord>
{
    private readonly ComtradeApiClient _client;
    private readonly ComtradeImportOptions? _importOptions;
    private readonly ComtradeFetchPlan? _plan;
    private readonly IProgress<ComtradeFetchProgress>? _progress;
    private ComtradeFetchSummary _summary;

    internal ComtradeFetch(ComtradeApiClient client, ComtradeQuery query, ComtradeImportOptions? importOptions, ComtradeFetchPlan? plan, IProgress<ComtradeFetchProgress>? progress)
    {
        _client = client;
        Query = query;
        _importOptions = importOptions;
        _plan = plan;
        _progress = progress;
        _summary = new ComtradeFetchSummary { Query = query, Problem = "not started" };
    }

    /// <summary>The query fetched.</summary>
    public ComtradeQuery Query { get; }

    /// <summary>What the fetch did so far; complete once the enumeration ended without an error.</summary>
    public ComtradeFetchSummary Summary => _summary;

    /// <summary>Starts the fetch (plans first unless a plan was given).</summary>
    /// <param name="cancellationToken">Stops the fetch between two records or during a call.</param>
    /// <returns>The records.</returns>
    public IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
        new FailureRecorder(this, RunAsync(cancellationToken).GetAsyncEnumerator(cancellationToken));

    private async IAsyncEnumerable<TradeRecord> RunAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var callsBefore = _client.Calls;
        var retriesBefore = _client.Retries;
        var pages = new List<ComtradeImportSummary>();
        var fetched = new List<ComtradeFetchPiece>();
        ComtradeFetchPlan? plan = null;
        var completed = false;
        string? problem = "stopped before the end";
        try
        {
            plan = _plan ?? await _client.PlanAsync(Query, cancellationToken).ConfigureAwait(false);
            Update(plan, pages, fetched, callsBefore, retriesBefore, complete: false, problem: "under way");
            if (plan.TotalRows == 0)
            {
                var empty = await _client.ExplainEmptyAsync(Query, cancellationToken).ConfigureAwait(false);
                Update(plan, pages, fetched, callsBefore, retriesBefore, complete: true, problem: null, empty);
                completed = true;
                yield break;
            }

            foreach (var piece in plan.Pieces)
            {
                ComtradeImportSummary? page = null;
                await foreach (var record in _client.FetchPieceAsync(piece, _importOptions, s => page = s, cancellationToken).ConfigureAwait(false))
                {
                    yield return record;
                }

                pages.Add(page!);
                fetched.Add(piece with { RowsReceived = page!.RowsRead });
                Update(plan, pages, fetched, callsBefore, retriesBefore, complete: false, problem: "under way");
                _progress?.Report(new ComtradeFetchProgress(fetched.Count, plan.Pieces.Count, _summary.RowsReceived, plan.TotalRows));
            }

            completed = true;
            problem = null;
        }
        finally
        {
            if (!completed || problem is not null)
            {
                problem = cancellationToken.IsCancellationRequested ? "cancelled" : problem;
            }

            if (_summary.Empty is null)
            {
                Update(plan, pages, fetched, callsBefore, retriesBefore, complete: completed, problem: completed ? null : problem);
            }
        }
    }

    /// <summary>Records the reason of a failure, so that the summary says why the fetch is incomplete.</summary>
    private void Failed(string reason) => _summary = _summary with { IsComplete = false, Problem = reason };

    private void Update(ComtradeFetchPlan? plan, List<ComtradeImportSummary> pages, List<ComtradeFetchPiece> fetched, long callsBefore, long retriesBefore, bool complete, string? problem, ComtradeEmptyResult? empty = null) =>
        _summary = new ComtradeFetchSummary
        {
            Query = Query,
            Pieces = plan is null ? [] : [.. fetched, .. plan.Pieces.Skip(fetched.Count)],
            Calls = _client.Calls - callsBefore + (_plan?.CountCalls ?? 0),
            Retries = _client.Retries - retriesBefore,
            RowsExpected = plan?.TotalRows ?? 0,
            RowsReceived = pages.Sum(static p => p.RowsRead),
            Records = pages.Sum(static p => p.Records),
            SetAside = pages.Sum(static p => p.SetAside),
            Rejected = pages.Sum(static p => p.Rejected),
            Pages = [.. pages],
            IsComplete = complete,
            Problem = problem,
            Empty = empty,
        };

    /// <summary>Passes the records on; a failure's message becomes the summary's problem before it reaches the caller.</summary>
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
