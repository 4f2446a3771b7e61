using System.Buffers;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>A writer of trade records as lines into a reused buffer (<see cref="Block"/>), which <see cref="RecordLines"/> hands to the stream.</summary>
internal interface IRecordLinesWriter : IDisposable
{
    long Count { get; }

    /// <summary>The lines written since the block was last handed on.</summary>
    ArrayBufferWriter<byte> Block { get; }

    void Write(in TradeRecord record);
}

/// <summary>The one loop of every line format's writer (JSON Lines, CSV): records in, whole blocks out, then a flush.</summary>
internal static class RecordLines
{
    /// <summary>The bytes a block holds before it is handed to the stream (a line more, at most).</summary>
    public const int BlockSize = 64 * 1024;

    /// <summary>A block's buffer: room for a full block and the line that fills it.</summary>
    public static ArrayBufferWriter<byte> NewBlock() => new(BlockSize + 1024);

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
                if (lines.Block.WrittenCount >= BlockSize)
                {
                    CopyTo(lines.Block, stream);
                }
            }

            CopyTo(lines.Block, stream);
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
                if (lines.Block.WrittenCount >= BlockSize)
                {
                    await CopyToAsync(lines.Block, stream, cancellationToken).ConfigureAwait(false);
                }
            }

            await CopyToAsync(lines.Block, stream, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return lines.Count;
        }
    }

    private static void CopyTo(ArrayBufferWriter<byte> block, Stream stream)
    {
        stream.Write(block.WrittenSpan);
        block.ResetWrittenCount();
    }

    private static async ValueTask CopyToAsync(ArrayBufferWriter<byte> block, Stream stream, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(block.WrittenMemory, cancellationToken).ConfigureAwait(false);
        block.ResetWrittenCount();
    }
}
