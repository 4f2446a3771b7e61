using System.Globalization;
using System.Runtime.CompilerServices;
using AseanMinerals.Core.Countries;
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
/// the size of the dataset. Its <see cref="Summary"/> always reconciles: rows read = records + rejected. A row's "line" in
/// issues is its 1-based row number within its file; the file is the issue's source.
/// </summary>
public sealed class TradeParquetReader : ITradeRecordSource
{
    /// <summary>The name of the format, as summaries give it.</summary>
    internal const string FormatName = "Parquet";

    private readonly TradeParquetReadOptions _options;
    private TradeSourceTally _tally;

    internal TradeParquetReader(string path, TradeParquetReadOptions options)
    {
        Path = path;
        SourceName = options.SourceName ?? path;
        _options = options;
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

    /// <summary>The files the reading opens, after partition pruning, in the order read.</summary>
    /// <returns>The full paths.</returns>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public IReadOnlyList<string> Files()
    {
        if (File.Exists(Path))
        {
            return [System.IO.Path.GetFullPath(Path)];
        }

        if (!Directory.Exists(Path))
        {
            throw new FileNotFoundException($"{Path}: no such file or folder.", Path);
        }

        var root = System.IO.Path.GetFullPath(Path);
        return Directory.EnumerateFiles(root, "*.parquet", SearchOption.AllDirectories)
            .Where(file => !System.IO.Path.GetFileName(file).StartsWith('.') && IsSelected(System.IO.Path.GetRelativePath(root, file)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads the records, file by file and row group by row group.</summary>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The records, in file order, then row order.</returns>
    /// <exception cref="ValidationException">A file lacks a required column, or (with <see cref="InvalidRowHandling.Stop"/>) a row is not a valid record.</exception>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public async IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        _tally = new TradeSourceTally(SourceName, FormatName, _options);
        CurrentLine = 0;
        var files = Files();
        long bytes = 0;
        _tally.TotalBytes = files.Sum(static f => new FileInfo(f).Length);
        _tally.BytesRead = () => bytes;
        foreach (var file in files)
        {
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

    private bool IsSelected(string relativePath)
    {
        foreach (var segment in relativePath.Split(System.IO.Path.DirectorySeparatorChar))
        {
            if (_options.Years is { } years && segment.StartsWith("year=", StringComparison.Ordinal)
                && int.TryParse(segment.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && !years.Contains(year))
            {
                return false;
            }

            if (_options.Reporters is { } reporters && segment.StartsWith("reporter=", StringComparison.Ordinal)
                && AreaCode.TryParse(segment.AsSpan(9), out var reporter) && !reporters.Contains(reporter))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The columns of one file, found by name (a file of another writer may order or add columns differently).</summary>
    private sealed class FileColumns
    {
        private readonly Dictionary<string, DataField> _fields;

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
