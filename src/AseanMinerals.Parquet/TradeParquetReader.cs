using System.Runtime.CompilerServices;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using AseanMinerals.Parquet.Internal;
using Parquet;
using Parquet.Schema;

namespace AseanMinerals.Parquet;

/// <summary>
/// Trade records read from a Parquet file or dataset folder, one row group at a time: memory holds one row group, whatever
/// the size of the dataset. The options' <see cref="TradeSourceOptions.Question"/> is pushed down: files in partition
/// folders (<c>year=2022/reporter=156/</c>) outside it are not opened but for their row count, row groups whose column
/// statistics (year, reporter, flow) exclude it are not read, and the rows read outside it are set aside. Its
/// <see cref="Summary"/> always reconciles: the rows of the files = records + set aside + rejected, the rows skipped
/// unread counted as set aside <see cref="TradeSetAsideReason.OutsideQuestion"/> (and in
/// <see cref="TradeSourceSummary.RowsSkippedUnread"/>). A row's "line" in issues is its 1-based row number within its
/// file; the file is the issue's source.
/// </summary>
public sealed class TradeParquetReader : ITradeRecordSource
{
    /// <summary>The name of the format, as summaries give it.</summary>
    internal const string FormatName = "Parquet";

    private readonly TradeSourceOptions _options;
    private readonly QuestionPruning? _pruning;
    private TradeSourceTally _tally;

    internal TradeParquetReader(string path, TradeSourceOptions options)
    {
        Path = path;
        SourceName = options.SourceName ?? path;
        _options = options;
        _pruning = QuestionPruning.For(options.Question);
        _tally = new TradeSourceTally(SourceName, FormatName, options);
    }

    /// <summary>The file or folder read.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string SourceName { get; }

    /// <inheritdoc />
    public TradeSourceSummary Summary => _tally.Snapshot();

    /// <inheritdoc />
    public long CurrentLine { get; private set; }

    /// <summary>The files whose rows the reading reads, after partition pruning by the question, in the order read.</summary>
    /// <returns>The full paths.</returns>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public IReadOnlyList<string> Files() => [.. AllFiles().Where(static f => !f.OutsideQuestion).Select(static f => f.Path)];

    /// <summary>Reads the records, file by file and row group by row group, skipping what lies outside the question.</summary>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The records, in file order, then row order.</returns>
    /// <exception cref="ValidationException">A file lacks a required column, or (with <see cref="InvalidRowHandling.Stop"/>) a row is not a valid record.</exception>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public async IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        _tally = new TradeSourceTally(SourceName, FormatName, _options);
        CurrentLine = 0;
        var files = AllFiles();
        long bytes = 0;
        _tally.TotalBytes = files.Where(static f => !f.OutsideQuestion).Sum(static f => new FileInfo(f.Path).Length);
        _tally.BytesRead = () => bytes;

        // The row groups are decoded one ahead, on another thread, while the rows of the last one become records, so that
        // Parquet.Net's decoding and the records overlap. The decoder counts nothing: each piece is counted here.
        var pieces = DecodeAsync(files, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var next = Task.Run(() => pieces.MoveNextAsync().AsTask(), cancellationToken);
        string? lastFile = null;
        try
        {
            while (await next.ConfigureAwait(false))
            {
                var piece = pieces.Current;
                next = Task.Run(() => pieces.MoveNextAsync().AsTask(), cancellationToken);
                if (piece.File != lastFile)
                {
                    bytes += lastFile is null ? 0 : new FileInfo(lastFile).Length;
                    lastFile = piece.File;
                }

                if (piece.MissingColumn is { } missing)
                {
                    throw _tally.Fail(missing);
                }

                if (piece.Batch is not { } batch)
                {
                    // Outside the question by its partition (a whole file, only its footer read) or its statistics (a row
                    // group): its rows are not decoded, but counted from the metadata.
                    _tally.CountSkippedOutsideQuestion(piece.SkippedRows, piece.WholeFile);
                    lastFile = piece.WholeFile ? null : lastFile;
                    continue;
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    var row = piece.FirstRow + i + 1;
                    if (++_tally.RowsRead % _options.ProgressInterval == 0)
                    {
                        _options.Progress?.Report(_tally.Progress());
                    }

                    if (batch.TryGet(i, out var record, out var issue))
                    {
                        if (_tally.CountRecordInQuestion(record))
                        {
                            CurrentLine = row;
                            yield return record;
                        }
                    }
                    else if (_tally.Reject(issue!.InFile(piece.File, row)) is { } stop)
                    {
                        throw stop;
                    }
                }
            }
        }
        finally
        {
            // A reading stopped early: let the decoding in flight end before the decoder is disposed.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await pieces.DisposeAsync().ConfigureAwait(false);
        }

        bytes = _tally.TotalBytes ?? bytes;
        _tally.IsComplete = true;
        _options.Progress?.Report(_tally.Progress());
    }

    private static async Task<long> RowCountAsync(string file, CancellationToken cancellationToken)
    {
        var reader = await ParquetReader.CreateAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return reader.Metadata?.NumRows ?? Enumerable.Range(0, reader.RowGroupCount).Sum(g => reader.RowGroups[g].RowCount);
        }
    }

    /// <summary>Every <c>*.parquet</c> file in ordinal order of path, each with whether its partition is outside the question.</summary>
    private List<(string Path, bool OutsideQuestion)> AllFiles()
    {
        if (File.Exists(Path))
        {
            return [(System.IO.Path.GetFullPath(Path), false)];
        }

        if (!Directory.Exists(Path))
        {
            throw new FileNotFoundException($"{Path}: no such file or folder.", Path);
        }

        var root = System.IO.Path.GetFullPath(Path);
        return Directory.EnumerateFiles(root, "*.parquet", SearchOption.AllDirectories)
            .Where(static file => !System.IO.Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(file => (file, _pruning?.ExcludesPath(System.IO.Path.GetRelativePath(root, file)) == true))
            .ToList();
    }

    /// <summary>The files' row groups decoded in order, or skipped outside the question, as pieces for the reading loop.</summary>
    private async IAsyncEnumerable<Piece> DecodeAsync(List<(string Path, bool OutsideQuestion)> files, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (file, outside) in files)
        {
            if (outside)
            {
                yield return new Piece(file, 0, null, await RowCountAsync(file, cancellationToken).ConfigureAwait(false), WholeFile: true, null);
                continue;
            }

            var reader = await ParquetReader.CreateAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var columns = new FileColumns(reader.Schema);
                if (columns.MissingColumn(file) is { } missing)
                {
                    yield return new Piece(file, 0, null, 0, WholeFile: false, missing);
                    yield break;
                }

                long row = 0;
                for (var g = 0; g < reader.RowGroupCount; g++)
                {
                    using var group = reader.OpenRowGroupReader(g);
                    if (_pruning?.ExcludesRowGroup(group, columns.Fields) == true)
                    {
                        // Its statistics exclude the question: its rows are not decoded (and keep their numbers).
                        yield return new Piece(file, row, null, group.RowCount, WholeFile: false, null);
                    }
                    else
                    {
                        yield return new Piece(file, row, await columns.ReadAsync(group, cancellationToken).ConfigureAwait(false), 0, WholeFile: false, null);
                    }

                    row += group.RowCount;
                }
            }
        }
    }

    /// <summary>
    /// A row group decoded (<paramref name="Batch"/>, its rows numbered from <paramref name="FirstRow"/> + 1 in its file), or
    /// rows skipped outside the question (a whole file or a row group), or a file that lacks a required column.
    /// </summary>
    private sealed record Piece(string File, long FirstRow, TradeColumnBatch? Batch, long SkippedRows, bool WholeFile, ValidationIssue? MissingColumn);

    /// <summary>The columns of one file, found by name (a file of another writer may order or add columns differently).</summary>
    private sealed class FileColumns
    {
        private readonly Dictionary<string, DataField> _fields;

        public IReadOnlyDictionary<string, DataField> Fields => _fields;

        public FileColumns(ParquetSchema schema) => _fields = schema.DataFields.ToDictionary(static f => f.Name, StringComparer.Ordinal);

        /// <summary>The issue of the first required column the file lacks; null when it has them all.</summary>
        public ValidationIssue? MissingColumn(string file) =>
            TradeParquetColumns.Required.FirstOrDefault(name => !_fields.ContainsKey(name)) is { } name
                ? JsonRules.MissingMember.At("$." + name, $"The Parquet file has no column '{name}'; a trade record requires it.").InFile(file)
                : null;

        public async Task<TradeColumnBatch> ReadAsync(ParquetRowGroupReader group, CancellationToken cancellationToken)
        {
            // The one table says how each column is read; a column the file lacks is null in every row.
            var count = checked((int)group.RowCount);
            var columns = TradeParquetColumns.All;
            var cells = new Array?[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                if (columns[c].Read is { } read && _fields.TryGetValue(columns[c].Name, out var field))
                {
                    cells[c] = await read.ReadParquetAsync(group, field, count, cancellationToken).ConfigureAwait(false);
                }
            }

            return new TradeColumnBatch(count, cells);
        }
    }
}
