using System.Runtime.CompilerServices;
using Apache.Arrow;
using Apache.Arrow.Ipc;
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
                        if (++_tally.RowsRead % _options.ProgressInterval == 0)
                        {
                            _options.Progress?.Report(_tally.Progress());
                        }

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
        foreach (var name in TradeParquetColumns.Required)
        {
            if (batch.Schema.GetFieldIndex(name) < 0)
            {
                throw _tally.Fail(JsonRules.MissingMember.At("$." + name, $"The Arrow file has no column '{name}'; a trade record requires it.").InFile(Path));
            }
        }

        var columns = new TradeColumnBatch(batch.Length)
        {
            Period = Strings("period"),
            Reporter = Strings("reporter"),
            Partner = Strings("partner"),
            Flow = Strings("flow"),
            Commodity = Strings("commodity"),
            Revision = Strings("revision"),
            Flags = Strings("flags"),
            SecondPartner = Strings("secondPartner"),
            Value = Column<Decimal128Array, decimal>("value", static (a, i) => a.GetValue(i)),
            NetWeightKg = Column<DoubleArray, double>("netWeightKg", static (a, i) => a.GetValue(i)),
            Quantity = Column<DoubleArray, double>("quantity", static (a, i) => a.GetValue(i)),
            QuantityUnitCode = Column<Int32Array, int>("quantityUnitCode", static (a, i) => a.GetValue(i)),
            CustomsProcedure = Column<Int32Array, int>("customsProcedure", static (a, i) => a.GetValue(i)),
            TransportMode = Column<Int32Array, int>("transportMode", static (a, i) => a.GetValue(i)),
            ConversionSourceCommodity = Strings("conversionSourceCommodity"),
            ConversionSourceRevision = Strings("conversionSourceRevision"),
            ConversionWeight = Column<Decimal128Array, decimal>("conversionWeight", static (a, i) => a.GetValue(i)),
        };
        (string Name, bool Read)[] required =
            [("period", columns.Period is not null), ("reporter", columns.Reporter is not null), ("partner", columns.Partner is not null),
             ("flow", columns.Flow is not null), ("commodity", columns.Commodity is not null), ("value", columns.Value is not null)];
        if (required.FirstOrDefault(static r => !r.Read).Name is { } wrong)
        {
            var type = batch.Schema.GetFieldByName(wrong).DataType.Name;
            throw _tally.Fail(JsonRules.InvalidValue.At("$." + wrong, $"The Arrow column '{wrong}' is of type {type}; a trade record needs {(wrong == "value" ? "a decimal" : "a string")}.").InFile(Path));
        }

        return columns;

        string?[]? Strings(string name) => batch.Schema.GetFieldIndex(name) is var index and >= 0 && batch.Column(index) is StringArray array
            ? [.. Enumerable.Range(0, batch.Length).Select(i => array.GetString(i))]
            : null;

        T?[]? Column<TArray, T>(string name, Func<TArray, int, T?> get)
            where TArray : class, IArrowArray
            where T : struct => batch.Schema.GetFieldIndex(name) is var index and >= 0 && batch.Column(index) is TArray array
                ? [.. Enumerable.Range(0, batch.Length).Select(i => get(array, i))]
                : null;
    }
}
