namespace AseanMinerals.Testing;

/// <summary>
/// A read-only, non-seekable stream over bytes that hands them out in chunks of given sizes (cycling through them), as a
/// network stream does: readers must give the same result whatever the chunk boundaries, even one byte at a time.
/// </summary>
public sealed class ChunkedStream(byte[] data, IReadOnlyList<int> chunkSizes) : ReadOnlyStream
{
    private int _position;
    private int _chunk;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        var size = Math.Max(1, chunkSizes[_chunk++ % chunkSizes.Count]);
        var count = Math.Min(Math.Min(size, buffer.Length), data.Length - _position);
        data.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
