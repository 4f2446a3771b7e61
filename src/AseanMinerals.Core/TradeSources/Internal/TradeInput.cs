using System.Buffers.Binary;
using System.IO.Compression;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.TradeSources.Internal;

/// <summary>
/// The start of every trade input, whatever its format: counts the bytes read (for progress), looks at the first bytes
/// without seeking (so that pipes and downloads work), and reads through gzip compression (every member of a file of
/// several, as <c>cat a.gz b.gz</c> makes), checking that a gzip file ends where its last member's length says. Readers
/// then read <see cref="Content"/>.
/// </summary>
internal sealed class TradeInput : IAsyncDisposable, IDisposable
{
    /// <summary>How many bytes are looked at before reading starts (format, compression and byte order mark detection).</summary>
    public const int PeekLength = 4096;

    private readonly CountingStream _raw;
    private readonly CountingStream? _decompressed;

    private TradeInput(CountingStream raw, CountingStream? decompressed)
    {
        _raw = raw;
        _decompressed = decompressed;
    }

    /// <summary>The bytes to read: the input itself, or what its gzip compression holds.</summary>
    public CountingStream Content => _decompressed ?? _raw;

    /// <summary>The first bytes of <see cref="Content"/> (up to <see cref="PeekLength"/>), served again by its reads.</summary>
    public ReadOnlySpan<byte> Start => Content.Prefix.Span;

    /// <summary>Opens an input: counts it in the tally and unwraps gzip. A damaged or cut gzip file fails with <paramref name="malformed"/>.</summary>
    public static async ValueTask<TradeInput> OpenAsync(Stream stream, bool leaveOpen, TradeSourceTally tally, ValidationRule malformed, bool synchronous, CancellationToken cancellationToken)
    {
        tally.TotalBytes = stream.CanSeek ? stream.Length - stream.Position : null;
        var raw = new CountingStream(stream, leaveOpen);
        tally.BytesRead = () => raw.BytesRead;
        await raw.PeekAsync(PeekLength, synchronous, cancellationToken).ConfigureAwait(false);
        if (raw.Prefix.Span is not [0x1F, 0x8B, ..])
        {
            return new TradeInput(raw, null);
        }

        // A gzip file (Comtrade bulk downloads are; so is trade.jsonl.gz): read through it, counting the compressed bytes for progress.
        CountingStream? decompressed = null;
        decompressed = new CountingStream(new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true), leaveOpen: false)
        {
            ReadEnds = [0],
            OnInvalidData = e => tally.Fail(malformed.At(string.Empty, $"The gzip data is damaged: {e.Message}").InFile(tally.Source)),
            AtEnd = () => EndsWell(raw, decompressed!) ? null : tally.Fail(malformed.At(
                string.Empty,
                "The gzip file ends before its data does (it is truncated, or damaged): the length its last 4 bytes give is not the length of its last member decompressed. Download it again.").InFile(tally.Source)),
        };
        await decompressed.PeekAsync(PeekLength, synchronous, cancellationToken).ConfigureAwait(false);
        return new TradeInput(raw, decompressed);
    }

    public void Dispose()
    {
        _decompressed?.Dispose();
        _raw.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_decompressed is not null)
        {
            await _decompressed.DisposeAsync().ConfigureAwait(false);
        }

        await _raw.DisposeAsync().ConfigureAwait(false);
    }

    // A gzip member ends with the length of its data, modulo 2^32: a cut file ends with other bytes (decompression itself
    // just stops at the end of the input, so without this check a cut file would lose its last rows unnoticed). GZipStream
    // reads every member of a multi-member file but does not say where one ends; it ends a read there, so the last member
    // starts at one of the read ends: the file is whole when one of them lies the given length before the end. (A cut file
    // passes only if its last 4 bytes happen to name one of those positions: about one read in 2^32.)
    private static bool EndsWell(CountingStream compressed, CountingStream decompressed) =>
        compressed.Tail.Length == 8
        && decompressed.ReadEnds!.Contains((uint)decompressed.BytesRead - BinaryPrimitives.ReadUInt32LittleEndian(compressed.Tail[4..]));
}
