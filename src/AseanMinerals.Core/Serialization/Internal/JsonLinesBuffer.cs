using AseanMinerals.Core.TradeSources.Internal;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// The lines of a JSON Lines input, taken whole (without their line break) from the shared <see cref="InputBuffer"/>, which
/// then holds at most one line plus one read: memory is bounded by the longest line allowed, whatever the input's size. A
/// line longer than the limit is skipped as it streams by and handed out as "too long" once its end is seen. Each line is
/// told to be all ASCII or not from one scan of the bytes read (a block at a time, not a line at a time), so that a reader
/// checks UTF-8 only in lines that hold other bytes.
/// </summary>
internal sealed class JsonLinesBuffer(int maxLineLength) : IDisposable
{
    private readonly InputBuffer _input = new();
    private bool _skippingLongLine;
    private long _asciiEnd; // an input offset: the pending bytes before it are ASCII

    /// <summary>True once the input has ended and every line has been handed out.</summary>
    public bool IsFinished => IsEndOfInput && _input.Pending.IsEmpty && !_skippingLongLine;

    /// <summary>True once a read returned no bytes.</summary>
    public bool IsEndOfInput => _input.IsEndOfInput;

    /// <summary>Reads more of the input (call when <see cref="TryTakeLine"/> returns false and the input has not ended).</summary>
    /// <param name="stream">The input.</param>
    public void Read(Stream stream) => _input.Read(stream);

    /// <summary>Reads more of the input asynchronously.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The read.</returns>
    public ValueTask<int> ReadAsync(Stream stream, CancellationToken cancellationToken) => _input.ReadAsync(stream, cancellationToken);

    /// <summary>The next whole line, if the buffer holds one.</summary>
    /// <param name="line">The line, without its line break (LF or CRLF).</param>
    /// <param name="tooLong">True when the line was longer than the limit (then <paramref name="line"/> is empty).</param>
    /// <param name="isAscii">True when every byte of the line is ASCII (so it is UTF-8 with no need to check it).</param>
    /// <returns>True when a line was handed out; false when more input is needed (or the input is finished).</returns>
    public bool TryTakeLine(out ReadOnlySpan<byte> line, out bool tooLong, out bool isAscii)
    {
        line = default;
        tooLong = false;
        isAscii = false;
        var pending = _input.Pending;
        var newLine = pending.IndexOf((byte)'\n');
        if (_skippingLongLine)
        {
            if (newLine < 0 && !IsEndOfInput)
            {
                _input.ConsumeAll(); // drop what streamed by; the line is rejected when it ends
                return false;
            }

            _skippingLongLine = false;
            _input.Consume(newLine < 0 ? pending.Length : newLine + 1);
            tooLong = true;
            return true;
        }

        if (newLine < 0)
        {
            if (pending.Length > maxLineLength)
            {
                _skippingLongLine = true;
                _input.ConsumeAll();
                return TryTakeLine(out line, out tooLong, out isAscii);
            }

            if (!IsEndOfInput || pending.IsEmpty)
            {
                return false; // wait for the rest of the line, or nothing is left
            }

            newLine = pending.Length; // the last line may lack its line break
        }

        var lineOffset = _input.PendingOffset;
        _input.Consume(Math.Min(newLine + 1, pending.Length));
        if (newLine > maxLineLength)
        {
            tooLong = true;
            return true;
        }

        isAscii = IsAscii(pending, lineOffset, newLine);
        line = pending[..newLine];
        if (line.EndsWith((byte)'\r'))
        {
            line = line[..^1];
        }

        return true;
    }

    public void Dispose() => _input.Dispose();

    // Whether the first `length` pending bytes (at input offset `offset`) are ASCII. The bytes after those known to be ASCII
    // are scanned up to the first other byte, or to the end of what is read: one vectorised pass over the input as a whole
    // (a call a line cost 0.15 of the bare JSON pass), and still one pass when many lines hold other bytes.
    private bool IsAscii(ReadOnlySpan<byte> pending, long offset, int length)
    {
        if (offset + length > _asciiEnd)
        {
            var from = (int)Math.Max(0, _asciiEnd - offset);
            var other = pending[from..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            _asciiEnd = offset + (other < 0 ? pending.Length : from + other);
        }

        return offset + length <= _asciiEnd;
    }
}
