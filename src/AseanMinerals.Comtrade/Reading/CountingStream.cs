namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// A read-only view of a stream that counts the bytes read and can hand back the first bytes for a look before reading
/// starts (format and compression detection), without seeking: it works on network and pipe streams too.
/// </summary>
internal sealed class CountingStream(Stream inner, bool leaveOpen) : Stream
{
    private byte[] _prefix = [];
    private int _prefixPosition;

    /// <summary>Bytes read from the inner stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The first bytes of the stream, read ahead by <see cref="PeekAsync"/>; served again by the next reads.</summary>
    public ReadOnlyMemory<byte> Prefix => _prefix;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => BytesRead - (_prefix.Length - _prefixPosition);
        set => throw new NotSupportedException();
    }

    /// <summary>Reads up to <paramref name="count"/> bytes ahead; call once, before any read.</summary>
    public async ValueTask PeekAsync(int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = await inner.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        BytesRead += filled;
        _prefix = filled == count ? buffer : buffer[..filled];
        _prefixPosition = 0;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < _prefix.Length)
        {
            return FromPrefix(buffer);
        }

        var read = inner.Read(buffer);
        BytesRead += read;
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefixPosition < _prefix.Length)
        {
            return FromPrefix(buffer.Span);
        }

        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        BytesRead += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!leaveOpen)
        {
            await inner.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int FromPrefix(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _prefix.Length - _prefixPosition);
        _prefix.AsSpan(_prefixPosition, count).CopyTo(buffer);
        _prefixPosition += count;
        return count;
    }
}
