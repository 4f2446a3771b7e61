using System.Globalization;
using System.Text;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using nietras.SeparatedValues;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// The rows of a Comtrade CSV file (Comtrade+ or legacy), read by Sep from a text reader that streams the file: memory
/// holds one buffer of rows, whatever the size of the file. The header decides the format and where each field is.
/// </summary>
internal sealed class CsvRowSource : IRowSource
{
    private readonly SepReader _reader;
    private readonly TextReader _text;
    private readonly bool _synchronous;

    private CsvRowSource(SepReader reader, TextReader text, ColumnMap columns, bool synchronous)
    {
        _reader = reader;
        _text = text;
        _synchronous = synchronous;
        Columns = columns;
    }

    public ColumnMap Columns { get; }

    /// <summary>Opens the file and reads its header.</summary>
    /// <param name="content">The bytes of the file.</param>
    /// <param name="encoding">How to decode them.</param>
    /// <param name="synchronous">
    /// True to read with blocking reads: for a local file they cost less than an asynchronous read each (the operating
    /// system serves them from its cache), and the enumeration never waits on a thread-pool hop. Other streams (network,
    /// pipes) are read asynchronously.
    /// </param>
    /// <param name="tally">The counts of the import.</param>
    /// <param name="named">The format the options name (or <see cref="ComtradeFormat.Detect"/>): a header of the other kind is refused.</param>
    /// <param name="maxRowLength">The longest row, in characters; a longer one stops the import (AMC5016).</param>
    /// <param name="cancellationToken">Cancels the reading of the header.</param>
    /// <exception cref="ValidationException">
    /// The header is not that of a Comtrade file of the named format (AMC5001), lacks a column (AMC5002) or names one twice (AMC5015).
    /// </exception>
    public static async ValueTask<CsvRowSource> OpenAsync(Stream content, Encoding encoding, bool synchronous, TradeSourceTally tally, ComtradeFormat named, int maxRowLength, CancellationToken cancellationToken)
    {
        TextReader text = new RowLengthGuard(
            new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 15, leaveOpen: true),
            maxRowLength,
            line => tally.Fail(ComtradeImportRules.RowTooLong.At(
                string.Empty,
                $"The row is longer than {maxRowLength:N0} characters (the options' MaxRowLength): a quote left open makes the rest of the file one row.").InFile(tally.Source, line)));
        SepReader? reader = null;
        try
        {
            var options = Sep.Reader(static o => o with
            {
                HasHeader = true,
                Unescape = true,
                DisableColCountCheck = true, // Comtrade+ rows carry a trailing comma: the mapper checks the count
                CultureInfo = CultureInfo.InvariantCulture,
            });
            try
            {
                reader = synchronous ? options.From(text) : await options.FromAsync(text, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                // The CSV reader refuses a header that names a column twice; which of the two to read cannot be guessed.
                var cut = e.Message.IndexOf(" in header row", StringComparison.Ordinal);
                throw Fail(ComtradeImportRules.DuplicateField.At(string.Empty, $"The header names a column more than once: {(cut > 0 ? e.Message[..cut] : e.Message)}."), tally);
            }

            var columns = MapHeader(reader.Header.ColNames, named, tally);
            return new CsvRowSource(reader, text, columns, synchronous);
        }
        catch
        {
            reader?.Dispose();
            text.Dispose();
            throw;
        }
    }

    public long Line => _reader.Current.LineNumberFrom;

    // Sep reads on past malformed quoting rather than throw (the column count check, which would, is the mapper's).
    public ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken) =>
        _synchronous ? new ValueTask<bool>(_reader.MoveNext()) : _reader.MoveNextAsync(cancellationToken);

    public RowOutcome? MapCurrent(RowMapper mapper, out TradeRecord record, out ValidationIssue? rejection)
    {
        var row = _reader.Current;
        if (row.Span.IsWhiteSpace())
        {
            record = default;
            rejection = null;
            return null;
        }

        return mapper.Map(new SepRowFields(row), row.LineNumberFrom, -1, out record, out rejection);
    }

    public IEnumerable<ValidationIssue> Finish() => [];

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }

    private static ColumnMap MapHeader(IReadOnlyList<string> header, ComtradeFormat named, TradeSourceTally tally)
    {
        var legacy = ColumnMap.IsLegacyHeader(header);
        if (legacy is null)
        {
            var shown = string.Join(", ", header.Take(6));
            throw Fail(ComtradeImportRules.UnrecognisedFormat.At(
                string.Empty,
                header.Count == 0 || (header.Count == 1 && header[0].Length == 0)
                    ? "The file is empty: a Comtrade CSV starts with a header line."
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

    private readonly ref struct SepRowFields(SepReader.Row row) : IRowFields
    {
        private readonly SepReader.Row _row = row;

        public int Count => _row.ColCount;

        public int DuplicateField => -1; // the header was checked for duplicates

        public ReadOnlySpan<char> this[int index] => _row[index].Span;
    }
}
