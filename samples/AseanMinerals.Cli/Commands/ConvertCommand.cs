using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Output;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.DataPackages;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>convert</c>: a Comtrade file to JSON Lines or CSV through the importer and the core's JSON Lines or CSV writer
/// (<see cref="TradeRecordCsv"/>), streamed, or to Parquet or Arrow, each with its data package descriptor beside it (<see cref="DataPackageOutput"/>); then
/// the import summary (rows read = records + set aside + rejected, by reason); with <c>--to-edition</c> the records are
/// first converted to one HS edition (<see cref="EditionOption"/>). A duplicated key (AMC2009) is refused or, with
/// <c>--duplicates keep-first</c>, left out and counted as <c>shares</c> does. A rejected row stops the conversion
/// (exit code 1) before anything is moved into place (see <see cref="SafeOutputFile"/>), so that no file silently lacks rows.
/// </summary>
internal static class ConvertCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var input = new Argument<string>("input") { Description = "A Comtrade file (any format the importer detects, plain or .gz)." };
        var output = new Option<string>("--output", "-o") { Description = "The file to write: JSON Lines (.jsonl or .ndjson), CSV (.csv, the flat columns of the data package), Parquet (.parquet) or Arrow IPC (.arrow); with --partition-by, a Parquet dataset folder. Never one of the inputs.", Required = true };
        var force = OutputOptions.Force();
        var partitionBy = new Option<string?>("--partition-by") { Description = "Write a Parquet dataset folder split Hive-style by year, reporter or year,reporter (year=2022/reporter=156/part-0.parquet)." };
        var skipRejected = new Option<bool>("--skip-rejected")
        {
            Description = "Go on past a row that cannot be read: it is counted as rejected and listed on standard error, and the exit code is 1. Without it the first such row stops the conversion.",
        };
        var toEdition = new Option<string?>("--to-edition") { Description = "Convert every record to one HS edition (H0 = HS 1992 ... H6 = HS 2022) before writing; unknown codes are kept and reported on standard error." };
        var split = EditionOption.CreateSplit();
        var threads = CommonOptions.CreateThreads();
        var duplicates = CommonOptions.CreateDuplicates();
        var command = new Command("convert", "Convert a Comtrade file to JSON Lines, CSV, Parquet or Arrow, with the import summary: rows read, records, set aside and rejected by reason.");
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(skipRejected);
        command.Options.Add(force);
        command.Options.Add(partitionBy);
        command.Options.Add(toEdition);
        command.Options.Add(split);
        command.Options.Add(threads);
        command.Options.Add(duplicates);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            InputFiles.Check([source]);
            var partitions = parse.GetValue(partitionBy);
            var parquet = ParquetOutput.Applies(target, partitions);
            var csv = !parquet && Path.GetExtension(target).Equals(".csv", StringComparison.OrdinalIgnoreCase);
            if (TradeFiles.KindOf(source) == TradeFileKind.JsonLines && !parquet && !csv)
            {
                throw CliFailure.Usage($"{source}: already JSON Lines; convert reads Comtrade files (or writes JSON Lines to CSV, Parquet or Arrow)");
            }

            if (partitions is not null && ParquetOutput.IsArrow(target))
            {
                throw CliFailure.Usage($"-o {target}: --partition-by writes a Parquet dataset folder; an Arrow file is one file");
            }

            if (partitions is null)
            {
                // One file (JSON Lines or Parquet): never an input, never a folder, an existing file only with --force.
                SafeOutputFile.Check("-o", target, [source], parse.GetValue(force));
            }

            if (!parquet && !csv && Path.GetExtension(target).ToLowerInvariant() is not (".jsonl" or ".ndjson"))
            {
                throw CliFailure.Usage($"-o {target}: convert writes JSON Lines (.jsonl, .ndjson), CSV (.csv), Parquet (.parquet, or a folder with --partition-by) or Arrow IPC (.arrow)");
            }

            // The descriptor beside the output is a target too: checked before any reading.
            var descriptor = DataPackageOutput.PathOf(target, partitions is not null);
            DataPackageOutput.Check(descriptor, parse.GetValue(force));

            var edition = parse.GetValue(toEdition);
            if (edition is null && parse.GetValue(split) is not null)
            {
                throw CliFailure.Usage("--split needs --to-edition: it says how codes are converted to that edition");
            }

            var mode = EditionOption.ParseSplit(parse.GetValue(split));
            if (edition is not null)
            {
                EditionOption.Parse(edition, "--to-edition");
            }
            var options = new ComtradeImportOptions { OnInvalidRow = parse.GetValue(skipRejected) ? InvalidRowHandling.Collect : InvalidRowHandling.Stop };
            var summaries = new List<TradeSourceSummary>();
            var progress = new ProgressLine(environment);
            var guard = new DuplicateTradeGuard(CommonOptions.DuplicateRuleOf(parse, duplicates));
            IAsyncEnumerable<TradeRecord> Records()
            {
                var read = TradeFiles.ReadAsync([source], summaries, progress, options, guard, parse.GetValue(threads), cancellationToken);
                return edition is null ? read : EditionOption.ConvertAsync(read, edition, environment, mode, "--to-edition", cancellationToken);
            }

            long written = 0;
            if (parquet)
            {
                // The Parquet writer moves finished files into place, never replaces one and leaves nothing behind on failure.
                written = await ParquetOutput.WriteAsync(target, descriptor, partitions, parse.GetValue(force), source, Records(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // JSON Lines or CSV: one file through SafeOutputFile (a temporary file moved into place), then its descriptor.
                await SafeOutputFile.WriteAsync("-o", target, [source], parse.GetValue(force), async stream =>
                    written = csv
                        ? await TradeRecordCsv.WriteAsync(stream, Records(), cancellationToken).ConfigureAwait(false)
                        : await AseanMineralsJson.WriteTradeRecordLinesAsync(stream, Records(), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                DataPackageOutput.Write(descriptor, csv ? TradeDataFormat.Csv : TradeDataFormat.JsonLines, [target], target, source, parse.GetValue(force));
            }

            progress.Clear();
            var summary = summaries[0];
            foreach (var issue in summary.Issues.Issues)
            {
                await environment.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
            }

            await CommonOptions.WriteDuplicatesLeftOutAsync(environment, guard).ConfigureAwait(false);

            await environment.Out.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
            await environment.Out.WriteLineAsync($"{target}: {written:N0} records written as {(ParquetOutput.IsArrow(target) ? "Arrow" : parquet ? "Parquet" : csv ? "CSV" : "JSON Lines")}").ConfigureAwait(false);
            return summary.Rejected > 0 ? CliApplication.DataErrors : CliApplication.Success;
        });
        return command;
    }
}
