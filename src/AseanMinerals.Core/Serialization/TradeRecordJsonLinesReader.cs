using System.Collections;
using System.Text.Json;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// Trade records read from JSON Lines (one JSON object a line), as they stream by: memory stays the same whatever the
/// size of the input. Enumerate it once, with <c>await foreach</c> or <c>foreach</c>; the counts grow as lines are read
/// and always reconcile: <see cref="LinesRead"/> = <see cref="RecordsRead"/> + <see cref="LinesRejected"/>. Blank lines
/// (empty or white space only) are neither records nor errors: they are counted apart in <see cref="BlankLines"/> and
/// keep their place in the line numbers. A line break after the last line ends it; it does not start a blank line.
/// </summary>
/// <example>
/// <code>
/// var lines = AseanMineralsJson.ReadTradeRecordLines(stream, new JsonLinesReadOptions { OnInvalidLine = InvalidLineHandling.Collect });
/// await foreach (var record in lines) { ... }
/// Console.WriteLine($"{lines.RecordsRead} records, {lines.LinesRejected} lines rejected");
/// </code>
/// </example>
public sealed class TradeRecordJsonLinesReader : IAsyncEnumerable<TradeRecord>, IEnumerable<TradeRecord>
{
    private const int BatchSize = 256;

    private readonly Stream _stream;
    private readonly JsonLinesReadOptions _options;
    private readonly List<ValidationIssue> _rejections = [];
    private int _enumerated;
    private long _lineNumber;
    private AseanMineralsJsonException? _stoppedBy;

    internal TradeRecordJsonLinesReader(Stream stream, JsonLinesReadOptions options)
    {
        _stream = stream;
        _options = options;
    }

    /// <summary>The lines read so far that are not blank: each became a record or was rejected.</summary>
    public long LinesRead => RecordsRead + LinesRejected;

    /// <summary>The records read so far (each handed to the caller).</summary>
    public long RecordsRead { get; private set; }

    /// <summary>The lines rejected so far (with <see cref="InvalidLineHandling.Collect"/>; with Stop, the one that stopped the reading).</summary>
    public long LinesRejected { get; private set; }

    /// <summary>The blank lines met so far: empty or white space only, skipped.</summary>
    public long BlankLines { get; private set; }

    /// <summary>
    /// The line number (1-based, every line counted) of the record last handed out, or 0 before the first: where a check
    /// of that record (for example <see cref="Trade.TradeRecordValidator"/>) should point the user.
    /// </summary>
    public long CurrentLine { get; private set; }

    /// <summary>
    /// The rejected lines with their reasons, in order, each an error with its rule code, line number and JSON path (the
    /// first <see cref="JsonLinesReadOptions.MaxRejectionsKept"/> of them).
    /// </summary>
    public IReadOnlyList<ValidationIssue> Rejections => _rejections;

    /// <summary>Reads the records as they stream in.</summary>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The records, in input order.</returns>
    /// <exception cref="AseanMineralsJsonException">With <see cref="InvalidLineHandling.Stop"/>: a line is not a valid record.</exception>
    /// <exception cref="InvalidOperationException">The reader was already enumerated (its input streams once).</exception>
    public IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default) => Start(cancellationToken);

    /// <summary>Reads the records synchronously.</summary>
    /// <returns>The records, in input order.</returns>
    /// <exception cref="AseanMineralsJsonException">With <see cref="InvalidLineHandling.Stop"/>: a line is not a valid record.</exception>
    /// <exception cref="InvalidOperationException">The reader was already enumerated (its input streams once).</exception>
    public IEnumerator<TradeRecord> GetEnumerator() => Start(CancellationToken.None);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Enumerator Start(CancellationToken cancellationToken)
    {
        StartOnce();
        return new Enumerator(this, cancellationToken);
    }

    private void StartOnce()
    {
        if (Interlocked.Exchange(ref _enumerated, 1) != 0)
        {
            throw new InvalidOperationException("A JSON Lines reader reads its input once; read the stream again with a new reader.");
        }
    }

    // Reads the whole lines the buffer holds, up to a batch; returns how many records it put in the batch.
    // With Stop, an invalid line ends the batch: the records before it are handed out first, then the error is thrown.
    private int ParseLines(JsonLinesBuffer buffer, TradeRecord[] batch, long[] lines)
    {
        var count = 0;
        while (count < batch.Length && _stoppedBy is null && buffer.TryTakeLine(out var line, out var tooLong))
        {
            var lineNumber = ++_lineNumber;
            if (tooLong)
            {
                Reject(AseanMineralsJsonException.Create(JsonRules.TooLong, $"The line is longer than {_options.MaxLineLength} bytes.", "$", lineNumber, 0));
                continue;
            }

            if (line.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                BlankLines++;
                continue;
            }

            if (TryParseLine(line, lineNumber, out batch[count], out var error))
            {
                RecordsRead++;
                lines[count] = lineNumber;
                count++;
            }
            else
            {
                Reject(error!);
            }
        }

        return count;
    }

    private static bool TryParseLine(ReadOnlySpan<byte> line, long lineNumber, out TradeRecord record, out AseanMineralsJsonException? error)
    {
        if (Utf8Check.FirstInvalidByte(line) is >= 0 and var invalid)
        {
            record = default;
            error = AseanMineralsJsonException.Create(JsonRules.MalformedJson, Utf8Check.Describe(line, invalid), "$", lineNumber, invalid);
            return false;
        }

        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = JsonRules.MaxDepth });
        error = null;
        try
        {
            reader.Read();
            if (!TradeRecordJson.TryRead(ref reader, unknownMembers: null, out record, out var recordError))
            {
                error = AseanMineralsJsonException.Create(recordError.Rule, recordError.Message, "$" + recordError.RelativePath, lineNumber, recordError.TokenStart);
                return false;
            }
        }
        catch (JsonException e)
        {
            record = default;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            error = AseanMineralsJsonException.Create(JsonRules.MalformedJson, "The line is not well-formed JSON: " + (cut > 0 ? message[..cut] : message).TrimEnd(), "$", lineNumber, e.BytePositionInLine, e);
            return false;
        }
        catch (InvalidOperationException e)
        {
            // The JSON reader finds a lone escaped surrogate ("\ud800") only as it decodes the string.
            record = default;
            error = AseanMineralsJsonException.Create(JsonRules.MalformedJson, $"The line holds a string that is not valid Unicode: {e.Message}", "$", lineNumber, reader.TokenStartIndex, e);
            return false;
        }

        var end = (int)reader.BytesConsumed;
        var garbage = line[end..].IndexOfAnyExcept(" \t\r"u8);
        if (garbage >= 0)
        {
            error = AseanMineralsJsonException.Create(JsonRules.TrailingContent, "Something follows the record on its line; one record a line, nothing after it.", "$", lineNumber, end + garbage);
            return false;
        }

        return true;
    }

    private void Reject(AseanMineralsJsonException error)
    {
        LinesRejected++;
        if (_options.OnInvalidLine == InvalidLineHandling.Stop)
        {
            _stoppedBy = error;
            return;
        }

        if (_rejections.Count < _options.MaxRejectionsKept)
        {
            _rejections.Add(error.ToValidationIssue(_options.SourceName));
        }
    }

    /// <summary>
    /// Hands out the records of a batch one by one with no work per record, and refills the batch from whole lines, reading
    /// the stream only when the buffer holds none: synchronously for <c>foreach</c>, asynchronously for <c>await foreach</c>.
    /// </summary>
    private sealed class Enumerator(TradeRecordJsonLinesReader owner, CancellationToken cancellationToken) : IEnumerator<TradeRecord>, IAsyncEnumerator<TradeRecord>
    {
        private readonly JsonLinesBuffer _buffer = new(owner._options.MaxLineLength);
        private readonly TradeRecord[] _batch = new TradeRecord[BatchSize];
        private readonly long[] _lines = new long[BatchSize];
        private int _count;
        private int _index = -1;

        public TradeRecord Current => _batch[_index];

        object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < _count ? Handed() : Fill(synchronous: true).GetAwaiter().GetResult();

        public ValueTask<bool> MoveNextAsync() => ++_index < _count ? new ValueTask<bool>(Handed()) : Fill(synchronous: false);

        public void Reset() => throw new NotSupportedException("A JSON Lines reader reads its input once.");

        public void Dispose() => _buffer.Dispose();

        public ValueTask DisposeAsync()
        {
            _buffer.Dispose();
            return ValueTask.CompletedTask;
        }

        // The record at _index is handed out: the reader tells its line.
        private bool Handed()
        {
            owner.CurrentLine = _lines[_index];
            return true;
        }

        // With Stop, the records before an invalid line are handed out first; the error comes at the next refill.
        private async ValueTask<bool> Fill(bool synchronous)
        {
            while (true)
            {
                if (owner._stoppedBy is { } error)
                {
                    throw error;
                }

                _count = owner.ParseLines(_buffer, _batch, _lines);
                _index = 0;
                if (_count > 0)
                {
                    return Handed();
                }

                if (_buffer.IsFinished || _buffer.IsEndOfInput)
                {
                    _index = -1;
                    return false;
                }

                var free = _buffer.FreeSpace();
                _buffer.Advance(synchronous ? owner._stream.Read(free.Span) : await owner._stream.ReadAsync(free, cancellationToken).ConfigureAwait(false));
            }
        }
    }
}
