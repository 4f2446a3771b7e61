using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// The enumeration of one import, written by hand rather than as an async iterator: while the reader has rows in its
/// buffer, <see cref="MoveNextAsync"/> completes synchronously without a state machine, so the per-record cost of the
/// asynchronous interface is a method call, and only a read from the stream awaits.
/// </summary>
internal sealed class ImportEnumerator(
    Func<Stream> open,
    bool leaveOpen,
    ComtradeImportOptions options,
    TradeSourceTally tally,
    CancellationToken cancellationToken) : IAsyncEnumerator<TradeRecord>
{
    private const int PeekLength = 4096;

    private readonly IProgress<TradeSourceProgress>? _progress = options.Progress;
    private readonly long _progressInterval = options.ProgressInterval;
    private readonly bool _stopAtFirstError = options.OnInvalidRow == InvalidRowHandling.Stop;
    private State _state;
    private CountingStream? _raw;
    private CountingStream? _decompressed;
    private IRowSource? _rows;
    private RowMapper? _mapper;
    private AggregateTracker? _tracker;
    private TextDecoding.Windows1252Fallback? _fallback;

    private enum State
    {
        Unopened,
        Reading,
        Done,
    }

    public TradeRecord Current { get; private set; }

    public ValueTask<bool> MoveNextAsync()
    {
        if (_state != State.Reading)
        {
            return _state == State.Unopened ? OpenAndMoveNextAsync() : new ValueTask<bool>(false);
        }

        while (true)
        {
            var next = _rows!.MoveNextAsync(cancellationToken);
            if (!next.IsCompletedSuccessfully)
            {
                return AwaitRowAsync(next);
            }

            if (!next.Result)
            {
                Finish();
                return new ValueTask<bool>(false);
            }

            if (TakeRow())
            {
                return new ValueTask<bool>(true);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _state = State.Done;
        _rows?.Dispose();
        if (_decompressed is not null)
        {
            await _decompressed.DisposeAsync().ConfigureAwait(false);
        }

        if (_raw is not null)
        {
            await _raw.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask<bool> AwaitRowAsync(ValueTask<bool> pending)
    {
        var more = await pending.ConfigureAwait(false);
        while (true)
        {
            if (!more)
            {
                Finish();
                return false;
            }

            if (TakeRow())
            {
                return true;
            }

            more = await _rows!.MoveNextAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<bool> OpenAndMoveNextAsync()
    {
        _state = State.Done; // until the file is open: a failure to open ends the enumeration
        await OpenAsync().ConfigureAwait(false);
        _state = State.Reading;
        return await MoveNextAsync().ConfigureAwait(false);
    }

    private async ValueTask OpenAsync()
    {
        var stream = open();
        tally.TotalBytes = stream.CanSeek ? stream.Length - stream.Position : null;
        var localFile = stream is FileStream;
        _raw = new CountingStream(stream, leaveOpen);
        var raw = _raw;
        tally.BytesRead = () => raw.BytesRead;
        await _raw.PeekAsync(PeekLength, cancellationToken).ConfigureAwait(false);

        var content = _raw;
        if (_raw.Prefix.Span is [0x1F, 0x8B, ..])
        {
            // A gzip file (Comtrade bulk downloads are): read through it, counting the compressed bytes for progress.
            var compressed = _raw;
            content = _decompressed = new CountingStream(new GZipStream(_raw, CompressionMode.Decompress, leaveOpen: true), leaveOpen: false)
            {
                OnInvalidData = e => tally.Fail(ComtradeImportRules.MalformedFile.At(string.Empty, $"The gzip data is damaged: {e.Message}").InFile(tally.Source)),
                AtEnd = () => GzipEndsWell(compressed, _decompressed!) ? null : tally.Fail(ComtradeImportRules.MalformedFile.At(
                    string.Empty,
                    "The gzip file ends before its data does (it is truncated, or damaged): the length its last 4 bytes give is not the length decompressed. Download it again.").InFile(tally.Source)),
            };
            await content.PeekAsync(PeekLength, cancellationToken).ConfigureAwait(false);
        }

        var json = options.Format == ComtradeFormat.ComtradePlusJson
            || (options.Format == ComtradeFormat.Detect && LooksLikeJson(content.Prefix.Span));
        var encoding = ChooseEncoding(json, content.Prefix.Span);
        if (json)
        {
            tally.Format = nameof(ComtradeFormat.ComtradePlusJson);
            _rows = new JsonRowSource(content, tally, options.MaxRowLength);
        }
        else
        {
            _rows = await CsvRowSource.OpenAsync(content, encoding, localFile, tally, options.Format, options.MaxRowLength, cancellationToken).ConfigureAwait(false);
        }

        _tracker = new AggregateTracker(tally.Source, options.MaxIssues);
        _mapper = new RowMapper(_rows.Columns, tally.Areas, tally, _tracker, options);
    }

    // Maps the current row and counts it; true when it is a record to yield.
    private bool TakeRow()
    {
        cancellationToken.ThrowIfCancellationRequested();
        var outcome = _rows!.MapCurrent(_mapper!, out var record, out var rejection);
        if (outcome is null)
        {
            tally.BlankLines++;
            return false;
        }

        tally.RowsRead++;
        if (_progress is not null && tally.RowsRead % _progressInterval == 0)
        {
            _progress.Report(tally.Progress());
        }

        switch (outcome.Value)
        {
            case RowOutcome.Record:
                Current = record;
                tally.CurrentLine = _rows.Line;
                return true;
            case RowOutcome.Rejected when _stopAtFirstError:
                _state = State.Done;
                throw new ValidationException(new ValidationResult([rejection!]));
            default:
                return false;
        }
    }

    private void Finish()
    {
        _state = State.Done;
        foreach (var issue in _rows!.Finish().Concat(_tracker!.Finish()))
        {
            tally.Add(issue);
        }

        if (_fallback is { Used: true })
        {
            tally.Encoding = TradeTextEncoding.Windows1252;
            tally.Add(ComtradeImportRules.DecodedAsWindows1252.At(string.Empty, "The file is not UTF-8: its bytes that are not were read as Windows-1252 (as Comtrade+ downloads often are).").InFile(tally.Source));
        }

        tally.IsComplete = true;
        _progress?.Report(tally.Progress());
    }

    // A gzip member ends with the length of its data, modulo 2^32: a cut file ends with other bytes (decompression itself
    // just stops at the end of the input, so without this check a cut file would lose its last rows unnoticed).
    private static bool GzipEndsWell(CountingStream compressed, CountingStream decompressed) =>
        compressed.Tail.Length == 8 && BinaryPrimitives.ReadUInt32LittleEndian(compressed.Tail[4..]) == (uint)decompressed.BytesRead;

    private static bool LooksLikeJson(ReadOnlySpan<byte> prefix)
    {
        if (prefix.StartsWith("\uFEFF"u8))
        {
            prefix = prefix[3..];
        }

        var first = prefix.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && prefix[first] is (byte)'{' or (byte)'[';
    }

    private Encoding ChooseEncoding(bool json, ReadOnlySpan<byte> prefix)
    {
        var byteOrderMark = prefix.StartsWith("\uFEFF"u8);
        if (json)
        {
            tally.Encoding = byteOrderMark ? TradeTextEncoding.Utf8WithByteOrderMark : TradeTextEncoding.Utf8;
            return Encoding.UTF8;
        }

        if (options.Encoding is { } named)
        {
            tally.Encoding = TradeTextEncoding.Named;
            return named;
        }

        // The text reader follows a UTF-16 byte order mark whatever encoding it is given: say so in the summary.
        var utf16 = prefix.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || prefix.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        tally.Encoding = utf16 ? TradeTextEncoding.Utf16WithByteOrderMark
            : byteOrderMark ? TradeTextEncoding.Utf8WithByteOrderMark
            : TradeTextEncoding.Utf8;
        (var detecting, _fallback) = TextDecoding.CreateDetecting();
        return detecting;
    }
}
