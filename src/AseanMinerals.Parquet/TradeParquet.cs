using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Parquet.Internal;

namespace AseanMinerals.Parquet;

/// <summary>
/// Trade records to and from Apache Parquet: one file, or a dataset folder partitioned Hive-style by year and reporter
/// (<c>year=2022/reporter=156/part-0.parquet</c>) that DuckDB, Spark, Polars and BigQuery read as they are. The columns
/// are the members of the JSON schema (<c>trade-record.schema.json</c>) under the same names, plus <c>year</c> and
/// <c>month</c>; the value is an exact DECIMAL(38, scale). Every file is written to a temporary file in its folder and
/// takes its name only when the whole writing succeeded.
/// </summary>
/// <example>
/// <code>
/// await TradeParquet.WriteDatasetAsync(records, "trade");               // trade/year=2022/reporter=360/part-0.parquet ...
/// var question = TradeCubeFilter.For(TradePeriod.Annual(2022), AreaGroup.Asean());
/// var source = TradeParquet.Open("trade", new TradeSourceOptions { Question = question }); // opens year=2022/reporter=(ASEAN)/ only
/// await foreach (var record in source) { ... }
/// </code>
/// </example>
public static class TradeParquet
{
    /// <summary>Writes the records to one Parquet file (never split; row groups of <see cref="TradeParquetWriteOptions.RowGroupSize"/>).</summary>
    /// <param name="records">The records.</param>
    /// <param name="path">The file to make.</param>
    /// <param name="options">The options; null for <see cref="TradeParquetWriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the writing; nothing is left behind.</param>
    /// <returns>The file written and the number of rows.</returns>
    /// <exception cref="ArgumentException">A value has more decimals than <see cref="TradeParquetWriteOptions.ValueScale"/>; nothing is written.</exception>
    /// <exception cref="IOException">The file exists and <see cref="TradeParquetWriteOptions.Overwrite"/> is false, or it cannot be written.</exception>
    public static async Task<TradeParquetWriteResult> WriteFileAsync(
        IAsyncEnumerable<TradeRecord> records, string path, TradeParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= TradeParquetWriteOptions.Default;
        var full = Path.GetFullPath(path);
        var part = new TradeParquetPartWriter(Path.GetDirectoryName(full)!, Path.GetFileName(full), numbered: false, options);
        await using (part.ConfigureAwait(false))
        {
            long rows = 0;
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                part.Add(record);
                rows++;
                if (part.Buffered >= options.RowGroupSize)
                {
                    await part.FlushAsync(all: false, cancellationToken).ConfigureAwait(false);
                }
            }

            await part.FlushAsync(all: true, cancellationToken).ConfigureAwait(false);
            if (rows == 0)
            {
                // An empty file is still a valid Parquet file with the schema, so that a reader finds the columns.
                await part.StartEmptyAsync(cancellationToken).ConfigureAwait(false);
            }

            await part.CommitAsync().ConfigureAwait(false);
            return new TradeParquetWriteResult([.. part.Targets], rows);
        }
    }

    /// <summary>
    /// Writes the records to a dataset folder, partitioned by <see cref="TradeParquetWriteOptions.PartitionBy"/>
    /// (<c>year=2022/reporter=156/part-0.parquet</c>), at most <see cref="TradeParquetWriteOptions.MaxRowsPerFile"/> rows a
    /// file, in bounded memory (<see cref="TradeParquetWriteOptions.MaxBufferedRows"/>). Files already in the folder stay.
    /// </summary>
    /// <param name="records">The records, in any order.</param>
    /// <param name="directory">The dataset folder (made where missing).</param>
    /// <param name="options">The options; null for <see cref="TradeParquetWriteOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the writing; no file is left behind.</param>
    /// <returns>The files written (ordered by partition) and the number of rows.</returns>
    /// <exception cref="ArgumentException">A value has more decimals than <see cref="TradeParquetWriteOptions.ValueScale"/>; nothing is kept.</exception>
    /// <exception cref="IOException">A file of the dataset exists and <see cref="TradeParquetWriteOptions.Overwrite"/> is false, or a file cannot be written.</exception>
    public static async Task<TradeParquetWriteResult> WriteDatasetAsync(
        IAsyncEnumerable<TradeRecord> records, string directory, TradeParquetWriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        options ??= TradeParquetWriteOptions.Default;
        var root = Path.GetFullPath(directory);
        var parts = new SortedDictionary<string, TradeParquetPartWriter>(StringComparer.Ordinal);
        try
        {
            long rows = 0;
            long buffered = 0;
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var key = PartitionPath(record, options.PartitionBy);
                if (!parts.TryGetValue(key, out var part))
                {
                    part = new TradeParquetPartWriter(Path.Combine(root, key), "part", numbered: true, options);
                    parts.Add(key, part);
                }

                part.Add(record);
                rows++;
                if (part.Buffered >= options.RowGroupSize)
                {
                    buffered -= part.Buffered;
                    await part.FlushAsync(all: false, cancellationToken).ConfigureAwait(false);
                    buffered += part.Buffered;
                }

                if (++buffered > options.MaxBufferedRows)
                {
                    var largest = parts.Values.MaxBy(static p => p.Buffered)!;
                    buffered -= largest.Buffered;
                    await largest.FlushAsync(all: true, cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var part in parts.Values)
            {
                await part.FlushAsync(all: true, cancellationToken).ConfigureAwait(false);
            }

            foreach (var part in parts.Values)
            {
                await part.CommitAsync().ConfigureAwait(false);
            }

            return new TradeParquetWriteResult([.. parts.Values.SelectMany(static p => p.Targets)], rows);
        }
        finally
        {
            foreach (var part in parts.Values)
            {
                await part.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// A trade source over one Parquet file or a dataset folder (every <c>*.parquet</c> file under it, in ordinal order of
    /// path), read a row group at a time. The options' <see cref="TradeSourceOptions.Question"/> prunes: partition folders
    /// outside its years and reporters are not opened, row groups whose statistics exclude it are not read, and every
    /// row is still accounted for (see <see cref="TradeParquetReader"/>).
    /// </summary>
    /// <param name="path">A <c>.parquet</c> file or a dataset folder.</param>
    /// <param name="options">The options; null for the defaults (stop at the first invalid row, no question).</param>
    /// <returns>The source; nothing is read before it is enumerated.</returns>
    public static TradeParquetReader Open(string path, TradeSourceOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new TradeParquetReader(path, options ?? TradeSourceOptions.Default);
    }

    /// <summary>The partition folder of a record: <c>year=2022/reporter=156</c>, or empty when not partitioned.</summary>
    internal static string PartitionPath(in TradeRecord record, TradeParquetPartitioning partitioning) =>
        partitioning switch
        {
            TradeParquetPartitioning.None => string.Empty,
            TradeParquetPartitioning.Year => $"year={record.Period.Year:D4}",
            TradeParquetPartitioning.Reporter => $"reporter={record.Reporter}",
            _ => Path.Combine($"year={record.Period.Year:D4}", $"reporter={record.Reporter}"),
        };
}
