namespace AseanMinerals.Testing;

/// <summary>
/// A read-only stream of a head, a byte repeated any number of times, and a tail, made as it is read: inputs of hundreds
/// of megabytes (a 100 MB string, a row that never ends) for limit tests, without holding them in memory or on disk.
/// </summary>
public sealed class GeneratedStream : ReadOnlyStream
{
    private readonly byte[] _head;
    private readonly byte _filler;
    private readonly long _fillerCount;
    private readonly byte[] _tail;
    private readonly bool _seekable;
    private long _position;

    /// <summary>Creates the stream.</summary>
    /// <param name="head">The first bytes.</param>
    /// <param name="filler">The byte repeated after them.</param>
    /// <param name="fillerCount">How many times.</param>
    /// <param name="tail">The last bytes.</param>
    /// <param name="seekable">Whether the stream tells its length (as a file does) or not (as a network stream).</param>
    public GeneratedStream(byte[] head, byte filler, long fillerCount, byte[] tail, bool seekable)
    {
        _head = head;
        _filler = filler;
        _fillerCount = fillerCount;
        _tail = tail;
        _seekable = seekable;
    }

    /// <summary>Bytes handed out so far.</summary>
    public long BytesRead => _position;

    /// <inheritdoc />
    public override bool CanSeek => _seekable;

    /// <inheritdoc />
    public override long Length => _seekable ? _head.Length + _fillerCount + _tail.Length : throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => _seekable ? _position : throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            var (part, start) = _position < _head.Length
                ? (Part.Head, _position)
                : _position < _head.Length + _fillerCount ? (Part.Filler, _position - _head.Length) : (Part.Tail, _position - _head.Length - _fillerCount);
            var available = part switch
            {
                Part.Head => _head.Length - start,
                Part.Filler => _fillerCount - start,
                _ => _tail.Length - start,
            };
            var count = (int)Math.Min(available, buffer.Length - written);
            if (count <= 0)
            {
                break;
            }

            var target = buffer.Slice(written, count);
            switch (part)
            {
                case Part.Head:
                    _head.AsSpan((int)start, count).CopyTo(target);
                    break;
                case Part.Filler:
                    target.Fill(_filler);
                    break;
                default:
                    _tail.AsSpan((int)start, count).CopyTo(target);
                    break;
            }

            written += count;
            _position += count;
        }

        return written;
    }

    private enum Part
    {
        Head,
        Filler,
        Tail,
    }
}
