using System.Runtime.CompilerServices;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using AseanMinerals.Parquet;
using Parquet;

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
    /// <param name="threads">
    /// How many threads read a JSON Lines or Comtrade CSV file in parts (<see cref="ParallelTradeSource"/>): 0 for every
    /// core, 1 for one reader. The records, their order and the summary are the same either way.
    /// </param>
    /// <param name="name">The name its issues and summary give it (<see cref="PlaceName"/>); its path when null.</param>
    public static ITradeRecordSource Source(string path, ComtradeImportOptions options, int threads = 0, string? name = null) => (KindOf(path), threads) switch
    {
        (TradeFileKind.JsonLines, 1) => AseanMineralsJson.OpenTradeRecordLines(path, options with { SourceName = name ?? path }),
        (TradeFileKind.JsonLines, _) => ParallelTradeSource.OpenJsonLines(path, options with { SourceName = name ?? path }, threads),
        (TradeFileKind.Parquet, _) => ParquetInput.Open(path, options),
        (TradeFileKind.Arrow, _) => ParquetInput.OpenArrow(path, options),
        (_, 1) => ComtradeFile.Open(path, options with { SourceName = name ?? path }),
        _ => ComtradeFile.OpenParallel(path, options with { SourceName = name ?? path }, threads),
    };

    /// <summary>
    /// The records of every file in turn; each file's summary is added once its reading ends. A rejected row stops the
    /// reading. The same trade key across all the files (a file given twice, a Comtrade file with its own converted output)
    /// is never passed on twice: <paramref name="duplicates"/> refuses it (exit 1, naming both places) or keeps the first.
    /// Each file is read on <paramref name="threads"/> threads (0: every core); while one file's records are handed out,
    /// the next file is read ahead (a bounded number of records), so that files that cannot be split (gzip) are read at once.
    /// </summary>
    public static async IAsyncEnumerable<TradeRecord> ReadAsync(
        IReadOnlyList<string> paths,
        List<TradeSourceSummary> summaries,
        ProgressLine progress,
        ComtradeImportOptions? options = null,
        DuplicateTradeGuard? duplicates = null,
        int threads = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The tool's one input gate, whichever command reads: missing files, folders and binary files stop here (exit 2).
        InputFiles.Check(paths);
        duplicates ??= new DuplicateTradeGuard();
        options ??= ComtradeImportOptions.Default;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        FileReadAhead? next = null;
        try
        {
            for (var i = 0; i < paths.Count; i++)
            {
                var path = paths[i];
                var place = PlaceName(paths, i);
                var current = next;
                next = i + 1 < paths.Count && threads != 1
                    ? new FileReadAhead(paths[i + 1], Source(paths[i + 1], options, threads), stop.Token)
                    : null;
                // The records of this file left out as duplicates (--duplicates keep-first), in its summary: every row is
                // accounted for in the report, not only on standard error.
                long leftOut = 0;
                if (current is not null)
                {
                    // Read ahead while the file before was handed out: its progress is not shown, its records come in order.
                    await foreach (var (record, line) in current.ReadAsync(stop.Token).ConfigureAwait(false))
                    {
                        if (Admit(duplicates, record, new TradePlace(place, line)))
                        {
                            yield return record;
                        }
                        else
                        {
                            leftOut++;
                        }
                    }

                    summaries.Add(current.Source.Summary with { DuplicatesLeftOut = leftOut });
                    continue;
                }

                var source = Source(path, options with { Progress = Progress(path, progress) }, threads);
                var enumerator = source.GetAsyncEnumerator(stop.Token);
                await using (enumerator.ConfigureAwait(false))
                {
                    while (await MoveNextAsync(path, enumerator).ConfigureAwait(false))
                    {
                        if (Admit(duplicates, enumerator.Current, new TradePlace(place, source.CurrentLine)))
                        {
                            yield return enumerator.Current;
                        }
                        else
                        {
                            leftOut++;
                        }
                    }
                }

                progress.Clear();
                summaries.Add(source.Summary with { DuplicatesLeftOut = leftOut });
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (next is not null)
            {
                await next.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // How places in the i-th input are named: its path, and which input it is when the same file was given before, so
    // that a duplicate of a file given twice names two places that differ ("a.csv (input 2):5 ... same key as a.csv:5").
    public static string PlaceName(IReadOnlyList<string> paths, int i)
    {
        var full = Path.GetFullPath(paths[i]);
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(Path.GetFullPath(paths[j]), full, StringComparison.Ordinal))
            {
                return $"{paths[i]} (input {i + 1})";
            }
        }

        return paths[i];
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
        catch (ValidationException e) when (KindOf(path) == TradeFileKind.Parquet)
        {
            // A partial cube has the trade columns' names but holds cells: say what it is and which command reads it.
            if (await CubePartAmongAsync(e).ConfigureAwait(false) is { } part)
            {
                throw new CliFailure(
                    CliApplication.DataErrors,
                    $"{part}: a partial cube (what 'cube build -o {Path.GetFileName(part)}' writes: the cells of a cube), not trade records; read it with 'asean-minerals cube merge {part}'");
            }

            throw;
        }
    }

    // The file of a refused Parquet input that is a partial cube (its footer holds the part's metadata), if one is.
    private static async Task<string?> CubePartAmongAsync(ValidationException refusal)
    {
        foreach (var file in refusal.Result.Errors.Select(static i => i.Source).OfType<string>().Distinct())
        {
            try
            {
                var reader = await ParquetReader.CreateAsync(file).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (reader.CustomMetadata?.ContainsKey(TradeCubeParquet.MetadataKey) == true)
                    {
                        return file;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not a Parquet file it can open: the refusal stands as the reader gave it.
            }
        }

        return null;
    }
}
