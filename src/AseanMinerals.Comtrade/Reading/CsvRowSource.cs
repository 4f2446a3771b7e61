using System.Text;
using System.Text.Unicode;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using CsvHelper;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// The rows of a Comtrade CSV file (Comtrade+ or legacy), read by CsvHelper as UTF-8 bytes from the stream of the file,
/// without decoding them to UTF-16: the mapper reads each field's bytes with the value types' UTF-8 parsers. Memory holds
/// one buffer of rows, whatever the size of the file. The header decides the format and where each field is.
/// </summary>
/// <remarks>
/// One mechanism for every encoding: a UTF-8 file (the usual) is read as it is; a file the options name another encoding
/// for, or a UTF-16 one with its byte order mark, is transcoded to UTF-8 by the reader. A file whose bytes are not all
/// UTF-8 (Comtrade+ downloads are often Windows-1252) is read as it is too: codes and numbers are ASCII in both, and the
/// few texts decoded (the header, quoted values in messages) decode each byte that is not UTF-8 as Windows-1252.
/// </remarks>
internal sealed class CsvRowSource : IRowSource
{
    private readonly CsvReader _reader;
    private readonly TradeSourceTally _tally;
    private readonly bool _synchronous;
    private readonly int _maxRowLength;
    private bool _notUtf8;

    private CsvRowSource(CsvReader reader, TradeSourceTally tally, bool synchronous, int maxRowLength)
    {
        _reader = reader;
        _tally = tally;
        _synchronous = synchronous;
        _maxRowLength = maxRowLength;
    }

    public ColumnMap Columns { get; private set; } = null!;

    /// <summary>Opens the file and reads its header.</summary>
    /// <param name="content">The bytes of the file.</param>
    /// <param name="encoding">The encoding the options name, transcoded to UTF-8; null for UTF-8 (or UTF-16 with its byte order mark) with Windows-1252 bytes read as they are.</param>
    /// <param name="synchronous">
    /// True to read with blocking reads: for a local file they cost less than an asynchronous read each (the operating
    /// system serves them from its cache), and the enumeration never waits on a thread-pool hop. Other streams (network,
    /// pipes) are read asynchronously.
    /// </param>
    /// <param name="tally">The counts of the import.</param>
    /// <param name="named">The format the options name (or <see cref="ComtradeFormat.Detect"/>): a header of the other kind is refused.</param>
    /// <param name="maxRowLength">The longest row, in bytes of UTF-8; a longer one stops the import (AMC5016).</param>
    /// <param name="cancellationToken">Cancels the reading of the header.</param>
    /// <exception cref="ValidationException">
    /// The header is not that of a Comtrade file of the named format (AMC5001), lacks a column (AMC5002) or names one
    /// twice (AMC5015), or is longer than the longest row (AMC5016).
    /// </exception>
    public static async ValueTask<CsvRowSource> OpenAsync(Stream content, Encoding? encoding, bool synchronous, TradeSourceTally tally, ComtradeFormat named, int maxRowLength, CancellationToken cancellationToken)
    {
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false, // the header is read as the first row: its length is checked and a blank first line told
            SkipEmptyLines = false, // blank lines are counted
            TrackLineNumbers = true,
            DetectSeparatorHint = false,
            MaxRecordSize = maxRowLength, // bounds the buffer: a quote left open cannot make the rest of the file one row in memory
            Encoding = encoding,
        };
        var source = new CsvRowSource(CsvReader.Create(content, options, leaveOpen: true), tally, synchronous, maxRowLength);
        try
        {
            var hasHeader = await source.MoveNextAsync(cancellationToken).ConfigureAwait(false);
            var header = new string[hasHeader ? source._reader.FieldCount : 0];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = TextDecoding.Decode(source._reader.GetSpan(i));
            }

            // A blank first line is told from an empty file by whether more lines follow.
            var blank = header.Length == 0 || (header.Length == 1 && header[0].Length == 0);
            var hasRows = blank && hasHeader && await source.MoveNextAsync(cancellationToken).ConfigureAwait(false);
            source.Columns = MapHeader(header, named, hasRows, tally);
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public long Line => _reader.LineNumber;

    // CsvHelper reads on past malformed quoting rather than throw (the column count check, which would, is the mapper's).
    public ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_synchronous)
            {
                return new ValueTask<bool>(_reader.Read() && Check());
            }

            var next = _reader.ReadAsync(cancellationToken);
            return next.IsCompletedSuccessfully ? new ValueTask<bool>(next.Result && Check()) : AwaitAsync(next);
        }
        catch (CsvFormatException e)
        {
            throw TooLong(e.LineNumber);
        }
    }

    public RowOutcome? MapCurrent(RowMapper mapper, out TradeRecord record, out ValidationIssue? rejection)
    {
        if (TextDecoding.IsBlank(_reader.RawRecord))
        {
            record = default;
            rejection = null;
            return null;
        }

        return mapper.Map(new CsvRowFields(_reader), _reader.LineNumber, -1, out record, out rejection);
    }

    public IEnumerable<ValidationIssue> Finish()
    {
        if (_notUtf8)
        {
            _tally.Encoding = TradeTextEncoding.Windows1252;
            yield return ComtradeImportRules.DecodedAsWindows1252.At(string.Empty, "The file is not UTF-8: its bytes that are not were read as Windows-1252 (as Comtrade+ downloads often are).").InFile(_tally.Source);
        }
    }

    public void Dispose() => _reader.Dispose();

    private async ValueTask<bool> AwaitAsync(ValueTask<bool> next)
    {
        try
        {
            return await next.ConfigureAwait(false) && Check();
        }
        catch (CsvFormatException e)
        {
            throw TooLong(e.LineNumber);
        }
    }

    // Each row: its length (the reader's own limit is only checked when its buffer must grow), and whether its bytes are
    // UTF-8 (until one is found that is not: the summary then says the file was read as Windows-1252).
    private bool Check()
    {
        var raw = _reader.RawRecord;
        if (raw.Length > _maxRowLength)
        {
            throw TooLong(_reader.LineNumber);
        }

        if (!_notUtf8 && !Utf8.IsValid(raw))
        {
            _notUtf8 = true;
        }

        return true;
    }

    // With malformed quoting recovered and any field count allowed, the reader throws only for a row past MaxRecordSize.
    private ValidationException TooLong(long line) =>
        _tally.Fail(ComtradeImportRules.RowTooLong.At(
            string.Empty,
            $"The row is longer than {_maxRowLength:N0} bytes (the options' MaxRowLength): a quote left open makes the rest of the file one row.").InFile(_tally.Source, line));

    private static ColumnMap MapHeader(IReadOnlyList<string> header, ComtradeFormat named, bool hasRows, TradeSourceTally tally)
    {
        var legacy = ColumnMap.IsLegacyHeader(header);
        if (legacy is null)
        {
            var shown = string.Join(", ", header.Take(6));
            throw Fail(ComtradeImportRules.UnrecognisedFormat.At(
                string.Empty,
                header.Count == 0 || (header.Count == 1 && header[0].Length == 0)
                    ? (hasRows ? "The first line is blank: a Comtrade CSV starts with its header line; remove the blank lines before it." : "The file is empty: a Comtrade CSV starts with a header line.")
                    : $"The header ({shown}{(header.Count > 6 ? ", ..." : string.Empty)}) is not that of a Comtrade+ CSV (typeCode, ..., primaryValue) or a legacy Comtrade CSV (Classification, ..., Trade Value (US$))."), tally);
        }

        if (named != ComtradeFormat.Detect && (named is ComtradeFormat.LegacyBulkCsv or ComtradeFormat.LegacyApiCsv) != legacy.Value)
        {
            throw Fail(ComtradeImportRules.UnrecognisedFormat.At(
                string.Empty,
                $"The file was named {named}, but its header is that of a {(legacy.Value ? "legacy Comtrade CSV" : "Comtrade+ CSV")}: name that format, or let the importer detect it."), tally);
        }

        var columns = ColumnMap.Build(header, legacy.Value, out var missing);
        if (ColumnMap.FirstDuplicate(header) is { } duplicate)
        {
            throw Fail(ComtradeImportRules.DuplicateField.At(string.Empty, $"The header names the column {duplicate} more than once (column names are compared ignoring case)."), tally);
        }

        if (missing.Count > 0)
        {
            throw Fail(ComtradeImportRules.MissingColumn.At(string.Empty, $"The header lacks {(missing.Count == 1 ? "the column" : "the columns")} {string.Join(", ", missing)}."), tally);
        }

        if (named == ComtradeFormat.Detect)
        {
            tally.Format = (legacy.Value ? ComtradeFormat.LegacyBulkCsv : ComtradeFormat.ComtradePlusCsv).ToString(); // a legacy variant is told by its first row
        }

        return columns;
    }

    private static ValidationException Fail(ValidationIssue issue, TradeSourceTally tally) => tally.Fail(issue.InFile(tally.Source, 1));

    private readonly ref struct CsvRowFields(CsvReader reader) : IRowFields
    {
        private readonly CsvReader _reader = reader;

        public int Count => _reader.FieldCount;

        public int DuplicateField => -1; // the header was checked for duplicates

        public ReadOnlySpan<byte> this[int index] => _reader.GetSpan(index);
    }
}
