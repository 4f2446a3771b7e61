using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Testing;

/// <summary>Everything a test compares of one reading of a trade source: the records, the line of each, the summary, the failure.</summary>
/// <param name="Records">The records handed out, in order.</param>
/// <param name="Lines">For each record, <see cref="ITradeRecordSource.CurrentLine"/> when it was handed out.</param>
/// <param name="Summary">The summary once the reading ended.</param>
/// <param name="Failure">The validation error that stopped the reading, or null.</param>
public sealed record TradeSourceReading(List<TradeRecord> Records, List<long> Lines, TradeSourceSummary Summary, ValidationException? Failure)
{
    /// <summary>Reads a source to its end (or to the validation error that stops it).</summary>
    /// <param name="source">The source.</param>
    /// <returns>What was read.</returns>
    public static async Task<TradeSourceReading> ReadAsync(ITradeRecordSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var records = new List<TradeRecord>();
        var lines = new List<long>();
        try
        {
            await foreach (var record in source.ConfigureAwait(false))
            {
                records.Add(record);
                lines.Add(source.CurrentLine);
            }
        }
        catch (ValidationException e)
        {
            return new TradeSourceReading(records, lines, source.Summary, e);
        }

        return new TradeSourceReading(records, lines, source.Summary, null);
    }
}
