using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Output;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>convert</c>: a Comtrade file to JSON Lines through the importer and the core's JSON Lines writer, streamed; then
/// the import summary (rows read = records + set aside + rejected, by reason). A rejected row stops the conversion
/// (exit code 1) and the partial output is removed, so that no file silently lacks rows.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var input = new Argument<string>("input") { Description = "A Comtrade file (any format the importer detects, plain or .gz)." };
        var output = new Option<string>("--output", "-o") { Description = "The file to write: JSON Lines (.jsonl) or Parquet (.parquet); with --partition-by, a Parquet dataset folder.", Required = true };
        var partitionBy = new Option<string?>("--partition-by") { Description = "Write a Parquet dataset folder split Hive-style by year, reporter or year,reporter (year=2022/reporter=156/part-0.parquet)." };
        var skipRejected = new Option<bool>("--skip-rejected")
        {
            Description = "Go on past a row that cannot be read: it is counted as rejected and listed on standard error, and the exit code is 1. Without it the first such row stops the conversion.",
        };
        var command = new Command("convert", "Convert a Comtrade file to JSON Lines, with the import summary: rows read, records, set aside and rejected by reason.");
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(skipRejected);
        command.Options.Add(partitionBy);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            TradeFiles.CheckExist([source]);
            var partitions = parse.GetValue(partitionBy);
            if (TradeFiles.KindOf(source) == TradeFileKind.JsonLines && !ParquetOutput.Applies(target, partitions))
            {
                throw CliFailure.Usage($"{source}: already JSON Lines; convert reads Comtrade files (or writes JSON Lines to Parquet)");
            }

            var options = new ComtradeImportOptions { OnInvalidRow = parse.GetValue(skipRejected) ? InvalidRowHandling.Collect : InvalidRowHandling.Stop };
            var summaries = new List<TradeSourceSummary>();
            var progress = new ProgressLine(environment);
            long written;
            if (ParquetOutput.Applies(target, partitions))
            {
                // The Parquet writer moves finished files into place and leaves nothing behind on failure: nothing to delete.
                written = await ParquetOutput.WriteAsync(target, partitions, source, TradeFiles.ReadAsync([source], summaries, progress, options, cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                try
                {
                    var stream = CreateOutput(target);
                    await using (stream.ConfigureAwait(false))
                    {
                        written = await AseanMineralsJson.WriteTradeRecordLinesAsync(stream, TradeFiles.ReadAsync([source], summaries, progress, options, cancellationToken), cancellationToken).ConfigureAwait(false);
                    }
                }
                catch
                {
                    File.Delete(target);
                    throw;
                }
            }

            progress.Clear();
            var summary = summaries[0];
            foreach (var issue in summary.Issues.Issues)
            {
                await environment.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
            }

            await environment.Out.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
            await environment.Out.WriteLineAsync($"{target}: {written:N0} records written as {(ParquetOutput.Applies(target, partitions) ? "Parquet" : "JSON Lines")}").ConfigureAwait(false);
            return summary.Rejected > 0 ? CliApplication.DataErrors : CliApplication.Success;
        });
        return command;
    }

    private static FileStream CreateOutput(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailure(CliApplication.UsageOrIoError, $"{path}: cannot be written: {e.Message}", e);
        }
    }
}
