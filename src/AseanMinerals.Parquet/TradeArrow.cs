using Apache.Arrow;
using Apache.Arrow.Ipc;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Parquet.Internal;

namespace AseanMinerals.Parquet;

/// <summary>
/// Trade records as an Arrow IPC file (the random-access file format, <c>.arrow</c>), in the columns of the Parquet files
/// (<c>period</c>, <c>year</c>, <c>month</c>, codes as strings with leading zeros, <c>value</c> as Decimal128(38, scale),
/// the breakdown flattened), written a record batch at a time and read back through the one trade-source contract
/// (<see cref="TradeArrowReader"/>).
/// </summary>
public static class TradeArrow
{
    /// <summary>The name of the format, as summaries give it.</summary>
    internal const string FormatName = "Arrow";

    /// <summary>Opens an Arrow IPC file for reading, record batch by record batch.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">What to do with invalid rows, progress, the source's name.</param>
    /// <returns>The source.</returns>
    public static TradeArrowReader Open(string path, TradeSourceOptions? options = null) =>
        new(path, options ?? TradeSourceOptions.Default);

    /// <summary>
    /// Writes records to one Arrow IPC file, through a temporary file beside it that takes its name only when the writing
    /// succeeded. <see cref="TradeParquetWriteOptions.RowGroupSize"/> is the record batch size; <see cref="TradeParquetWriteOptions.ValueScale"/>
    /// the value column's scale (a value with more decimals is refused, not rounded); <see cref="TradeParquetWriteOptions.Overwrite"/>
    /// whether an existing file may be replaced. Partitioning options do not apply.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="path">The file.</param>
    /// <param name="options">The options; <see cref="TradeParquetWriteOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing; nothing is left behind.</param>
    /// <returns>The file written and the number of rows.</returns>
    /// <exception cref="IOException">The file exists and overwriting is not allowed, or it cannot be written.</exception>
    /// <exception cref="ArgumentException">A value has more decimals than the scale (parameter name <c>record</c>).</exception>
    public static async Task<TradeParquetWriteResult> WriteFileAsync(
        IAsyncEnumerable<TradeRecord> records, string path, TradeParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        options ??= TradeParquetWriteOptions.Default;
        var target = Path.GetFullPath(path);
        if (!options.Overwrite && File.Exists(target))
        {
            throw new IOException($"{target}: the file exists; it is not replaced (set TradeParquetWriteOptions.Overwrite to replace it).");
        }

        var schema = Schema(options.ValueScale);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        long rows = 0;
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                using var writer = new ArrowFileWriter(stream, schema, leaveOpen: true);
                await writer.WriteStartAsync(cancellationToken).ConfigureAwait(false);
                var buffer = new List<TradeRecord>(Math.Min(options.RowGroupSize, 1 << 16));
                await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    TradeParquetColumns.CheckFits(record, options.ValueScale, "Arrow");
                    buffer.Add(record);
                    if (buffer.Count == options.RowGroupSize)
                    {
                        await writer.WriteRecordBatchAsync(Batch(schema, buffer, options.ValueScale), cancellationToken).ConfigureAwait(false);
                        rows += buffer.Count;
                        buffer.Clear();
                    }
                }

                if (buffer.Count > 0 || rows == 0)
                {
                    await writer.WriteRecordBatchAsync(Batch(schema, buffer, options.ValueScale), cancellationToken).ConfigureAwait(false);
                    rows += buffer.Count;
                }

                await writer.WriteEndAsync(cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, target, options.Overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }

        return new TradeParquetWriteResult([target], rows);
    }

    // The columns of the Parquet files, in their order: the one table (TradeParquetColumns.All) gives each its type and values.
    private static Schema Schema(int scale)
    {
        var builder = new Schema.Builder();
        foreach (var column in TradeParquetColumns.All)
        {
            var field = column.NewField(scale);
            builder.Field(f => f.Name(field.Name).DataType(column.ArrowType(scale)).Nullable(field.IsNullable));
        }

        return builder.Build();
    }

    private static RecordBatch Batch(Schema schema, List<TradeRecord> rows, int scale) =>
        new(schema, TradeParquetColumns.All.Select(c => c.ArrowArray(rows, scale)), rows.Count);
}
