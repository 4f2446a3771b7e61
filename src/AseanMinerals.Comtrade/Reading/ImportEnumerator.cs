using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.TradeSources.Internal;
using AseanMinerals.Core.Validation;

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
    private readonly IProgress<TradeSourceProgress>? _progress = options.Progress;
    private readonly bool _stopAtFirstError = options.OnInvalidRow == InvalidRowHandling.Stop;
    private State _state;
    private TradeInput? _input;
    private IRowSource? _rows;
    private RowMapper? _mapper;
    private AggregateTracker? _tracker;

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
        if (_input is not null)
        {
            await _input.DisposeAsync().ConfigureAwait(false);
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
        var localFile = stream is FileStream or FileRangeStream; // reads served from the page cache: blocking reads cost less
        // A local file's first bytes are read in place too: an asynchronous read of a file opened without FileOptions.Asynchronous
        // only moves the blocking read to the thread pool, and the import then waits for a pool thread to carry on.
        _input = await TradeInput.OpenAsync(stream, leaveOpen, tally, ComtradeImportRules.MalformedFile, synchronous: localFile, cancellationToken).ConfigureAwait(false);
        var content = _input.Content;

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

        tally.CountRowRead();

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

    /// <summary>The reporting groups the aggregate check met, in order, with their first lines (<see cref="IGroupedSource"/>).</summary>
    public IReadOnlyList<(int Group, long Line)> Groups => _tracker?.Groups ?? [];

    private void Finish()
    {
        _state = State.Done;
        foreach (var issue in _rows!.Finish().Concat(_tracker!.Finish()))
        {
            tally.Add(issue);
        }

        tally.IsComplete = true;
        _progress?.Report(tally.Progress());
    }

    internal static bool LooksLikeJson(ReadOnlySpan<byte> prefix)
    {
        prefix = prefix[ByteOrderMark.Utf8Length(prefix)..];
        var first = prefix.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && prefix[first] is (byte)'{' or (byte)'[';
    }

    // The encoding the CSV reader transcodes to UTF-8; null to read UTF-8 (or UTF-16 with its byte order mark) and
    // Windows-1252 bytes as they are (the row source tells whether any byte was not UTF-8).
    private Encoding? ChooseEncoding(bool json, ReadOnlySpan<byte> prefix)
    {
        var announced = ByteOrderMark.Sniff(prefix);
        if (json)
        {
            tally.Encoding = announced == TradeTextEncoding.Utf8WithByteOrderMark ? announced : TradeTextEncoding.Utf8;
            return null;
        }

        if (options.Encoding is { } named && announced == TradeTextEncoding.Utf8)
        {
            tally.Encoding = TradeTextEncoding.Named;
            return named;
        }

        // A byte order mark wins over a named encoding: the CSV reader follows a UTF-16 one and skips a UTF-8 one.
        tally.Encoding = announced;
        return null;
    }
}
