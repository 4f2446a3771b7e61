using AseanMinerals.Comtrade.Api.Queries;

namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>
/// How a fetch went over the network: the pieces with the rows each announced and brought, calls and retries, whether
/// it is complete and why not. What became of the rows (records, set aside, rejected) is the fetch's
/// <see cref="ComtradeFetch.Summary"/>, the same account as a file's.
/// </summary>
public sealed record ComtradeFetchReport
{
    /// <summary>The query fetched.</summary>
    public required ComtradeQuery Query { get; init; }

    /// <summary>The pieces, with the rows each announced and received.</summary>
    public IReadOnlyList<ComtradeFetchPiece> Pieces { get; init; } = [];

    /// <summary>HTTP calls made (count, data and availability calls, retries included, and those of a plan passed in).</summary>
    public long Calls { get; init; }

    /// <summary>Of <see cref="Calls"/>, the retries after a transient failure.</summary>
    public long Retries { get; init; }

    /// <summary>Rows the count endpoint announced for the whole query.</summary>
    public long RowsExpected { get; init; }

    /// <summary>Rows received, each read by the Comtrade mapping.</summary>
    public long RowsReceived { get; init; }

    /// <summary>True when every piece was fetched with the rows its count announced.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Why the fetch is not complete (null when it is).</summary>
    public string? Problem { get; init; }

    /// <summary>Why there are no rows, when the query has none.</summary>
    public ComtradeEmptyResult? Empty { get; init; }

    /// <summary>True when the rows received equal the rows the counts announced.</summary>
    public bool IsReconciled => RowsReceived == RowsExpected;

    /// <summary>One line: <c>N rows counted, N received; N calls (N retries), N pieces</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{RowsExpected:N0} rows counted, {RowsReceived:N0} received; {Calls:N0} calls ({Retries:N0} retries), {Pieces.Count:N0} pieces"
        + (IsComplete ? string.Empty : $" [incomplete: {Problem}]");
}
