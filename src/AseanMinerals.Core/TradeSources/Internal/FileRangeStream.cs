using Microsoft.Win32.SafeHandles;

namespace AseanMinerals.Core.TradeSources.Internal;

/// <summary>
/// One part of a file, as a reader of the whole file would see it: a prefix (the header line of a CSV file, so that each
/// part's reader maps its columns) then the bytes <c>[start, end)</c>, read at their offsets with a handle of its own, so
/// that parts are read on several threads at once. It counts the line feeds and double quotes of its range as they pass:
/// the first gives the next part its first line, the second tells whether a split fell inside a quoted field.
/// </summary>
internal sealed class FileRangeStream : Stream
{
    private readonly SafeFileHandle _file;
    private readonly byte[] _prefix;
    private readonly long _start;
    private readonly long _end;
    private readonly bool _countQuotes; // only where a line feed may sit inside quotes (CSV)
    private int _prefixRead;
    private long _position;

    public FileRangeStream(string path, byte[] prefix, long start, long end, bool countQuotes = true)
    {
        _countQuotes = countQuotes;
        _file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        _prefix = prefix;
        _start = start;
        _end = end;
        _position = start;
    }

    /// <summary>The line feeds in the range read so far (all of them after <see cref="CountRest"/>).</summary>
    public long LineFeeds { get; private set; }

    /// <summary>The double quotes in the range read so far (all of them after <see cref="CountRest"/>).</summary>
    public long Quotes { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _prefix.Length + (_end - _start);

    public override long Position
    {
        get => _prefixRead + (_position - _start);
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_prefixRead < _prefix.Length)
        {
            var fromPrefix = Math.Min(buffer.Length, _prefix.Length - _prefixRead);
            _prefix.AsSpan(_prefixRead, fromPrefix).CopyTo(buffer);
            _prefixRead += fromPrefix;
            return fromPrefix;
        }

        var wanted = (int)Math.Min(buffer.Length, _end - _position);
        if (wanted <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(_file, buffer[..wanted], _position);
        Count(buffer[..read]);
        _position += read;
        return read;
    }

    // Local file reads are served from the page cache: reading in place costs less than a hop to the thread pool.
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<int>(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    /// <summary>Reads and counts what the reader left unread (it stopped at a bad row), so that the counts cover the range.</summary>
    public void CountRest()
    {
        var buffer = new byte[1 << 16];
        while (_position < _end)
        {
            var read = RandomAccess.Read(_file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, _end - _position)), _position);
            if (read == 0)
            {
                return; // the file got shorter while it was read
            }

            Count(buffer.AsSpan(0, read));
            _position += read;
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Count(ReadOnlySpan<byte> bytes)
    {
        LineFeeds += bytes.Count((byte)'\n');
        if (_countQuotes)
        {
            Quotes += bytes.Count((byte)'"');
        }
    }
}
