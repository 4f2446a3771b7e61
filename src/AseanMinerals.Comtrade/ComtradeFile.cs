using AseanMinerals.Comtrade.Reading;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.TradeSources.Internal;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade;

/// <summary>
/// The way in to UN Comtrade files: Comtrade+ CSV and JSON, legacy bulk and API CSV, plain or gzip-compressed, in UTF-8
/// or Windows-1252. <see cref="Open(string, ComtradeImportOptions?)"/> streams the records of a file of any size;
/// <see cref="ReadAllAsync(string, ComtradeImportOptions?, CancellationToken)"/> reads a small one into a list.
/// </summary>
/// <example>
/// <code>
/// var import = ComtradeFile.Open("TradeData.csv");
/// await foreach (var record in import)
/// {
///     // only aggregate rows of total flows: summing them never counts a dollar twice
/// }
/// Console.WriteLine(import.Summary); // TradeData.csv (ComtradePlusCsv, Windows1252): 1,352 rows read = 1,352 records + ...
/// </code>
/// </example>
public static class ComtradeFile
{
    /// <summary>Prepares the import of a file; nothing is read until it is enumerated.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The import: enumerate it for the records, then read its summary.</returns>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    public static ComtradeImport Open(string path, ComtradeImportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= ComtradeImportOptions.Default;
        return new ComtradeImport(
            options.SourceName ?? path,
            options,
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan),
            reopens: true,
            leaveOpen: false);
    }

    /// <summary>
    /// Prepares the import of a CSV file on several threads: the file is split at line feeds into parts, each part read with
    /// the file's header, the records handed out in file order and one summary given for the file, the same records and the
    /// same summary as <see cref="Open"/> gives (see <see cref="ParallelTradeSource"/>). A gzip file and a Comtrade+ JSON
    /// response are read on one thread.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <param name="threads">How many threads read parts at once; 0 (the default) for every core.</param>
    /// <returns>The import: enumerate it for the records, then read its summary.</returns>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The number of threads is negative.</exception>
    public static ParallelTradeSource OpenParallel(string path, ComtradeImportOptions? options = null, int threads = 0) =>
        OpenParallel(path, options, threads, partBytes: 32 << 20);

    /// <summary>As <see cref="OpenParallel(string, ComtradeImportOptions?, int)"/>, with parts of at most <paramref name="partBytes"/> (tests split small files).</summary>
    internal static ParallelTradeSource OpenParallel(string path, ComtradeImportOptions? options, int threads, int partBytes)
    {
        options ??= ComtradeImportOptions.Default;
        var split = new TradeSourceSplit(
            options.Format.ToString(),
            static (stream, name, partOptions) => OpenStream(stream, name, (ComtradeImportOptions)partOptions),
            head => options.Format != ComtradeFormat.ComtradePlusJson && !ImportEnumerator.LooksLikeJson(head.Span),
            HasHeader: true,
            QuotedLineFeeds: true,
            OncePerInput,
            Supersedes,
            ReportingGroups.For,
            static (source, line) => AggregateTracker.NotGrouped(source, line));
        return new ParallelTradeSource(path, options, threads, split, partBytes);
    }

    // What the importer says once per file (first sight of a code or flag, the encoding, that the file is not grouped),
    // and the note that withdraws the missing-aggregate check (as the importer withdraws it for the whole file).
    private static readonly HashSet<string> OncePerInput = new(
        [
            ComtradeImportRules.UnknownAreaCode.Code, ComtradeImportRules.UnknownEstimationFlag.Code,
            ComtradeImportRules.DecodedAsWindows1252.Code, ComtradeImportRules.NotGroupedByReporterAndPeriod.Code,
        ],
        StringComparer.Ordinal);

    private static readonly Dictionary<string, string> Supersedes = new(StringComparer.Ordinal)
    {
        [ComtradeImportRules.NotGroupedByReporterAndPeriod.Code] = ComtradeImportRules.MissingAggregate.Code,
    };

    /// <summary>Prepares the import of a stream (a download, a decompressed entry); it can be enumerated once. The stream stays open: its owner disposes it.</summary>
    /// <param name="stream">The stream, positioned at the start of the file.</param>
    /// <param name="sourceName">The name issues give the input (a file name or URL).</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <returns>The import: enumerate it for the records, then read its summary.</returns>
    /// <exception cref="ArgumentNullException">The stream is null.</exception>
    /// <exception cref="ArgumentException">The source name is blank.</exception>
    public static ComtradeImport OpenStream(Stream stream, string sourceName, ComtradeImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        return new ComtradeImport(sourceName, options ?? ComtradeImportOptions.Default, () => stream, reopens: false, leaveOpen: true);
    }

    /// <summary>Reads a whole file into memory (for files that fit; stream larger ones with <see cref="Open"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the import between two rows.</param>
    /// <returns>The records and the summary.</returns>
    /// <exception cref="ValidationException">A row was rejected (unless the options collect rejections) or the file cannot be read as a Comtrade file.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static Task<ComtradeImportResult> ReadAllAsync(string path, ComtradeImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync(Open(path, options), cancellationToken);

    /// <summary>Reads a whole stream into memory. The stream stays open: its owner disposes it.</summary>
    /// <param name="stream">The stream, positioned at the start of the file.</param>
    /// <param name="sourceName">The name issues give the input.</param>
    /// <param name="options">How to read it; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the import between two rows.</param>
    /// <returns>The records and the summary.</returns>
    /// <exception cref="ValidationException">A row was rejected (unless the options collect rejections) or the stream cannot be read as a Comtrade file.</exception>
    public static Task<ComtradeImportResult> ReadStreamAsync(Stream stream, string sourceName, ComtradeImportOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadAllAsync(OpenStream(stream, sourceName, options), cancellationToken);

    private static async Task<ComtradeImportResult> ReadAllAsync(ComtradeImport import, CancellationToken cancellationToken)
    {
        var records = new List<Core.Trade.TradeRecord>();
        await foreach (var record in import.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return new ComtradeImportResult(records, import.Summary);
    }
}
