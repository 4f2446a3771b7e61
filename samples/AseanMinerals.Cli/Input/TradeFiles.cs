using System.Runtime.CompilerServices;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Cli.Input;

/// <summary>
/// The one way the tool reads trade files: JSON Lines through the core's reader, anything else through the Comtrade
/// importer (which detects the format). Records stream by; each file's summary is recorded when its reading ends.
/// </summary>
internal static class TradeFiles
{
    public static TradeFileKind KindOf(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson" ? TradeFileKind.JsonLines : TradeFileKind.Comtrade;

    /// <summary>Fails with exit code 2 when a file does not exist, before any reading starts.</summary>
    public static void CheckExist(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                throw CliFailure.Usage($"{path}: cannot be read: no such file");
            }
        }
    }

    /// <summary>The records of every file in turn. A rejected row stops the reading with a <see cref="ValidationException"/>.</summary>
    public static async IAsyncEnumerable<TradeRecord> ReadAsync(
        IReadOnlyList<string> paths,
        List<InputSummary> summaries,
        ProgressLine progress,
        ComtradeImportOptions? comtradeOptions = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        CheckExist(paths);
        foreach (var path in paths)
        {
            var records = KindOf(path) == TradeFileKind.JsonLines
                ? ReadJsonLinesAsync(path, summaries, progress, cancellationToken)
                : ReadComtradeAsync(path, summaries, progress, comtradeOptions, cancellationToken);
            await foreach (var record in records.ConfigureAwait(false))
            {
                yield return record;
            }

            progress.Clear();
        }
    }

    private static async IAsyncEnumerable<TradeRecord> ReadComtradeAsync(
        string path, List<InputSummary> summaries, ProgressLine progress, ComtradeImportOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        options = (options ?? ComtradeImportOptions.Default) with
        {
            Progress = new SynchronousProgress(p => progress.Report(path, p.RowsRead, p.BytesRead)),
        };
        var import = ComtradeFile.Open(path, options);
        var enumerator = import.GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (await MoveNextAsync(path, enumerator).ConfigureAwait(false))
            {
                yield return enumerator.Current;
            }
        }

        summaries.Add(FromComtrade(path, import.Summary));
    }

    private static async IAsyncEnumerable<TradeRecord> ReadJsonLinesAsync(
        string path, List<InputSummary> summaries, ProgressLine progress, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stream = Open(path);
        await using (stream.ConfigureAwait(false))
        {
            var lines = AseanMineralsJson.ReadTradeRecordLines(stream, new JsonLinesReadOptions { SourceName = path });
            var enumerator = lines.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                while (await MoveNextAsync(path, enumerator).ConfigureAwait(false))
                {
                    if ((lines.RecordsRead & 0xFFF) == 0)
                    {
                        progress.Report(path, lines.RecordsRead, stream.CanSeek ? stream.Position : 0); // a pipe has no position
                    }

                    yield return enumerator.Current;
                }
            }

            summaries.Add(new InputSummary(path, "JSON Lines", lines.LinesRead, lines.RecordsRead, 0, lines.LinesRejected, new Dictionary<string, long>(), new Dictionary<string, long>(), lines.Rejections));
        }
    }

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

    public static InputSummary FromComtrade(string path, ComtradeImportSummary summary) => new(
        path,
        summary.Format.ToString(),
        summary.RowsRead,
        summary.Records,
        summary.SetAside,
        summary.Rejected,
        summary.SetAsideByReason.Where(static p => p.Value > 0).ToDictionary(static p => p.Key.ToString(), static p => p.Value),
        summary.RejectedByRule.ToDictionary(static p => p.Key, static p => p.Value),
        summary.Issues.Issues);

    // Reading errors become the one failure the application reports: issues with file, line, rule code and path.
    private static async ValueTask<bool> MoveNextAsync(string path, IAsyncEnumerator<TradeRecord> enumerator)
    {
        try
        {
            return await enumerator.MoveNextAsync().ConfigureAwait(false);
        }
        catch (AseanMineralsJsonException e)
        {
            throw new ValidationException(new ValidationResult([e.ToValidationIssue(path)]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Unreadable(path, e);
        }
    }
}
