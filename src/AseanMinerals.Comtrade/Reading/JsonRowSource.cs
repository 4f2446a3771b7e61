using System.Globalization;
using System.Text.Json;
using System.Text;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.TradeSources.Internal;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// The elements of a Comtrade+ API response (<c>{"elapsedTime":..,"count":..,"data":[{...}],"error":..}</c>, or a bare
/// array of records), read one element at a time from a buffer that holds no more than the largest element: a response
/// of any size is read in constant memory. Lines are counted, so that a rejected element is named by line and path.
/// </summary>
internal sealed class JsonRowSource : IRowSource
{
    private static readonly byte[][] Utf8Names = [.. ColumnMap.ComtradePlusColumns.Select(Encoding.UTF8.GetBytes)];

    private readonly Stream _stream;
    private readonly TradeSourceTally _tally;
    private readonly string _source;
    private readonly FieldBuffer _fields = new(ColumnMap.ComtradePlusColumns.Length);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly bool[] _needed;
    private readonly InputBuffer _input = new();
    private JsonReaderState _state;
    private Stage _stage;
    private bool _bareArray;
    private long _line = 1;
    private long _linesCountedTo; // the input offset up to which line breaks are counted
    private long _elements;
    private long? _announcedCount;
    private string? _error;
    private string? _message;
    private bool _sawData;

    private readonly int _maxRowLength;

    public JsonRowSource(Stream stream, TradeSourceTally tally, int maxRowLength)
    {
        _maxRowLength = maxRowLength;
        _stream = stream;
        _tally = tally;
        _source = tally.Source;
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < ColumnMap.ComtradePlusColumns.Length; i++)
        {
            names[ColumnMap.ComtradePlusColumns[i]] = i;
        }

        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _needed = Columns.UsedColumns();
    }

    private enum Stage
    {
        Start,
        InRoot,
        InData,
        Done,
    }

    private enum Step
    {
        Row,
        NeedMore,
        End,
    }

    public ColumnMap Columns => ColumnMap.ComtradePlusCanonical;

    /// <summary>The 1-based line the current element starts on.</summary>
    public long Line { get; private set; }

    /// <summary>The index of the current element in the <c>data</c> array.</summary>
    public long Element => _elements - 1;

    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Step step;
            try
            {
                step = Advance();
            }
            catch (JsonException e)
            {
                throw Malformed(e.Message, (e.LineNumber ?? 0) + 1);
            }
            catch (InvalidOperationException e)
            {
                // The JSON reader checks UTF-8 and escaped surrogates only as it decodes a string, and says so with this exception.
                throw Malformed($"{e.Message} (the text is not UTF-8, or an escaped surrogate lacks its pair).", _line);
            }

            switch (step)
            {
                case Step.Row:
                    return true;
                case Step.End:
                    return false;
                default:
                    if (_input.IsEndOfInput)
                    {
                        throw Malformed("The JSON ends before it is complete.", _line);
                    }

                    await FillAsync(cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
    }

    public RowOutcome? MapCurrent(RowMapper mapper, out TradeRecord record, out ValidationIssue? rejection) =>
        mapper.Map(_fields, Line, Element, out record, out rejection);

    public IEnumerable<ValidationIssue> Finish()
    {
        if (!string.IsNullOrWhiteSpace(_error))
        {
            throw Fail(ComtradeImportRules.ApiError.At("error", $"The API response reports an error: {_error}").InFile(_source));
        }

        if (!_sawData)
        {
            var said = _message is null ? string.Empty : $" It says: {_message}";
            throw Fail(ComtradeImportRules.UnrecognisedFormat.At(string.Empty, $"The JSON has no 'data' array of records: it is not a Comtrade+ API response.{said}").InFile(_source));
        }

        var issues = new List<ValidationIssue>();
        if (_announcedCount is { } count && count != _elements)
        {
            issues.Add(ComtradeImportRules.ApiRecordCount.At("count", string.Create(CultureInfo.InvariantCulture, $"The response announces {count} records but holds {_elements}.")).InFile(_source));
        }

        if (_elements == 0)
        {
            issues.Add(ComtradeImportRules.ApiRecordCount.At("data", "The response holds no records. Comtrade answers a query with wrong parameters (a reporter, period or commodity that does not exist) with an empty list rather than an error: check the query.").InFile(_source));
        }

        return issues;
    }

    public void Dispose() => _input.Dispose();

    private ValidationException Fail(ValidationIssue issue) => _tally.Fail(issue);

    private ValidationException Malformed(string message, long line) =>
        Fail(ComtradeImportRules.MalformedFile.At(string.Empty, $"The JSON is not well formed: {message}").InFile(_source, line));

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        CountLines(_input.PendingOffset); // the bytes consumed go at this read
        if (_input.Pending.Length >= _maxRowLength)
        {
            throw Fail(ComtradeImportRules.RowTooLong.At(
                string.Empty,
                $"An element of the response (or a member of the response object) is longer than {_maxRowLength:N0} bytes (the options' MaxRowLength).").InFile(_source, _line));
        }

        // The buffer grows only when one element is larger than it: memory grows by the largest element, not the response.
        await _input.ReadAsync(_stream, cancellationToken).ConfigureAwait(false);
    }

    private void CountLines(long upTo)
    {
        if (upTo > _linesCountedTo)
        {
            _line += _input.Between(_linesCountedTo, upTo).Count((byte)'\n');
            _linesCountedTo = upTo;
        }
    }

    // Reads on until an element is complete (Row), the buffer runs out (NeedMore) or the input ends (End). Only whole
    // units (a root property with its value, an element) are consumed, so NeedMore resumes where the unit began.
    private Step Advance()
    {
        var reader = new Utf8JsonReader(_input.Pending, _input.IsEndOfInput, _state);
        long consumed = 0;
        var state = _state;
        try
        {
            while (true)
            {
                switch (_stage)
                {
                    case Stage.Start:
                        if (!reader.Read())
                        {
                            return Step.NeedMore;
                        }

                        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                        {
                            throw Malformed("a Comtrade+ API response starts with '{' (or '[' for a bare list of records).", _line);
                        }

                        _bareArray = reader.TokenType == JsonTokenType.StartArray;
                        _sawData |= _bareArray;
                        _stage = _bareArray ? Stage.InData : Stage.InRoot;
                        (consumed, state) = (reader.BytesConsumed, reader.CurrentState);
                        break;

                    case Stage.InRoot:
                        if (!reader.Read())
                        {
                            return Step.NeedMore;
                        }

                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            _stage = Stage.Done;
                            (consumed, state) = (reader.BytesConsumed, reader.CurrentState);
                            break;
                        }

                        if (!ReadRootProperty(ref reader))
                        {
                            return Step.NeedMore;
                        }

                        (consumed, state) = (reader.BytesConsumed, reader.CurrentState);
                        break;

                    case Stage.InData:
                        if (!reader.Read())
                        {
                            return Step.NeedMore;
                        }

                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            _stage = _bareArray ? Stage.Done : Stage.InRoot;
                            (consumed, state) = (reader.BytesConsumed, reader.CurrentState);
                            break;
                        }

                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            CountLines(_input.PendingOffset + reader.TokenStartIndex);
                            throw Malformed(string.Create(CultureInfo.InvariantCulture, $"data[{_elements}] is a {reader.TokenType}, not a record object."), _line);
                        }

                        var element = reader;
                        if (!reader.TrySkip())
                        {
                            return Step.NeedMore; // resumes before the element: only whole elements are consumed
                        }

                        CountLines(_input.PendingOffset + element.TokenStartIndex);
                        Line = _line;
                        _elements++;
                        ReadElement(ref element);
                        (consumed, state) = (reader.BytesConsumed, reader.CurrentState);
                        return Step.Row;

                    default:
                        return AtEnd(ref consumed);
                }
            }
        }
        finally
        {
            _input.Consume((int)consumed);
            _state = state;
        }
    }

    // Nothing but white space may follow the response: a second response appended to the file (as `curl >> file` makes)
    // or stray text would otherwise be rows never read, with the file reported valid.
    private Step AtEnd(ref long consumed)
    {
        var rest = _input.Pending[(int)consumed..];
        var other = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (other >= 0)
        {
            CountLines(_input.PendingOffset + consumed + other);
            throw Malformed(
                rest[other] is (byte)'{' or (byte)'['
                    ? "a second JSON document follows the end of the response (two responses appended one after the other?): save each response in a file of its own."
                    : "something follows the end of the response; nothing but white space may.",
                _line);
        }

        consumed += rest.Length;
        return _input.IsEndOfInput ? Step.End : Step.NeedMore;
    }

    // A property of the response object with its value; false when the value is not all in the buffer yet.
    private bool ReadRootProperty(ref Utf8JsonReader reader)
    {
        var name = reader.GetString();
        if (!reader.Read())
        {
            return false;
        }

        switch (name)
        {
            case "data" when reader.TokenType == JsonTokenType.StartArray:
                _sawData = true;
                _stage = Stage.InData;
                return true;
            case "count" when reader.TokenType == JsonTokenType.Number:
                _announcedCount = reader.TryGetInt64(out var count) ? count : null;
                return true;
            case "error" or "message" when reader.TokenType == JsonTokenType.String:
                var text = reader.GetString();
                if (name == "error")
                {
                    _error = text;
                }
                else
                {
                    _message = text;
                }

                return true;
            default:
                return reader.TrySkip();
        }
    }

    private void ReadElement(ref Utf8JsonReader reader)
    {
        _fields.Clear();
        var expected = 0;
        Span<char> nameChars = stackalloc char[64];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int index;
            if (expected < Utf8Names.Length && reader.ValueTextEquals(Utf8Names[expected]))
            {
                index = expected; // the fields come in the documented order: one comparison finds each
            }
            else
            {
                var length = reader.ValueSpan.Length <= nameChars.Length ? reader.CopyString(nameChars) : -1;
                index = length >= 0 && _names.TryGetValue(nameChars[..length], out var found) ? found : -1;
            }

            expected = index + 1;
            reader.Read();
            if (index < 0 || !_needed[index])
            {
                reader.TrySkip();
                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    if (reader.ValueIsEscaped)
                    {
                        _fields.Commit(index, reader.CopyString(_fields.Reserve(reader.ValueSpan.Length)));
                    }
                    else
                    {
                        _fields.Set(index, reader.ValueSpan);
                    }

                    break;
                case JsonTokenType.Number:
                    _fields.Set(index, reader.ValueSpan);
                    break;
                case JsonTokenType.True:
                    _fields.Set(index, "true"u8);
                    break;
                case JsonTokenType.False:
                    _fields.Set(index, "false"u8);
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    _fields.Set(index, reader.TokenType == JsonTokenType.StartObject ? "{...}"u8 : "[...]"u8);
                    reader.TrySkip();
                    break;
                default:
                    break; // null: the field is blank
            }
        }
    }
}
