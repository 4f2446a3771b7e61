using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.TradeSources;

/// <summary>
/// A source of trade records: a file or stream of any format, read as an asynchronous sequence of <see cref="TradeRecord"/>s
/// in bounded memory, with one account of what became of every row (<see cref="Summary"/>). Every reader of the library
/// implements it (JSON Lines in this package, UN Comtrade files in AseanMinerals.Comtrade), so that a caller reads any
/// trade input the same way.
/// </summary>
/// <remarks>
/// A row that is not a valid record stops the enumeration with a <see cref="Validation.ValidationException"/> naming its
/// file, line, path and rule, unless the options say <see cref="InvalidRowHandling.Collect"/>; then it is counted and
/// listed in the summary. An input that cannot be read at all (an unknown format, a missing column) always stops it.
/// </remarks>
/// <example>
/// <code>
/// ITradeRecordSource source = AseanMineralsJson.OpenTradeRecordLines("trade.jsonl");
/// await foreach (var record in source) { ... }
/// Console.WriteLine(source.Summary); // trade.jsonl (JSON Lines, Utf8): 3 rows read = 3 records + 0 set aside + 0 rejected
/// </code>
/// </example>
public interface ITradeRecordSource : IAsyncEnumerable<TradeRecord>
{
    /// <summary>The file or stream name, as issues name it.</summary>
    string SourceName { get; }

    /// <summary>
    /// What became of every row read so far: complete (<see cref="TradeSourceSummary.IsComplete"/>) once the enumeration
    /// has ended. Each read takes a snapshot.
    /// </summary>
    TradeSourceSummary Summary { get; }

    /// <summary>
    /// The 1-based line of the input where the record last handed out starts, or 0 before the first: where a check of that
    /// record (for example <see cref="TradeRecordValidator"/>) should point the user.
    /// </summary>
    long CurrentLine { get; }
}
