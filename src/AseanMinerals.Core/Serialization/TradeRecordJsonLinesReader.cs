using System.Collections;
using System.Text.Json;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.TradeSources.Internal;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// Trade records read from JSON Lines (one JSON object a line), as they stream by: memory stays the same whatever the
/// size of the input. Enumerate it with <c>await foreach</c> or <c>foreach</c>; its <see cref="Summary"/> grows as lines
/// are read and always reconciles: rows read (non-blank lines) = records + set aside + rejected. A line with a negative
/// value is rejected (AMC2001, as <see cref="TradeRecordValidator"/> finds it), like a line that is not a record. Blank lines (empty or white space
/// only) are neither records nor errors: they are counted apart and keep their place in the line numbers. A line break
/// after the last line ends it; it does not start a blank line; a last line without a line break is a line like any other.
/// </summary>
/// <remarks>
/// Read for a question (<see cref="TradeSourceOptions.Question"/>), a line is placed outside it as soon as its period,
/// reporter and flow are read (in the order this library writes them, after the partner): it is counted set aside
/// (<see cref="TradeSetAsideReason.OutsideQuestion"/>) and the rest of it is neither parsed nor checked, so a line outside
/// the question with, say, a bad value or an unknown member after its flow is set aside, not rejected. A line whose period,
/// reporter or flow (or anything read before them) is itself invalid is still rejected; every line inside the question is
/// checked whole.
/// </remarks>
/// <example>
/// <code>
/// var lines = AseanMineralsJson.OpenTradeRecordLines("trade.jsonl", new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
/// await foreach (var record in lines) { ... }
/// Console.WriteLine(lines.Summary); // trade.jsonl (JSON Lines, Utf8): 3 rows read = 2 records + 0 set aside + 1 rejected (1 AMC4001)
/// </code>
/// </example>
public sealed class TradeRecordJsonLinesReader : ITradeRecordSource, IEnumerable<TradeRecord>
{
    private const int BatchSize = 256;

    /// <summary>The name of the format, as summaries give it.</summary>
    internal const string FormatName = "JSON Lines";

    private readonly Func<Stream> _open;
    private readonly bool _reopens;
    private readonly bool _leaveOpen;
    private readonly TradeSourceOptions _options;
    private readonly bool _stopAtFirstError;
    private TradeSourceTally _tally;
    private JsonEarlyOut<TradeRecord>? _earlyOut;
    private int _enumerated;
    private long _lineNumber;
    private ValidationException? _stoppedBy;

    internal TradeRecordJsonLinesReader(string sourceName, Func<Stream> open, bool reopens, bool leaveOpen, TradeSourceOptions options)
    {
        SourceName = sourceName;
        _open = open;
        _reopens = reopens;
        _leaveOpen = leaveOpen;
        _options = options;
        _stopAtFirstError = options.OnInvalidRow == InvalidRowHandling.Stop;
        _tally = new TradeSourceTally(sourceName, FormatName, options);
    }

    /// <inheritdoc />
    public string SourceName { get; }

    /// <inheritdoc />
    public TradeSourceSummary Summary => _tally.Snapshot();

    /// <inheritdoc />
    public long CurrentLine { get; private set; }

    /// <summary>Reads the records as they stream in.</summary>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The records, in input order.</returns>
    /// <exception cref="ValidationException">With <see cref="InvalidRowHandling.Stop"/>: a line is not a valid record.</exception>
    /// <exception cref="InvalidOperationException">The reader reads a stream that was already enumerated (a stream is read once).</exception>
    public IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default) => Start(cancellationToken);

    /// <summary>Reads the records synchronously.</summary>
    /// <returns>The records, in input order.</returns>
    /// <exception cref="ValidationException">With <see cref="InvalidRowHandling.Stop"/>: a line is not a valid record.</exception>
    /// <exception cref="InvalidOperationException">The reader reads a stream that was already enumerated (a stream is read once).</exception>
    public IEnumerator<TradeRecord> GetEnumerator() => Start(CancellationToken.None);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Enumerator Start(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0 && !_reopens)
        {
            throw new InvalidOperationException($"The JSON Lines reader of '{SourceName}' reads a stream, which can be read once; read the stream again with a new reader.");
        }

        _tally = new TradeSourceTally(SourceName, FormatName, _options);
        _earlyOut = _tally.HasQuestion ? new JsonEarlyOut<TradeRecord>(TradeRecordJson.QuestionMembers, _tally.IsOutsideQuestion) : null;
        _lineNumber = 0;
        _stoppedBy = null;
        CurrentLine = 0;
        return new Enumerator(this, cancellationToken);
    }

    // Reads the whole lines the buffer holds, up to a batch; returns how many records it put in the batch.
    // With Stop, an invalid line ends the batch: the records before it are handed out first, then the error is thrown.
    private int ParseLines(JsonLinesBuffer buffer, TradeRecord[] batch, long[] lines)
    {
        var count = 0;
        while (count < batch.Length && _stoppedBy is null && buffer.TryTakeLine(out var line, out var tooLong, out var isAscii))
        {
            var lineNumber = ++_lineNumber;
            if (tooLong)
            {
                Reject(AseanMineralsJsonException.Create(JsonRules.TooLong, $"The line is longer than {_options.MaxRowLength:N0} bytes (the reader's MaxRowLength).", "$", lineNumber, 0));
                continue;
            }

            if (line.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                _tally.BlankLines++;
                continue;
            }

            _tally.CountRowRead();

            if (TryParseLine(line, lineNumber, isAscii, _earlyOut, out batch[count], out var error, out var outside))
            {
                if (outside)
                {
                    _tally.CountSetAside(TradeSetAsideReason.OutsideQuestion);
                }
                else if (TradeRecordValidator.CheckValue(batch[count], "$.value") is { } negative)
                {
                    _stoppedBy = _tally.Reject(negative.InFile(SourceName, lineNumber));
                }
                else if (_tally.CountRecordInQuestion(batch[count]))
                {
                    lines[count] = lineNumber;
                    count++;
                }
            }
            else
            {
                Reject(error!);
            }
        }

        return count;
    }

    internal static bool TryParseLine(ReadOnlySpan<byte> line, long lineNumber, out TradeRecord record, out AseanMineralsJsonException? error) =>
        TryParseLine(line, lineNumber, isAscii: false, null, out record, out error, out _);

    // With a question (earlyOut), a line is placed outside it as soon as its period, reporter and flow are read: the rest
    // of the line is not parsed, and UTF-8 is checked only in the part read. Any other line is checked whole, as without.
    // A line known to be ASCII (isAscii) is UTF-8: it is not checked.
    private static bool TryParseLine(
        ReadOnlySpan<byte> line, long lineNumber, bool isAscii, JsonEarlyOut<TradeRecord>? earlyOut, out TradeRecord record, out AseanMineralsJsonException? error, out bool outside)
    {
        outside = false;
        if (earlyOut is null && !isAscii && NotUtf8(line, lineNumber) is { } notUtf8)
        {
            record = default;
            error = notUtf8;
            return false;
        }

        // Written the plain way this library writes records: read without a JSON reader (any other line is read by one).
        // With a question, a line is placed outside as soon as its period, reporter and flow are read (those bytes, ASCII
        // as matched and parsed, need no UTF-8 check); a line inside is read on only when it is known to be UTF-8.
        if (TradeRecordJson.Record.TryReadPlain(line, earlyOut, readWhole: earlyOut is null || isAscii, out record, out outside))
        {
            error = null;
            if (outside)
            {
                record = default;
            }

            return true;
        }

        outside = false;
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = JsonRules.MaxDepth });
        error = null;
        try
        {
            reader.Read();
            var read = earlyOut is null
                ? TradeRecordJson.TryRead(ref reader, unknownMembers: null, out record, out var recordError)
                : TradeRecordJson.TryRead(ref reader, earlyOut, out record, out recordError, out outside);
            if (earlyOut is not null && !isAscii && NotUtf8(outside ? line[..(int)reader.BytesConsumed] : line, lineNumber) is { } notUtf8Read)
            {
                outside = false;
                error = notUtf8Read;
                return false;
            }

            if (!read)
            {
                error = AseanMineralsJsonException.Create(recordError.Rule, recordError.Message, "$" + recordError.RelativePath, lineNumber, recordError.TokenStart);
                return false;
            }

            if (outside)
            {
                return true;
            }
        }
        catch (JsonException e)
        {
            record = default;
            outside = false;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            error = UncheckedNotUtf8(line, lineNumber, isAscii, earlyOut) ?? AseanMineralsJsonException.Create(JsonRules.MalformedJson, "The line is not well-formed JSON: " + (cut > 0 ? message[..cut] : message).TrimEnd(), "$", lineNumber, e.BytePositionInLine, e);
            return false;
        }
        catch (InvalidOperationException e)
        {
            // The JSON reader finds a lone escaped surrogate ("\ud800") only as it decodes the string.
            record = default;
            outside = false;
            error = UncheckedNotUtf8(line, lineNumber, isAscii, earlyOut) ?? AseanMineralsJsonException.Create(JsonRules.MalformedJson, $"The line holds a string that is not valid Unicode: {e.Message}", "$", lineNumber, reader.TokenStartIndex, e);
            return false;
        }

        var end = (int)reader.BytesConsumed;
        var garbage = line[end..].IndexOfAnyExcept(" \t\r\n"u8);
        if (garbage >= 0)
        {
            error = AseanMineralsJsonException.Create(JsonRules.TrailingContent, "Something follows the record on its line; one record a line, nothing after it.", "$", lineNumber, end + garbage);
            return false;
        }

        return true;
    }

    // On the error path: a line not known to be UTF-8 yet (with a question, only what was read has been checked) is checked
    // whole, so that a byte that is not UTF-8 is named before the JSON reader's complaint; a line checked already is not.
    private static AseanMineralsJsonException? UncheckedNotUtf8(ReadOnlySpan<byte> line, long lineNumber, bool isAscii, JsonEarlyOut<TradeRecord>? earlyOut) =>
        earlyOut is not null && !isAscii ? NotUtf8(line, lineNumber) : null;

    private static AseanMineralsJsonException? NotUtf8(ReadOnlySpan<byte> line, long lineNumber) =>
        Utf8Check.FirstInvalidByte(line) is >= 0 and var invalid
            ? AseanMineralsJsonException.Create(JsonRules.MalformedJson, Utf8Check.Describe(line, invalid), "$", lineNumber, invalid)
            : null;

    private void Reject(AseanMineralsJsonException error) => _stoppedBy = _tally.Reject(error.ToValidationIssue(SourceName));

    private void Finish()
    {
        _tally.IsComplete = true;
        _options.Progress?.Report(_tally.Progress());
    }

    /// <summary>
    /// Hands out the records of a batch one by one with no work per record, and refills the batch from whole lines, reading
    /// the stream only when the buffer holds none: synchronously for <c>foreach</c>, asynchronously for <c>await foreach</c>.
    /// </summary>
    private sealed class Enumerator(TradeRecordJsonLinesReader owner, CancellationToken cancellationToken) : IEnumerator<TradeRecord>, IAsyncEnumerator<TradeRecord>
    {
        private readonly JsonLinesBuffer _buffer = new(owner._options.MaxRowLength);
        private readonly TradeRecord[] _batch = new TradeRecord[BatchSize];
        private readonly long[] _lines = new long[BatchSize];
        private TradeInput? _input;
        private int _count;
        private int _index = -1;

        public TradeRecord Current => _batch[_index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _count ? Handed() : Fill(synchronous: true).GetAwaiter().GetResult();

        public ValueTask<bool> MoveNextAsync() => ++_index < _count ? new ValueTask<bool>(Handed()) : Fill(synchronous: false);

        public void Reset() => throw new NotSupportedException("A JSON Lines reader reads its input once.");

        public void Dispose()
        {
            _buffer.Dispose();
            _input?.Dispose();
        }

        public async ValueTask DisposeAsync()
        {
            _buffer.Dispose();
            if (_input is not null)
            {
                await _input.DisposeAsync().ConfigureAwait(false);
            }
        }

        // The record at _index is handed out: the reader tells its line.
        private bool Handed()
        {
            owner.CurrentLine = _lines[_index];
            return true;
        }

        // With Stop, the records before an invalid line are handed out first; the error comes at the next refill (the
        // last line of the input, with or without its line break, included).
        private async ValueTask<bool> Fill(bool synchronous)
        {
            if (_input is null)
            {
                // Plain or gzip-compressed (trade.jsonl.gz), told by the first bytes as for every trade input.
                _input = await TradeInput.OpenAsync(owner._open(), owner._leaveOpen, owner._tally, JsonRules.MalformedJson, synchronous, cancellationToken).ConfigureAwait(false);
                owner._tally.Encoding = ByteOrderMark.Sniff(_input.Start);
            }

            while (true)
            {
                if (owner._stoppedBy is { } error)
                {
                    _count = 0;
                    throw error;
                }

                _count = owner.ParseLines(_buffer, _batch, _lines);
                _index = 0;
                if (_count > 0)
                {
                    return Handed();
                }

                if (owner._stoppedBy is not null)
                {
                    continue;
                }

                if (_buffer.IsFinished || _buffer.IsEndOfInput)
                {
                    _index = -1;
                    owner.Finish();
                    return false;
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (synchronous)
                {
                    _buffer.Read(_input.Content);
                }
                else
                {
                    await _buffer.ReadAsync(_input.Content, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
