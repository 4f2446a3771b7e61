using AseanMinerals.Comtrade.Api.Queries;

namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>
/// How a query will be fetched: counted first, then split (by period, reporter, partner, commodity, flow) until every
/// piece is under the row cap; the pieces' counts add up to the whole's count (checked while splitting).
/// </summary>
/// <param name="Query">The query.</param>
/// <param name="RowCap">The most rows one call returns.</param>
/// <param name="UsesPreview">True when no key is set and the free preview endpoint is used.</param>
/// <param name="TotalRows">The rows the whole query has, by the count endpoint.</param>
/// <param name="Pieces">The data calls to make, each under the cap.</param>
/// <param name="CountCalls">The calls made to plan (count calls, retries included).</param>
public sealed record ComtradeFetchPlan(ComtradeQuery Query, int RowCap, bool UsesPreview, long TotalRows, IReadOnlyList<ComtradeFetchPiece> Pieces, int CountCalls);
