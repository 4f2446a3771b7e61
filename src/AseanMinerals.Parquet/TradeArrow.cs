using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
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

    // The columns of the Parquet files, in their order (TradeParquetColumns.Schema).
    private static readonly Decimal128Type WeightType = new(TradeParquetColumns.WeightPrecision, TradeParquetColumns.WeightScale);

    private static Schema Schema(int scale) => new Schema.Builder()
        .Field(f => f.Name("period").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("year").DataType(Int32Type.Default).Nullable(false))
        .Field(f => f.Name("month").DataType(Int32Type.Default).Nullable(true))
        .Field(f => f.Name("reporter").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("partner").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("flow").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("commodity").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("revision").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("value").DataType(new Decimal128Type(TradeParquetColumns.ValuePrecision, scale)).Nullable(false))
        .Field(f => f.Name("netWeightKg").DataType(DoubleType.Default).Nullable(true))
        .Field(f => f.Name("quantity").DataType(DoubleType.Default).Nullable(true))
        .Field(f => f.Name("quantityUnitCode").DataType(Int32Type.Default).Nullable(true))
        .Field(f => f.Name("flags").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("secondPartner").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("customsProcedure").DataType(Int32Type.Default).Nullable(false))
        .Field(f => f.Name("transportMode").DataType(Int32Type.Default).Nullable(false))
        .Field(f => f.Name("conversionSourceCommodity").DataType(StringType.Default).Nullable(true))
        .Field(f => f.Name("conversionSourceRevision").DataType(StringType.Default).Nullable(true))
        .Field(f => f.Name("conversionWeight").DataType(WeightType).Nullable(true))
        .Build();

    private static RecordBatch Batch(Schema schema, List<TradeRecord> rows, int scale)
    {
        var value = new Decimal128Array.Builder(new Decimal128Type(TradeParquetColumns.ValuePrecision, scale));
        foreach (var row in rows)
        {
            value.Append(row.Value);
        }

        var weight = new Decimal128Array.Builder(WeightType);
        foreach (var row in rows)
        {
            if (row.Conversion is { } conversion)
            {
                weight.Append(conversion.Weight);
            }
            else
            {
                weight.AppendNull();
            }
        }

        IArrowArray[] columns =
        [
            Strings(rows, static r => r.Period.ToString()),
            Ints(rows, static r => r.Period.Year),
            Ints(rows, static r => r.Period.Month),
            Strings(rows, static r => r.Reporter.ToString()),
            Strings(rows, static r => r.Partner.ToString()),
            Strings(rows, static r => TradeParquetColumns.FlowName(r.Flow)),
            Strings(rows, static r => r.Commodity.ToString()),
            Strings(rows, static r => r.Revision.ToComtradeCode()),
            value.Build(),
            Doubles(rows, static r => r.NetWeightKg),
            Doubles(rows, static r => r.Quantity),
            Ints(rows, static r => r.QuantityUnitCode),
            Strings(rows, static r => TradeParquetColumns.FlagsText(r.Flags)),
            Strings(rows, static r => r.Breakdown.SecondPartner.ToString()),
            Ints(rows, static r => r.Breakdown.CustomsProcedure),
            Ints(rows, static r => r.Breakdown.TransportMode),
            Strings(rows, static r => r.Conversion?.SourceCommodity.ToString()),
            Strings(rows, static r => r.Conversion?.SourceRevision.ToComtradeCode()),
            weight.Build(),
        ];
        return new RecordBatch(schema, columns, rows.Count);
    }

    private static StringArray Strings(List<TradeRecord> rows, Func<TradeRecord, string?> select)
    {
        var builder = new StringArray.Builder();
        foreach (var row in rows)
        {
            builder.Append(select(row));
        }

        return builder.Build();
    }

    private static Int32Array Ints(List<TradeRecord> rows, Func<TradeRecord, int?> select)
    {
        var builder = new Int32Array.Builder();
        foreach (var row in rows)
        {
            builder.Append(select(row));
        }

        return builder.Build();
    }

    private static DoubleArray Doubles(List<TradeRecord> rows, Func<TradeRecord, double?> select)
    {
        var builder = new DoubleArray.Builder();
        foreach (var row in rows)
        {
            builder.Append(select(row));
        }

        return builder.Build();
    }
}
