using System.Buffers;

namespace AseanMinerals.Core.TradeSources.Internal;

/// <summary>
/// The one buffer of the readers that parse a streamed input in place (JSON Lines, Comtrade+ JSON): a rented array holding
/// the bytes not yet consumed plus room for the next read. It is compacted before each read and grows only when the bytes
/// not yet consumed fill it, so memory is bounded by the largest unit a reader waits for (a line, an element), whatever the
/// input's size. A UTF-8 byte order mark at the start is dropped (it belongs to no line or value). Places are given as
/// offsets in the input, which stay right across compactions.
/// </summary>
internal sealed class InputBuffer : IDisposable
{
    private const int InitialSize = 64 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private long _offset; // the input offset of _buffer[0]
    private int _start;
    private int _end;
    private bool _atStart = true;

    /// <summary>The bytes read and not yet consumed.</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(_start, _end - _start);

    /// <summary>The input offset of the first pending byte.</summary>
    public long PendingOffset => _offset + _start;

    /// <summary>True once a read returned no bytes: <see cref="Pending"/> is all that is left.</summary>
    public bool IsEndOfInput { get; private set; }

    /// <summary>Marks the first <paramref name="count"/> pending bytes as consumed.</summary>
    /// <param name="count">How many.</param>
    public void Consume(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _end - _start);
        _start += count;
    }

    /// <summary>Consumes every pending byte (a unit too long to keep, skipped as it streams by).</summary>
    public void ConsumeAll() => _start = _end;

    /// <summary>The bytes from one input offset to another, both within what is still buffered (to count lines in them).</summary>
    /// <param name="from">The first offset, at or after the start of the buffer (bytes consumed stay until the next read).</param>
    /// <param name="to">The offset after the last byte.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> Between(long from, long to) => _buffer.AsSpan((int)(from - _offset), (int)(to - from));

    /// <summary>Reads the next bytes of <paramref name="stream"/> after the pending ones; none once the input has ended.</summary>
    /// <param name="stream">The input.</param>
    /// <returns>The number of bytes read; 0 at the end of the input.</returns>
    public int Read(Stream stream) => Advance(stream.Read(FreeSpace().Span));

    /// <summary>Reads the next bytes of <paramref name="stream"/> after the pending ones; none once the input has ended.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The number of bytes read; 0 at the end of the input.</returns>
    public async ValueTask<int> ReadAsync(Stream stream, CancellationToken cancellationToken) =>
        Advance(await stream.ReadAsync(FreeSpace(), cancellationToken).ConfigureAwait(false));

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    // Where the next read goes: the pending bytes are moved to the front first, and the buffer doubled when they fill it.
    private Memory<byte> FreeSpace()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _offset += _start;
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

    private int Advance(int count)
    {
        IsEndOfInput |= count == 0;
        _end += count;
        if (_atStart && (_end - _start >= 3 || IsEndOfInput))
        {
            _atStart = false;
            _start += ByteOrderMark.Utf8Length(Pending); // a byte order mark belongs to no line or value
        }

        return count;
    }
}
