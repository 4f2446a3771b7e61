using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using AseanMinerals.Comtrade.Reading;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade;

/// <summary>
/// One UN Comtrade file being read: enumerate it (<c>await foreach</c>) for its trade records, streamed in constant
/// memory, then read <see cref="Summary"/> for what became of every row. Made by <see cref="ComtradeFile.Open"/> or <see cref="ComtradeFile.OpenStream"/>.
/// </summary>
/// <remarks>
/// A rejected row stops the enumeration with a <see cref="ValidationException"/> naming its line and rule, unless the
/// options say <see cref="ComtradeErrorHandling.CollectAndContinue"/>. A file that cannot be read at all (unknown format,
/// missing column, broken JSON, an error reported by the API) always stops it. Either way <see cref="Summary"/> tells
/// what was read up to there. An import of a file can be enumerated again (each time from the start, with a new
/// summary); an import of a stream can be enumerated once.
/// </remarks>
public sealed class ComtradeImport : IAsyncEnumerable<TradeRecord>
{
    private const int PeekLength = 4096;

    private readonly Func<Stream> _open;
    private readonly bool _reopens;
    private readonly bool _leaveOpen;
    private ImportTally _tally;
    private int _enumerated;

    internal ComtradeImport(string source, ComtradeImportOptions options, Func<Stream> open, bool reopens, bool leaveOpen)
    {
        Source = source;
        Options = options;
        _open = open;
        _reopens = reopens;
        _leaveOpen = leaveOpen;
        _tally = new ImportTally(source, options);
    }

    /// <summary>The file or stream name, as issues name it.</summary>
    public string Source { get; }

    /// <summary>The options of the import.</summary>
    public ComtradeImportOptions Options { get; }

    /// <summary>
    /// What became of every row read so far: complete (<see cref="ComtradeImportSummary.IsComplete"/>) once the
    /// enumeration has ended. Each read takes a snapshot.
    /// </summary>
    public ComtradeImportSummary Summary => _tally.Snapshot();

    /// <summary>Starts reading the file.</summary>
    /// <param name="cancellationToken">Stops the import between two rows.</param>
    /// <returns>The enumerator of the records.</returns>
    /// <exception cref="InvalidOperationException">The import reads a stream that was already enumerated.</exception>
    public IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) == 1 && !_reopens)
        {
            throw new InvalidOperationException($"The import of '{Source}' reads a stream, which can be read once; open the stream again for a new import.");
        }

        var tally = new ImportTally(Source, Options);
        _tally = tally;
        return ReadAsync(tally, cancellationToken).GetAsyncEnumerator(cancellationToken);
    }

    private async IAsyncEnumerable<TradeRecord> ReadAsync(ImportTally tally, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = _open();
        var totalBytes = stream.CanSeek ? stream.Length - stream.Position : (long?)null;
        await using var raw = new CountingStream(stream, _leaveOpen);
        tally.BytesRead = () => raw.BytesRead;
        await raw.PeekAsync(PeekLength, cancellationToken).ConfigureAwait(false);

        var content = raw;
        if (raw.Prefix.Span is [0x1F, 0x8B, ..])
        {
            // A gzip file (Comtrade bulk downloads are): read through it, counting the compressed bytes for progress.
            content = new CountingStream(new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true), leaveOpen: false);
            await content.PeekAsync(PeekLength, cancellationToken).ConfigureAwait(false);
        }

        await using var decompressed = content == raw ? null : content;
        var format = Options.Format == ComtradeFormat.Detect && LooksLikeJson(content.Prefix.Span) ? ComtradeFormat.ComtradePlusJson : Options.Format;
        var (encoding, fallback) = ChooseEncoding(format, content.Prefix.Span, tally);

        using var rows = format == ComtradeFormat.ComtradePlusJson
            ? new JsonRowSource(content, tally)
            : (IRowSource)await CsvRowSource.OpenAsync(content, encoding, tally, cancellationToken).ConfigureAwait(false);
        if (format == ComtradeFormat.ComtradePlusJson)
        {
            tally.Format = ComtradeFormat.ComtradePlusJson;
        }

        var tracker = new AggregateTracker(Source, Options.MaxIssues);
        var mapper = new RowMapper(rows.Columns, AreaCatalog.For(Options), tally, tracker, Options);
        var progress = Options.Progress;
        var interval = Math.Max(1, Options.ProgressInterval);
        while (await rows.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = rows.MapCurrent(mapper, out var record, out var rejection);
            if (outcome is null)
            {
                tally.BlankLines++;
                continue;
            }

            tally.RowsRead++;
            if (progress is not null && tally.RowsRead % interval == 0)
            {
                progress.Report(tally.Progress(totalBytes));
            }

            if (outcome == RowOutcome.Record)
            {
                yield return record;
            }
            else if (outcome == RowOutcome.Rejected && Options.ErrorHandling == ComtradeErrorHandling.StopAtFirstError)
            {
                throw new ValidationException(new ValidationResult([rejection!]));
            }
        }

        foreach (var issue in rows.Finish().Concat(tracker.Finish()))
        {
            tally.Add(issue);
        }

        if (fallback is { Used: true })
        {
            tally.Encoding = ComtradeTextEncoding.Windows1252;
            tally.Add(ComtradeImportRules.DecodedAsWindows1252.At(string.Empty, "The file is not UTF-8: its bytes that are not were read as Windows-1252 (as Comtrade+ downloads often are).").InFile(Source));
        }

        tally.IsComplete = true;
        progress?.Report(tally.Progress(totalBytes));
    }

    private static bool LooksLikeJson(ReadOnlySpan<byte> prefix)
    {
        if (prefix.StartsWith("\uFEFF"u8))
        {
            prefix = prefix[3..];
        }

        var first = prefix.IndexOfAnyExcept(" \t\r\n"u8);
        return first >= 0 && prefix[first] is (byte)'{' or (byte)'[';
    }

    private (Encoding Encoding, TextDecoding.Windows1252Fallback? Fallback) ChooseEncoding(ComtradeFormat format, ReadOnlySpan<byte> prefix, ImportTally tally)
    {
        var byteOrderMark = prefix.StartsWith("\uFEFF"u8);
        if (format == ComtradeFormat.ComtradePlusJson)
        {
            tally.Encoding = byteOrderMark ? ComtradeTextEncoding.Utf8WithByteOrderMark : ComtradeTextEncoding.Utf8;
            return (Encoding.UTF8, null);
        }

        if (Options.Encoding is { } named)
        {
            tally.Encoding = ComtradeTextEncoding.Named;
            return (named, null);
        }

        tally.Encoding = byteOrderMark ? ComtradeTextEncoding.Utf8WithByteOrderMark : ComtradeTextEncoding.Utf8;
        var (detecting, fallback) = TextDecoding.CreateDetecting();
        return (detecting, fallback);
    }
}
