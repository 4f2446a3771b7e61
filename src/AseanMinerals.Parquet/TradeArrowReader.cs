using System.Runtime.CompilerServices;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Array = System.Array;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using AseanMinerals.Parquet.Internal;

namespace AseanMinerals.Parquet;

/// <summary>
/// Trade records read from an Arrow IPC file, one record batch at a time, with the row rules of the Parquet reader (the
/// columns found by name, a missing optional column read as absent, a bad cell an issue at its row and column). Its
/// <see cref="Summary"/> always reconciles: rows read = records + rejected. A row's "line" in issues is its 1-based row number.
/// </summary>
public sealed class TradeArrowReader : ITradeRecordSource
{
    private readonly TradeSourceOptions _options;
    private TradeSourceTally _tally;

    internal TradeArrowReader(string path, TradeSourceOptions options)
    {
        Path = path;
        SourceName = options.SourceName ?? path;
        _options = options;
        _tally = new TradeSourceTally(SourceName, TradeArrow.FormatName, options);
    }

    /// <summary>The file read.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string SourceName { get; }

    /// <inheritdoc />
    public TradeSourceSummary Summary => _tally.Snapshot();

    /// <inheritdoc />
    public long CurrentLine { get; private set; }

    /// <summary>Reads the records, record batch by record batch.</summary>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The records, in row order.</returns>
    /// <exception cref="ValidationException">The file lacks a required column, or (with <see cref="InvalidRowHandling.Stop"/>) a row is not a valid record.</exception>
    public async IAsyncEnumerator<TradeRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        _tally = new TradeSourceTally(SourceName, TradeArrow.FormatName, _options);
        CurrentLine = 0;
        long bytes = 0;
        _tally.BytesRead = () => bytes;
        var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            _tally.TotalBytes = stream.Length;
            using var reader = new ArrowFileReader(stream, leaveOpen: true);
            long row = 0;
            while (await reader.ReadNextRecordBatchAsync(cancellationToken).ConfigureAwait(false) is { } batch)
            {
                bytes = stream.Position;
                using (batch)
                {
                    var columns = Columns(batch);
                    for (var i = 0; i < columns.Count; i++)
                    {
                        row++;
                        _tally.CountRowRead();

                        if (columns.TryGet(i, out var record, out var issue))
                        {
                            if (_tally.CountRecordInQuestion(record))
                            {
                                CurrentLine = row;
                                yield return record;
                            }
                        }
                        else if (_tally.Reject(issue!.InFile(Path, row)) is { } stop)
                        {
                            throw stop;
                        }
                    }
                }
            }
        }

        bytes = _tally.TotalBytes ?? bytes;
        _tally.IsComplete = true;
        _options.Progress?.Report(_tally.Progress());
    }

    private TradeColumnBatch Columns(RecordBatch batch)
    {
        if (TradeParquetColumns.MissingRequired(name => batch.Schema.GetFieldIndex(name) >= 0, "Arrow", Path) is { } missing)
        {
            throw _tally.Fail(missing);
        }

        // The one table says how each column is read; a column the file lacks (or of another type) is null in every row,
        // unless the record requires it.
        var columns = TradeParquetColumns.All;
        var cells = new Array?[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Read is not { } read || batch.Schema.GetFieldIndex(columns[c].Name) is not (>= 0 and var index))
            {
                continue;
            }

            cells[c] = read.ReadArrow(batch.Column(index));
            if (cells[c] is null && read.Required)
            {
                var name = columns[c].Name;
                throw _tally.Fail(JsonRules.InvalidValue.At("$." + name, $"The Arrow column '{name}' is of type {batch.Schema.GetFieldByName(name).DataType.Name}; a trade record needs {read.Description}.").InFile(Path));
            }
        }

        return new TradeColumnBatch(batch.Length, cells);
    }
}
