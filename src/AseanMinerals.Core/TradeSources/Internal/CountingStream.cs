namespace AseanMinerals.Core.TradeSources.Internal;

/// <summary>
/// A read-only view of a stream that counts the bytes read and can hand back the first bytes for a look before reading
/// starts (format and compression detection), without seeking: it works on network and pipe streams too.
/// </summary>
internal sealed class CountingStream(Stream inner, bool leaveOpen) : Stream
{
    private readonly byte[] _tail = new byte[8];
    private byte[] _prefix = [];
    private int _prefixPosition;

    /// <summary>Turns a failure of the inner stream to decode its data (a damaged gzip file) into the import's error.</summary>
    public Func<InvalidDataException, Exception>? OnInvalidData { get; init; }

    /// <summary>Called when the inner stream ends; returns the error to throw when the data is incomplete, or null.</summary>
    public Func<Exception?>? AtEnd { get; init; }

    /// <summary>
    /// When set, the positions (modulo 2^32) where reads of the inner stream ended. A decompressing stream ends a read at
    /// the end of each gzip member, so a member's start is one of them.
    /// </summary>
    public HashSet<uint>? ReadEnds { get; init; }

    /// <summary>The last 8 bytes read from the inner stream (fewer at first): a gzip file ends with its CRC and length.</summary>
    public ReadOnlySpan<byte> Tail => _tail.AsSpan(8 - (int)Math.Min(8, BytesRead));

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
    public async ValueTask PeekAsync(int count, bool synchronous, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var read = synchronous ? ReadInner(buffer.AsSpan(filled)) : await Guard(inner.ReadAsync(buffer.AsMemory(filled), cancellationToken)).ConfigureAwait(false);
            read = Counted(buffer.AsSpan(filled), read);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

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

        return Counted(buffer, ReadInner(buffer));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_prefixPosition < _prefix.Length)
        {
            return FromPrefix(buffer.Span);
        }

        var read = await Guard(inner.ReadAsync(buffer, cancellationToken)).ConfigureAwait(false);
        return Counted(buffer.Span, read);
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

    private int ReadInner(Span<byte> buffer)
    {
        try
        {
            return inner.Read(buffer);
        }
        catch (InvalidDataException e) when (OnInvalidData is not null)
        {
            throw OnInvalidData(e);
        }
    }

    private async ValueTask<int> Guard(ValueTask<int> read)
    {
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (InvalidDataException e) when (OnInvalidData is not null)
        {
            throw OnInvalidData(e);
        }
    }

    // Counts a read, keeps the last bytes, and at the end of the inner stream asks whether the data was complete.
    private int Counted(ReadOnlySpan<byte> buffer, int read)
    {
        if (read == 0)
        {
            if (AtEnd?.Invoke() is { } error)
            {
                throw error;
            }

            return 0;
        }

        BytesRead += read;
        ReadEnds?.Add((uint)BytesRead);
        var bytes = buffer[..read];
        if (bytes.Length >= _tail.Length)
        {
            bytes[^_tail.Length..].CopyTo(_tail);
        }
        else
        {
            _tail.AsSpan(bytes.Length).CopyTo(_tail);
            bytes.CopyTo(_tail.AsSpan(_tail.Length - bytes.Length));
        }

        return read;
    }

    private int FromPrefix(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _prefix.Length - _prefixPosition);
        _prefix.AsSpan(_prefixPosition, count).CopyTo(buffer);
        _prefixPosition += count;
        return count;
    }
}
