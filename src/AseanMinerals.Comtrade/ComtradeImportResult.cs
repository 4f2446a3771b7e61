using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade;

/// <summary>A whole file read into memory: its records and the summary of what became of every row.</summary>
/// <param name="Records">The records, in file order.</param>
/// <param name="Summary">What became of every row.</param>
public sealed record ComtradeImportResult(IReadOnlyList<TradeRecord> Records, TradeSourceSummary Summary);
