namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>How far a fetch is: pieces fetched of the plan, rows received of the rows counted.</summary>
/// <param name="PiecesDone">Pieces fetched.</param>
/// <param name="Pieces">Pieces planned.</param>
/// <param name="RowsReceived">Rows received so far.</param>
/// <param name="RowsExpected">Rows the count endpoint announced.</param>
public sealed record ComtradeFetchProgress(int PiecesDone, int Pieces, long RowsReceived, long RowsExpected);
