using AseanMinerals.Cli.Failures;
using AseanMinerals.Core.DataPackages;
using AseanMinerals.Core.Trade;
using AseanMinerals.Parquet;

namespace AseanMinerals.Cli.Output;

/// <summary>
/// Parquet for the tool: <c>convert -o trade.parquet</c> writes one file, <c>convert -o DIR --partition-by year,reporter</c>
/// a Hive-style dataset, <c>convert -o trade.arrow</c> an Arrow IPC file; each gets its descriptor (<see cref="DataPackageOutput"/>). Reading is
/// <see cref="Input.ParquetInput"/>'s, beside the other sources.
/// </summary>
internal static class ParquetOutput
{
    /// <summary>Whether <c>convert</c> writes Parquet: a <c>.parquet</c> target, or any target with <c>--partition-by</c>.</summary>
    public static bool Applies(string target, string? partitionBy) =>
        partitionBy is not null || target.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || IsArrow(target);

    /// <summary>Parses <c>--partition-by</c>: <c>year</c>, <c>reporter</c> or both, comma-separated.</summary>
    public static TradeParquetPartitioning ParsePartitioning(string text)
    {
        var partitioning = TradeParquetPartitioning.None;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            partitioning |= part.ToLowerInvariant() switch
            {
                "year" => TradeParquetPartitioning.Year,
                "reporter" => TradeParquetPartitioning.Reporter,
                _ => throw CliFailure.Usage($"--partition-by: '{part}' is not a partition; use year, reporter or year,reporter"),
            };
        }

        return partitioning;
    }

    /// <summary>Whether <c>convert</c> writes an Arrow IPC file: a <c>.arrow</c> target.</summary>
    public static bool IsArrow(string target) => target.EndsWith(".arrow", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the records (Parquet, or Arrow for a <c>.arrow</c> target) and the descriptor; returns how many records were written.</summary>
    public static async Task<long> WriteAsync(string target, string descriptor, string? partitionBy, bool force, string input, IAsyncEnumerable<TradeRecord> records, CancellationToken cancellationToken)
    {
        try
        {
            // An existing file (and descriptor) was checked by the caller: it is replaced only with --force.
            var arrow = IsArrow(target);
            var written = partitionBy is not null
                ? await TradeParquet.WriteDatasetAsync(records, target, new TradeParquetWriteOptions { PartitionBy = ParsePartitioning(partitionBy) }, cancellationToken).ConfigureAwait(false)
                : arrow
                    ? await TradeArrow.WriteFileAsync(records, target, new TradeParquetWriteOptions { Overwrite = force }, cancellationToken).ConfigureAwait(false)
                    : await TradeParquet.WriteFileAsync(records, target, new TradeParquetWriteOptions { Overwrite = force }, cancellationToken).ConfigureAwait(false);
            DataPackageOutput.Write(descriptor, arrow ? TradeDataFormat.Arrow : TradeDataFormat.Parquet, written.Files, target, input, force);
            return written.Rows;
        }
        catch (IOException e)
        {
            throw new CliFailure(CliApplication.UsageOrIoError, $"{target}: cannot be written: {e.Message}", e);
        }
        catch (ArgumentException e) when (e.ParamName == "record")
        {
            throw new CliFailure(CliApplication.DataErrors, $"{target}: the record {e.Data["record"]} has a value with more than {e.Data["valueScale"]} decimals, the scale of the value column: it is refused, not rounded; nothing was written", e);
        }
    }
}
