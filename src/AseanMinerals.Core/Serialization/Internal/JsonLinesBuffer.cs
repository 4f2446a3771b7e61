using System.Buffers;
using AseanMinerals.Core.TradeSources.Internal;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// The bytes of a JSON Lines input between reads: hands out whole lines (without their line break) and says where the next
/// read goes. Holds at most one line plus one read, so memory is bounded by the longest line allowed, whatever the input's size.
/// A line longer than the limit is skipped as it streams by and handed out as "too long" once its end is seen.
/// </summary>
internal sealed class JsonLinesBuffer(int maxLineLength) : IDisposable
{
    private const int InitialSize = 64 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _start;
    private int _end;
    private bool _skippingLongLine;
    private bool _atStart = true;

    /// <summary>True once the input has ended and every line has been handed out.</summary>
    public bool IsFinished => IsEndOfInput && _start == _end && !_skippingLongLine;

    /// <summary>True once a read returned no bytes.</summary>
    public bool IsEndOfInput { get; private set; }

    /// <summary>Where the next read goes (never empty while the input lasts).</summary>
    public Memory<byte> FreeSpace()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records a read of <paramref name="count"/> bytes into <see cref="FreeSpace"/>; 0 marks the end of the input.</summary>
    public void Advance(int count)
    {
        if (count == 0)
        {
            IsEndOfInput = true;
            return;
        }

        _end += count;
        if (_atStart && _end - _start >= 3)
        {
            _atStart = false;
            _start += ByteOrderMark.Utf8Length(_buffer.AsSpan(_start, _end - _start)); // a byte order mark belongs to no line
        }
    }

    /// <summary>The next whole line, if the buffer holds one.</summary>
    /// <param name="line">The line, without its line break (LF or CRLF).</param>
    /// <param name="tooLong">True when the line was longer than the limit (then <paramref name="line"/> is empty).</param>
    /// <returns>True when a line was handed out; false when more input is needed (or the input is finished).</returns>
    public bool TryTakeLine(out ReadOnlySpan<byte> line, out bool tooLong)
    {
        line = default;
        tooLong = false;
        var pending = _buffer.AsSpan(_start, _end - _start);
        var newLine = pending.IndexOf((byte)'\n');
        if (_skippingLongLine)
        {
            if (newLine < 0 && !IsEndOfInput)
            {
                _start = _end = 0; // drop what streamed by; the line is rejected when it ends
                return false;
            }

            _skippingLongLine = false;
            _start = newLine < 0 ? _end : _start + newLine + 1;
            tooLong = true;
            return true;
        }

        if (newLine < 0)
        {
            if (pending.Length > maxLineLength)
            {
                _skippingLongLine = true;
                _start = _end = 0;
                return TryTakeLine(out line, out tooLong);
            }

            if (!IsEndOfInput || pending.IsEmpty)
            {
                return false; // wait for the rest of the line, or nothing is left
            }

            newLine = pending.Length; // the last line may lack its line break
        }

        if (newLine > maxLineLength)
        {
            _start += Math.Min(newLine + 1, pending.Length);
            tooLong = true;
            return true;
        }

        line = pending[..newLine];
        if (line.EndsWith((byte)'\r'))
        {
            line = line[..^1];
        }

        _start += Math.Min(newLine + 1, pending.Length);
        return true;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
