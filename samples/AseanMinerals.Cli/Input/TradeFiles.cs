using System.Runtime.CompilerServices;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Input;

/// <summary>
/// The one way the tool reads trade files: a map from the kind of file to its trade source (JSON Lines through the core's
/// reader, anything else through the Comtrade importer, which detects the format). Every source gives the same summary
/// and the same failure (a <see cref="Core.Validation.ValidationException"/> with located issues), so nothing is converted here.
/// </summary>
internal static class TradeFiles
{
    public static TradeFileKind KindOf(string path)
    {
        // A folder is a Parquet dataset when it holds Parquet files; any other folder is named as a folder by InputFiles.
        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
            || (Directory.Exists(path) && Directory.EnumerateFiles(path, "*.parquet", SearchOption.AllDirectories).Any()))
        {
            return TradeFileKind.Parquet;
        }

        if (path.EndsWith(".arrow", StringComparison.OrdinalIgnoreCase))
        {
            return TradeFileKind.Arrow;
        }

        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return Path.GetExtension(name).ToLowerInvariant() is ".jsonl" or ".ndjson" ? TradeFileKind.JsonLines : TradeFileKind.Comtrade;
    }

    /// <summary>The trade source of a file, named by its path as given.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options of every source; the Comtrade settings apply to Comtrade files only.</param>
    public static ITradeRecordSource Source(string path, ComtradeImportOptions options) => KindOf(path) switch
    {
        TradeFileKind.JsonLines => AseanMineralsJson.OpenTradeRecordLines(path, options with { SourceName = path }),
        TradeFileKind.Parquet => ParquetInput.Open(path, options),
        TradeFileKind.Arrow => ParquetInput.OpenArrow(path, options),
        _ => ComtradeFile.Open(path, options with { SourceName = path }),
    };

    /// <summary>
    /// The records of every file in turn; each file's summary is added once its reading ends. A rejected row stops the
    /// reading. The same trade key across all the files (a file given twice, a Comtrade file with its own converted output)
    /// is never passed on twice: <paramref name="duplicates"/> refuses it (exit 1, naming both places) or keeps the first.
    /// </summary>
    public static async IAsyncEnumerable<TradeRecord> ReadAsync(
        IReadOnlyList<string> paths,
        List<TradeSourceSummary> summaries,
        ProgressLine progress,
        ComtradeImportOptions? options = null,
        DuplicateTradeGuard? duplicates = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The tool's one input gate, whichever command reads: missing files, folders and binary files stop here (exit 2).
        InputFiles.Check(paths);
        duplicates ??= new DuplicateTradeGuard();
        foreach (var path in paths)
        {
            var source = Source(path, (options ?? ComtradeImportOptions.Default) with { Progress = Progress(path, progress) });
            var enumerator = source.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                while (await MoveNextAsync(path, enumerator).ConfigureAwait(false))
                {
                    if (Admit(duplicates, enumerator.Current, new TradePlace(path, source.CurrentLine)))
                    {
                        yield return enumerator.Current;
                    }
                }
            }

            progress.Clear();
            summaries.Add(source.Summary);
        }
    }

    private static bool Admit(DuplicateTradeGuard duplicates, TradeRecord record, TradePlace place)
    {
        try
        {
            return duplicates.Admit(record, place);
        }
        catch (DuplicateTradeException e)
        {
            throw new CliFailure(CliApplication.DataErrors, $"{e.Message} Give --duplicates keep-first to keep the first record of each key.");
        }
    }

    /// <summary>Progress of one file on the terminal's progress line.</summary>
    public static IProgress<TradeSourceProgress> Progress(string path, ProgressLine progress) =>
        new SynchronousProgress(p => progress.Report(path, p.RowsRead, p.BytesRead));

    public static FileStream Open(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Unreadable(path, e);
        }
    }

    /// <summary>Moves to the next record; a file that cannot be read (as opposed to bad data) is a failure of the tool's own kind.</summary>
    public static async ValueTask<bool> MoveNextAsync(string path, IAsyncEnumerator<TradeRecord> enumerator)
    {
        try
        {
            return await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Unreadable(path, e);
        }
    }
}
