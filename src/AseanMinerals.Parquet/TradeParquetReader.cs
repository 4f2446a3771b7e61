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

        // The row groups are decoded several at once on other threads (each by its own reader of its file), at most
        // Decoders ahead of the row group whose rows become records here, in order: memory holds that many row groups, and
        // Parquet.Net's decoding runs on every core. The decoders count nothing: each piece is counted here, in order.
        var work = await PlanAsync(files, cancellationToken).ConfigureAwait(false);
        var window = new Queue<Task<Piece>>();
        var started = 0;
        string? lastFile = null;
        try
        {
            while (window.Count > 0 || started < work.Count)
            {
                while (window.Count < Decoders && started < work.Count)
                {
                    var item = work[started++];
                    window.Enqueue(Task.Run(() => DecodeAsync(item, cancellationToken), cancellationToken));
                }

                var piece = await window.Dequeue().ConfigureAwait(false);
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
                    _tally.CountRowRead();

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
            // A reading stopped early: let the decodings in flight end before their files are left.
            foreach (var pending in window)
            {
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        bytes = _tally.TotalBytes ?? bytes;
        _tally.IsComplete = true;
        _options.Progress?.Report(_tally.Progress());
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

    /// <summary>How many row groups are decoded at once, ahead of the one whose rows become records.</summary>
    private static int Decoders => Environment.ProcessorCount + 1;

    /// <summary>
    /// The work of a reading, in order: a file outside the question as one piece (its row count from its footer), a file
    /// read as one piece per row group (its row groups counted from its footer). The footers are read on every core.
    /// </summary>
    private static async Task<List<WorkItem>> PlanAsync(List<(string Path, bool OutsideQuestion)> files, CancellationToken cancellationToken)
    {
        var footers = new (long Rows, long[] RowGroupRows)[files.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var reader = await ParquetReader.CreateAsync(files[i].Path, cancellationToken: token).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var groups = Enumerable.Range(0, reader.RowGroupCount).Select(g => reader.RowGroups[g].RowCount).ToArray();
                    footers[i] = (groups.Sum(), groups);
                }
            }).ConfigureAwait(false);

        var work = new List<WorkItem>();
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].OutsideQuestion)
            {
                work.Add(new WorkItem(files[i].Path, -1, 0, footers[i].Rows));
                continue;
            }

            long firstRow = 0;
            for (var g = 0; g < footers[i].RowGroupRows.Length; g++)
            {
                work.Add(new WorkItem(files[i].Path, g, firstRow, footers[i].RowGroupRows[g]));
                firstRow += footers[i].RowGroupRows[g];
            }

            if (footers[i].RowGroupRows.Length == 0)
            {
                work.Add(new WorkItem(files[i].Path, -2, 0, 0)); // no rows, but its columns are still checked
            }
        }

        return work;
    }

    /// <summary>One piece of work: a row group of a file (its number, or -1 for a whole file outside the question, -2 for a file without rows).</summary>
    private sealed record WorkItem(string File, int RowGroup, long FirstRow, long Rows);

    /// <summary>Decodes a row group by a reader of its own, or says it is skipped outside the question.</summary>
    private async Task<Piece> DecodeAsync(WorkItem item, CancellationToken cancellationToken)
    {
        if (item.RowGroup == -1)
        {
            return new Piece(item.File, 0, null, item.Rows, WholeFile: true, null);
        }

        var reader = await ParquetReader.CreateAsync(item.File, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var columns = new FileColumns(reader.Schema);
            if (columns.MissingColumn(item.File) is { } missing)
            {
                return new Piece(item.File, 0, null, 0, WholeFile: false, missing);
            }

            if (item.RowGroup < 0)
            {
                return new Piece(item.File, 0, new TradeColumnBatch(0, new Array?[TradeParquetColumns.All.Count]), 0, WholeFile: false, null);
            }

            using var group = reader.OpenRowGroupReader(item.RowGroup);
            return _pruning?.ExcludesRowGroup(group, columns.Fields) == true
                ? new Piece(item.File, item.FirstRow, null, group.RowCount, WholeFile: false, null) // its statistics exclude the question
                : new Piece(item.File, item.FirstRow, await columns.ReadAsync(group, cancellationToken).ConfigureAwait(false), 0, WholeFile: false, null);
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
        public ValidationIssue? MissingColumn(string file) => TradeParquetColumns.MissingRequired(_fields.ContainsKey, "Parquet", file);

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
