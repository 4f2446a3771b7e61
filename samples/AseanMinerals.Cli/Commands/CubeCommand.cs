using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Output;
using AseanMinerals.Cli.Rendering;
using AseanMinerals.Cli.Rendering.Documents;
using AseanMinerals.Cli.Shares;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Parquet;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>cube</c>: partial cubes for work spread over several machines. <c>cube build FILES -o part.json</c> (or
/// <c>.parquet</c>) writes the cells of the files' records with their coverage; <c>cube merge PARTS -o all.json</c> merges
/// parts (refusing parts that read the same period, reporter, partner and flow) and prints the merged cube's headline
/// figures for each year, as the cube of all the records would, through the shares report (each figure's coverage and,
/// where absent, its reason).
/// </summary>
internal static class CubeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("cube", "Partial cubes: build one from trade files on each machine, then merge them and read the figures (docs/larger-than-one-machine.md).");
        command.Subcommands.Add(Build(environment));
        command.Subcommands.Add(Merge(environment));
        return command;
    }

    private static Command Build(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files") { Description = "Trade files: Comtrade files, JSON Lines, Parquet files or dataset folders.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The partial cube to write: .json or .parquet.", Required = true };
        var name = new Option<string?>("--name") { Description = "The part's name in messages and in the merged cube (a machine); the output's file name when not given." };
        var duplicates = CommonOptions.CreateDuplicates();
        var force = OutputOptions.Force();
        var command = new Command("build", "Build the partial cube of trade files: its cells, what it read, and how the records were accounted for.");
        command.Arguments.Add(files);
        command.Options.Add(output);
        command.Options.Add(name);
        command.Options.Add(duplicates);
        command.Options.Add(force);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(files)!;
            var target = parse.GetValue(output)!;
            var parquet = FormatOf(target);
            SafeOutputFile.Check("-o", target, inputs, parse.GetValue(force));
            InputFiles.Check(inputs);
            var summaries = new List<TradeSourceSummary>();
            var progress = new ProgressLine(environment);
            var rule = CommonOptions.DuplicateRuleOf(parse, duplicates);

            // The files are read through the tool's one gate, whose guard applies the duplicate rule across them with
            // file and line; the part's own guard then sees each key once.
            var guard = new DuplicateTradeGuard(rule);
            var records = TradeFiles.ReadAsync(inputs, summaries, progress, duplicates: guard, cancellationToken: cancellationToken);
            var part = await TradeCubePart.BuildAsync(parse.GetValue(name) ?? Path.GetFileNameWithoutExtension(target), records, cancellationToken: cancellationToken).ConfigureAwait(false);
            part = part with { DuplicatesLeftOut = guard.DuplicatesLeftOut };

            progress.Clear();
            await WriteAsync(part, target, parquet, inputs, parse.GetValue(force), cancellationToken).ConfigureAwait(false);
            foreach (var summary in summaries)
            {
                await environment.Out.WriteLineAsync(summary.ToString()).ConfigureAwait(false);
            }

            await environment.Out.WriteLineAsync($"{target}: partial cube {string.Join("+", part.Parts)}: {part.Statistics}; {part.Coverage.Count:N0} coverage entries; {part.DuplicatesLeftOut:N0} duplicates left out").ConfigureAwait(false);
            return CliApplication.Success;
        });
        return command;
    }

    private static Command Merge(CliEnvironment environment)
    {
        var parts = new Argument<string[]>("parts") { Description = "Partial cubes (.json or .parquet) that cube build wrote.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Write the merged cube (.json or .parquet) as well as printing its figures." };
        var force = OutputOptions.Force();
        var format = new Option<string>("--format")
        {
            Description = "How the figures print: table (the default: rounded tables on a terminal, GitHub Markdown when redirected), md, text or json.",
            DefaultValueFactory = static _ => "table",
            CustomParser = static result => OptionValues.OneOf(result, [.. DocumentOutput.Formats.Where(static f => f != "xlsx")]),
        };
        var command = new Command("merge", "Merge partial cubes (parts that read the same period, reporter, partner and flow are refused: the same trade is never added twice) and print the headline figures of each year as shares does, with their coverage.");
        command.Arguments.Add(parts);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(parts)!;
            var target = parse.GetValue(output);
            var parquet = target is not null && FormatOf(target);
            if (target is not null)
            {
                SafeOutputFile.Check("-o", target, inputs, parse.GetValue(force));
            }

            InputFiles.Check(inputs);
            var read = new List<TradeCubePart>();
            foreach (var input in inputs)
            {
                read.Add(await ReadAsync(input, cancellationToken).ConfigureAwait(false));
            }

            TradeCubePart merged;
            try
            {
                merged = TradeCubePart.Merge(read);
            }
            catch (TradeCubePartOverlapException e)
            {
                throw new CliFailure(CliApplication.DataErrors, e.Message);
            }
            catch (ArgumentException e)
            {
                throw new CliFailure(CliApplication.DataErrors, e.Message);
            }

            if (target is not null)
            {
                await WriteAsync(merged, target, parquet, inputs, parse.GetValue(force), cancellationToken).ConfigureAwait(false);
            }

            // What was merged is the document's first line, so that --format json is one JSON document on standard output.
            var document = Headlines(merged.ToCube(), merged);
            document.Lead.Insert(0, $"merged {DisplayText.Count(read.Count, "partial cube")} ({string.Join(", ", merged.Parts)}): {merged.Statistics}");
            document.Lead.Add($"Made by: asean-minerals {string.Join(' ', parse.Tokens.Select(static t => t.Value))}");
            await DocumentOutput.WriteAsync(document, parse.GetValue(format)!, new OutputTarget(null, inputs, Force: false), environment, cancellationToken).ConfigureAwait(false);
            return CliApplication.Success;
        });
        return command;
    }

    // Each year's headline figures of the merged cube, asked as shares asks them (its defaults: ASEAN where a member
    // reports, scope minerals, changing membership) and printed through the shares report: coverage and reasons included.
    private static TextDocument Headlines(TradeCube cube, TradeCubePart merged)
    {
        var query = SharesQuery.Parse(null, [], SharesQuery.Asean, MineralsClassification.MineralsScope, "changing") with { ReportersNamed = false };
        var document = new TextDocument($"Headline figures of the merged cube ({string.Join(", ", merged.Parts)}), scope {query.Scope}");
        document.Lead.Add($"Scope: {query.Scope} ({CommoditiesInData.ScopeChapters(query.Scope)}). Membership basis: {query.Membership}.");
        document.Lead.Add($"Totals add: {SharesReportBuilder.FlowsIncluded}.");
        document.Lead.Add("Values in US dollars as reported. n/a [k] = the data cannot give the figure, for the reason of note k.");
        var periods = cube.Periods.Where(static p => p.IsAnnual).ToList();
        if (periods.Count == 0)
        {
            document.Paragraph($"No annual period in the merged cube ({OptionValues.FewOf(cube.Periods, "periods")}): no headline figures.");
        }

        foreach (var period in periods)
        {
            var report = new SharesReportBuilder(cube, query with { Reporters = query.ReportersIn(cube, period) }, period).Build([]);
            foreach (var reporter in report.Reporters)
            {
                var label = $"{reporter.Reporter}, {period}";
                document.Heading(label);
                SharesDocument.Headline(document, reporter, label);
            }
        }

        return document;
    }

    private static bool FormatOf(string target) => Path.GetExtension(target).ToLowerInvariant() switch
    {
        ".parquet" => true,
        ".json" => false,
        _ => throw CliFailure.Usage($"-o {target}: a partial cube is written as .json or .parquet"),
    };

    private static async Task WriteAsync(TradeCubePart part, string target, bool parquet, IReadOnlyList<string> inputs, bool force, CancellationToken cancellationToken)
    {
        if (!parquet)
        {
            await SafeOutputFile.WriteAsync("-o", target, inputs, force, stream => AseanMineralsJson.Serialize(stream, part), cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await TradeCubeParquet.WriteAsync(part, target, overwrite: force, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new CliFailure(CliApplication.UsageOrIoError, $"{target}: cannot be written: {e.Message}", e);
        }
        catch (ArgumentException e) when (e.ParamName == "part")
        {
            throw new CliFailure(CliApplication.DataErrors, $"{target}: {e.Message} Write the part as .json, which keeps every decimal.", e);
        }
    }

    private static async Task<TradeCubePart> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
            {
                return await TradeCubeParquet.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            }

            await using var stream = TradeFiles.Open(path);
            return AseanMineralsJson.DeserializeTradeCubePart(stream);
        }
        catch (AseanMineralsJsonException e)
        {
            throw new CliFailure(CliApplication.DataErrors, $"{path}: not a partial cube: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new CliFailure(CliApplication.DataErrors, e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliFailure.Unreadable(path, e);
        }
    }
}
