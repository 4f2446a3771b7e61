using AseanMinerals.Comtrade.Api.Queries;

namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>
/// What a fetch did and got: calls and retries, rows counted and received (they must be equal), and what became of
/// every row (records + set aside + rejected, as the Comtrade mapping of files counts them).
/// </summary>
public sealed record ComtradeFetchSummary
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

    /// <summary>Rows received (each one read by the Comtrade mapping).</summary>
    public long RowsReceived { get; init; }

    /// <summary>Rows yielded as trade records.</summary>
    public long Records { get; init; }

    /// <summary>Rows read well but not yielded (breakdowns, subset flows: summing them would count dollars twice).</summary>
    public long SetAside { get; init; }

    /// <summary>Rows that could not be read.</summary>
    public long Rejected { get; init; }

    /// <summary>What the mapping said of each page, in order.</summary>
    public IReadOnlyList<ComtradeImportSummary> Pages { get; init; } = [];

    /// <summary>True when every piece was fetched and every count matched.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Why the fetch is not complete (null when it is).</summary>
    public string? Problem { get; init; }

    /// <summary>Why there are no rows, when the query has none.</summary>
    public ComtradeEmptyResult? Empty { get; init; }

    /// <summary>True when the rows received equal the rows announced and each is a record, set aside or rejected.</summary>
    public bool IsReconciled => RowsReceived == RowsExpected && RowsReceived == Records + SetAside + Rejected;

    /// <summary>One line: <c>N rows counted, N received = N records + N set aside + N rejected; N calls (N retries), N pieces</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{RowsExpected:N0} rows counted, {RowsReceived:N0} received = {Records:N0} records + {SetAside:N0} set aside + {Rejected:N0} rejected; {Calls:N0} calls ({Retries:N0} retries), {Pieces.Count:N0} pieces"
        + (IsComplete ? string.Empty : $" [incomplete: {Problem}]");
}
