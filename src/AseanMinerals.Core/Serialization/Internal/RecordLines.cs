using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>A writer of trade records as lines into a reused buffer, handed to the stream a block at a time.</summary>
internal interface IRecordLinesWriter : IDisposable
{
    long Count { get; }

    bool IsFull { get; }

    void Write(in TradeRecord record);

    void CopyTo(Stream stream);

    ValueTask CopyToAsync(Stream stream, CancellationToken cancellationToken);
}

/// <summary>The one loop of every line format's writer (JSON Lines, CSV): records in, whole blocks out, then a flush.</summary>
internal static class RecordLines
{
    public static long Write<TWriter>(Stream stream, IEnumerable<TradeRecord> records, TWriter lines)
        where TWriter : IRecordLinesWriter
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        using (lines)
        {
            foreach (var record in records)
            {
                lines.Write(record);
                if (lines.IsFull)
                {
                    lines.CopyTo(stream);
                }
            }

            lines.CopyTo(stream);
            stream.Flush();
            return lines.Count;
        }
    }

    public static async Task<long> WriteAsync<TWriter>(Stream stream, IAsyncEnumerable<TradeRecord> records, TWriter lines, CancellationToken cancellationToken)
        where TWriter : IRecordLinesWriter
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(records);
        using (lines)
        {
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                lines.Write(record);
                if (lines.IsFull)
                {
                    await lines.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
                }
            }

            await lines.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return lines.Count;
        }
    }
}
