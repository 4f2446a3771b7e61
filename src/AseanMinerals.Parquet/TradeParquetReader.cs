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
        foreach (var (file, outside) in files)
        {
            if (outside)
            {
                // Its partition is outside the question: only its footer is read, for the rows it holds.
                _tally.CountSkippedOutsideQuestion(await RowCountAsync(file, cancellationToken).ConfigureAwait(false), wholeFile: true);
                continue;
            }

            await foreach (var (record, row) in ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
            {
                CurrentLine = row;
                yield return record;
            }

            bytes += new FileInfo(file).Length;
        }

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

    private async IAsyncEnumerable<(TradeRecord Record, long Row)> ReadFileAsync(string file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = await ParquetReader.CreateAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var columns = new FileColumns(reader.Schema, file, _tally);
            long row = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                if (_pruning?.ExcludesRowGroup(group, columns.Fields) == true)
                {
                    // Its statistics exclude the question: its rows are not decoded, but counted (and keep their numbers).
                    _tally.CountSkippedOutsideQuestion(group.RowCount, wholeFile: false);
                    row += group.RowCount;
                    continue;
                }

                var batch = await columns.ReadAsync(group, cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    row++;
                    if (++_tally.RowsRead % _options.ProgressInterval == 0)
                    {
                        _options.Progress?.Report(_tally.Progress());
                    }

                    if (batch.TryGet(i, out var record, out var issue))
                    {
                        if (_tally.CountRecordInQuestion(record))
                        {
                            yield return (record, row);
                        }
                    }
                    else if (_tally.Reject(issue!.InFile(file, row)) is { } stop)
                    {
                        throw stop;
                    }
                }
            }
        }
    }

    /// <summary>The columns of one file, found by name (a file of another writer may order or add columns differently).</summary>
    private sealed class FileColumns
    {
        private readonly Dictionary<string, DataField> _fields;

        public IReadOnlyDictionary<string, DataField> Fields => _fields;

        public FileColumns(ParquetSchema schema, string file, TradeSourceTally tally)
        {
            _fields = schema.DataFields.ToDictionary(static f => f.Name, StringComparer.Ordinal);
            foreach (var name in TradeParquetColumns.Required)
            {
                if (!_fields.ContainsKey(name))
                {
                    throw tally.Fail(JsonRules.MissingMember.At("$." + name, $"The Parquet file has no column '{name}'; a trade record requires it.").InFile(file));
                }
            }
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
