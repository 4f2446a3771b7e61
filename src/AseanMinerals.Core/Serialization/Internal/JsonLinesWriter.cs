using System.Buffers;
using System.Text.Json;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>Formats trade records as JSON Lines into a reused buffer, handed to the stream a block at a time.</summary>
internal sealed class JsonLinesWriter : IRecordLinesWriter
{
    private const int BlockSize = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _buffer = new(BlockSize + 1024);
    private readonly Utf8JsonWriter _writer;

    public JsonLinesWriter() => _writer = new Utf8JsonWriter(_buffer);

    public long Count { get; private set; }

    public bool IsFull => _buffer.WrittenCount >= BlockSize;

    public void Write(in TradeRecord record)
    {
        TradeRecordJson.Write(_writer, record);
        _writer.Flush();
        _writer.Reset();
        _buffer.Write("\n"u8);
        Count++;
    }

    public void CopyTo(Stream stream)
    {
        stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }

    public async ValueTask CopyToAsync(Stream stream, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }

    public void Dispose() => _writer.Dispose();
}
