using AseanMinerals.Comtrade.Api.Queries;

namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>One call of a fetch: a part of the query small enough for the row cap, with the rows its count announced.</summary>
/// <param name="Query">The part of the query this call asks for.</param>
/// <param name="ExpectedRows">The rows the count endpoint announced for it.</param>
public sealed record ComtradeFetchPiece(ComtradeQuery Query, long ExpectedRows)
{
    /// <summary>The rows the data call returned (set once fetched): must equal <see cref="ExpectedRows"/>.</summary>
    public long? RowsReceived { get; init; }

    /// <summary>One line for messages: the piece's filters and its count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Query.Describe()}: {ExpectedRows:N0} rows" + (RowsReceived is { } received ? $", {received:N0} received" : string.Empty);
}
