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
    private int _fileOpens;

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
        _fileOpens = 0;
        var files = AllFiles();
        long bytes = 0;
        _tally.TotalBytes = files.Where(static f => !f.OutsideQuestion).Sum(static f => new FileInfo(f.Path).Length);
        _tally.BytesRead = () => bytes;

        // The files are opened and the row groups decoded several at once on other threads, ahead of the piece whose rows
        // become records here, in order: memory holds a few row groups, and Parquet.Net's decoding runs on every core. The
        // other threads count nothing: each piece is counted here, in order.
        var pieces = new PieceWindow(this, files, cancellationToken);
        await using (pieces.ConfigureAwait(false))
        {
            string? lastFile = null;
            while (await pieces.NextAsync().ConfigureAwait(false) is { } piece)
            {
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

        bytes = _tally.TotalBytes ?? bytes;
        _tally.IsComplete = true;
        _options.Progress?.Report(_tally.Progress());
    }

    /// <summary>
    /// How many times the last reading opened a file (read its footer): once per file, and once more per row group of a
    /// file decoded while another of the same file is (tests count it).
    /// </summary>
    internal int FileOpens => _fileOpens;

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

    /// <summary>How many row groups are decoded at once, ahead of the one whose rows become records (and how many files are opened ahead).</summary>
    private static int Decoders => Environment.ProcessorCount + 1;

    /// <summary>Opens a file and reads its footer; a file that is not Parquet is an <see cref="IOException"/> that names it.</summary>
    private async Task<ParquetReader> OpenFileAsync(string file, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fileOpens);
        try
        {
            return await ParquetReader.CreateAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e) when (!e.Message.Contains(file, StringComparison.Ordinal))
        {
            // Parquet.Net's message ("not a parquet file, head: ..., tail: ...") does not say which file of a dataset.
            throw new IOException($"{file}: {e.Message}", e);
        }
    }

    /// <summary>
    /// The pieces of a reading, in order, made ahead on other threads: each file opened once, its footer giving the plan of
    /// its pieces (<see cref="FilePlan"/>), then each row group in the question decoded by a reader of its file (the one
    /// that read the footer, unless another row group of the file holds it). Pieces known from the footer alone (a file or
    /// row group outside the question, a file without a required column or without rows) cost no task.
    /// </summary>
    private sealed class PieceWindow(TradeParquetReader reader, List<(string Path, bool OutsideQuestion)> files, CancellationToken cancellationToken) : IAsyncDisposable
    {
        private readonly Queue<Task<FilePlan>> _opening = new();
        private readonly Queue<(Task<Piece> Piece, bool Decoding)> _window = new();
        private readonly List<FilePlan> _open = [];
        private int _nextFile;
        private int _decoding;
        private FilePlan? _planning;
        private int _nextGroup;

        /// <summary>The next piece, in order; null after the last.</summary>
        public async Task<Piece?> NextAsync()
        {
            await FillAsync().ConfigureAwait(false);
            if (_window.Count == 0)
            {
                return null;
            }

            var (task, decoding) = _window.Dequeue();
            var piece = await task.ConfigureAwait(false);
            _decoding -= decoding ? 1 : 0;
            if (piece.LastOf is { } done)
            {
                // The file's last piece: every row group of it is decoded, its readers are free.
                _open.Remove(done);
                await done.DisposeAsync().ConfigureAwait(false);
            }

            return piece;
        }

        /// <summary>Starts the decoding of the next row groups, opening the next files, without waiting for a file still opening while pieces are ready.</summary>
        private async Task FillAsync()
        {
            while (_decoding < Decoders && _window.Count < 4 * Decoders)
            {
                if (_planning is null)
                {
                    while (_opening.Count < Decoders && _nextFile < files.Count)
                    {
                        var (path, outsideQuestion) = files[_nextFile++];
                        _opening.Enqueue(Task.Run(() => FilePlan.OpenAsync(reader, path, outsideQuestion, cancellationToken), cancellationToken));
                    }

                    // A file still opening, or whose opening failed, waits until the pieces before it are handed out: its
                    // error comes after the records of the files before it, in file order.
                    if (_opening.Count == 0 || (_window.Count > 0 && !_opening.Peek().IsCompletedSuccessfully))
                    {
                        return;
                    }

                    var plan = await _opening.Dequeue().ConfigureAwait(false);
                    if (plan.Whole is { } whole)
                    {
                        _window.Enqueue((Task.FromResult(whole), false));
                        continue;
                    }

                    _open.Add(plan);
                    (_planning, _nextGroup) = (plan, 0);
                }

                var file = _planning;
                var group = file.Groups[_nextGroup++];
                var lastOf = _nextGroup == file.Groups.Count ? file : null;
                _planning = lastOf is null ? file : null;
                if (group.Skipped)
                {
                    _window.Enqueue((Task.FromResult(new Piece(file.Path, group.FirstRow, null, group.Rows, WholeFile: false, null, lastOf)), false));
                }
                else
                {
                    _window.Enqueue((Task.Run(() => file.DecodeAsync(group, lastOf, cancellationToken), cancellationToken), true));
                    _decoding++;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            // A reading stopped early: let the openings and decodings in flight end before their files are left.
            foreach (var (pending, _) in _window)
            {
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            foreach (var opening in _opening)
            {
                await ((Task)opening).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (opening.IsCompletedSuccessfully)
                {
                    _open.Add(opening.Result);
                }
            }

            foreach (var plan in _open)
            {
                await plan.DisposeAsync().ConfigureAwait(false);
            }

            _open.Clear();
        }
    }

    /// <summary>
    /// A file as its footer plans it: a single piece (<see cref="Whole"/>: outside the question, without a required
    /// column, or without rows), or its row groups, each in the question or skipped by its statistics. Holds the reader that
    /// read the footer while a row group is left to decode, lends it to one decoding at a time and opens another for a
    /// second decoding of the file at once.
    /// </summary>
    private sealed class FilePlan : IAsyncDisposable
    {
        private readonly TradeParquetReader _reader;
        private readonly Stack<ParquetReader> _idle = new();

        private FilePlan(TradeParquetReader reader, string path, Piece? whole, FileColumns? columns, List<RowGroupPlan> groups)
        {
            _reader = reader;
            Path = path;
            Whole = whole;
            Columns = columns;
            Groups = groups;
        }

        public string Path { get; }

        public Piece? Whole { get; }

        private FileColumns? Columns { get; }

        public List<RowGroupPlan> Groups { get; }

        /// <summary>Reads a file's footer: its schema checked, its row groups pruned by the question.</summary>
        public static async Task<FilePlan> OpenAsync(TradeParquetReader owner, string path, bool outsideQuestion, CancellationToken cancellationToken)
        {
            var file = await owner.OpenFileAsync(path, cancellationToken).ConfigureAwait(false);
            FilePlan? plan = null;
            try
            {
                plan = Plan(owner, path, outsideQuestion, file);
                return plan;
            }
            finally
            {
                if (plan is not null && plan.Groups.Exists(static g => !g.Skipped)) // a whole-file plan has no groups
                {
                    plan._idle.Push(file);
                }
                else
                {
                    await file.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        private static FilePlan Plan(TradeParquetReader owner, string path, bool outsideQuestion, ParquetReader file)
        {
            if (outsideQuestion)
            {
                var rows = Enumerable.Range(0, file.RowGroupCount).Sum(g => file.RowGroups[g].RowCount);
                return new FilePlan(owner, path, new Piece(path, 0, null, rows, WholeFile: true, null, null), null, []);
            }

            var columns = new FileColumns(file.Schema);
            if ((CubePart(file, path) ?? columns.MissingColumn(path) ?? columns.MisTypedColumn(path)) is { } missing)
            {
                return new FilePlan(owner, path, new Piece(path, 0, null, 0, WholeFile: false, missing, null), null, []);
            }

            if (file.RowGroupCount == 0)
            {
                // No rows, but its columns are checked.
                var empty = new TradeColumnBatch(0, new Array?[TradeParquetColumns.All.Count]);
                return new FilePlan(owner, path, new Piece(path, 0, empty, 0, WholeFile: false, null, null), null, []);
            }

            var groups = new List<RowGroupPlan>(file.RowGroupCount);
            long firstRow = 0;
            for (var g = 0; g < file.RowGroupCount; g++)
            {
                var rows = file.RowGroups[g].RowCount;
                var skipped = false;
                if (owner._pruning is { } pruning)
                {
                    using var group = file.OpenRowGroupReader(g); // its statistics
                    skipped = pruning.ExcludesRowGroup(group, columns.Fields);
                }

                groups.Add(new RowGroupPlan(g, firstRow, rows, skipped));
                firstRow += rows;
            }

            return new FilePlan(owner, path, null, columns, groups);
        }

        // A partial cube (TradeCubeParquet) has the trade columns' names but holds cells, not records ('commodity' is a cell
        // index): it is named for what it is, not read as records nor refused for a column's type alone.
        private static ValidationIssue? CubePart(ParquetReader file, string path) =>
            file.CustomMetadata?.ContainsKey(TradeCubeParquet.MetadataKey) == true
                ? JsonRules.InvalidValue.At("$", "The Parquet file is a partial cube (the cells of a cube, as TradeCubeParquet writes them), not trade records: read it with TradeCubeParquet.ReadAsync, to merge it.").InFile(path)
                : null;

        /// <summary>Decodes a row group by a reader of the file that no other decoding holds.</summary>
        public async Task<Piece> DecodeAsync(RowGroupPlan group, FilePlan? lastOf, CancellationToken cancellationToken)
        {
            ParquetReader? file;
            lock (_idle)
            {
                _idle.TryPop(out file);
            }

            file ??= await _reader.OpenFileAsync(Path, cancellationToken).ConfigureAwait(false);
            try
            {
                using var rowGroup = file.OpenRowGroupReader(group.Index);
                return new Piece(Path, group.FirstRow, await Columns!.ReadAsync(rowGroup, cancellationToken).ConfigureAwait(false), 0, WholeFile: false, null, lastOf);
            }
            finally
            {
                lock (_idle)
                {
                    _idle.Push(file);
                }
            }
        }

        /// <summary>Closes the file's readers (every decoding of it has ended).</summary>
        public async ValueTask DisposeAsync()
        {
            while (_idle.TryPop(out var file))
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>A row group of a file: its number, its rows (numbered from <paramref name="FirstRow"/> + 1 in the file), whether its statistics exclude the question.</summary>
    private sealed record RowGroupPlan(int Index, long FirstRow, long Rows, bool Skipped);

    /// <summary>
    /// A row group decoded (<paramref name="Batch"/>, its rows numbered from <paramref name="FirstRow"/> + 1 in its file), or
    /// rows skipped outside the question (a whole file or a row group), or a file that cannot be read as records (a required
    /// column missing or of another type, a partial cube);
    /// <paramref name="LastOf"/> is its file's plan when it is the last piece of a file whose readers are open.
    /// </summary>
    private sealed record Piece(string File, long FirstRow, TradeColumnBatch? Batch, long SkippedRows, bool WholeFile, ValidationIssue? MissingColumn, FilePlan? LastOf);

    /// <summary>The columns of one file, found by name (a file of another writer may order or add columns differently).</summary>
    private sealed class FileColumns
    {
        private readonly Dictionary<string, DataField> _fields;

        public IReadOnlyDictionary<string, DataField> Fields => _fields;

        public FileColumns(ParquetSchema schema) => _fields = schema.DataFields.ToDictionary(static f => f.Name, StringComparer.Ordinal);

        /// <summary>The issue of the first required column the file lacks; null when it has them all.</summary>
        public ValidationIssue? MissingColumn(string file) => TradeParquetColumns.MissingRequired(_fields.ContainsKey, "Parquet", file);

        /// <summary>
        /// The issue of the first required column of another type than a record needs (as the Arrow reader says it); an
        /// optional column of another type is read as absent, as in Arrow. Null when every column reads.
        /// </summary>
        public ValidationIssue? MisTypedColumn(string file)
        {
            foreach (var column in TradeParquetColumns.All)
            {
                if (column.Read is { } read && _fields.TryGetValue(column.Name, out var field) && !read.ReadsParquet(field))
                {
                    if (read.Required)
                    {
                        return JsonRules.InvalidValue.At("$." + column.Name, $"The Parquet column '{column.Name}' is of type {field.ClrType.Name}; a trade record needs {read.Description}.").InFile(file);
                    }

                    _fields.Remove(column.Name);
                }
            }

            return null;
        }

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
