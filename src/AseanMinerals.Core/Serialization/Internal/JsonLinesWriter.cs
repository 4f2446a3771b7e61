using System.Buffers;
using System.Text.Json;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>Formats trade records as JSON Lines into a reused buffer, handed to the stream a block at a time.</summary>
internal sealed class JsonLinesWriter : IRecordLinesWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = RecordLines.NewBlock();
    private readonly Utf8JsonWriter _writer;

    public JsonLinesWriter() => _writer = new Utf8JsonWriter(_buffer);

    public long Count { get; private set; }

    public ArrayBufferWriter<byte> Block => _buffer;

    public void Write(in TradeRecord record)
    {
        TradeRecordJson.Write(_writer, record);
        _writer.Flush();
        _writer.Reset();
        _buffer.Write("\n"u8);
        Count++;
    }

    public void Dispose() => _writer.Dispose();
}
