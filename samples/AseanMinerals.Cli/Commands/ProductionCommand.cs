using System.CommandLine;
using System.Text;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Output;
using AseanMinerals.Cli.Production;
using AseanMinerals.Cli.Rendering;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>production</c>: a group's share of world production by commodity and stage from USGS Mineral Commodity Summaries
/// world data (any of the three layouts, several releases at once), with ranks, concentration, revisions and a chart.
/// </summary>
internal static class ProductionCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files") { Description = "USGS world-data files or folders: MCS2025_World_Data.csv, mcs2024-nicke_world.csv, or a release's folder.", Arity = ArgumentArity.OneOrMore };
        var commodity = new Option<string[]>("--commodity") { Description = "Commodities (nickel, tin, rare-earths, ... or USGS's names); repeat or separate with commas. All when left out.", AllowMultipleArgumentsPerToken = true };
        var year = new Option<int?>("--year") { Description = "The year; the latest year whose figures are mostly not estimates when left out." };
        var group = new Option<string>("--group") { Description = "ASEAN (the default, members as of each year's end) or area codes separated by commas (360,608).", DefaultValueFactory = static _ => "ASEAN" };
        var stage = new Option<string>("--stage") { Description = "mine, refinery, smelter, plant, unspecified or all (the default).", DefaultValueFactory = static _ => "all" };
        var kind = new Option<string>("--kind") { Description = "production (the default) or capacity.", DefaultValueFactory = static _ => "production" };
        var allReleases = new Option<bool>("--all-releases") { Description = "Keep every release's figures; by default a year published in two releases is taken from the latest." };
        var revisions = new Option<bool>("--revisions") { Description = "Also list the figures a later release revised (earlier and later value, release of each)." };
        var format = new Option<string>("--format") { Description = "table (the default), json, csv, or xlsx (an Excel workbook; needs -o).", DefaultValueFactory = static _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Write the json, csv or xlsx output to this file (written whole or not at all; an existing file only with --force; never an input)." };
        var chart = new Option<string?>("--chart") { Description = "Also draw the group's share of world mine production as a .png or .svg (the main commodities when --commodity is left out)." };
        var trade = new Option<string[]>("--trade") { Description = "Trade files (JSON Lines or Comtrade) whose exports in the --hs codes are shown beside production, never divided by it.", AllowMultipleArgumentsPerToken = true };
        var force = OutputOptions.Force();
        var hs = new Option<string?>("--hs") { Description = "With --trade: the HS codes whose exports are shown, separated by commas (for nickel, for example 2604,7501)." };
        var command = new Command("production", "A group's share of world production by commodity and stage from USGS world data: against the published world total and the sum of rows, with ranks, HHI and revisions.");
        command.Arguments.Add(files);
        foreach (var option in new Option[] { commodity, year, group, stage, kind, allReleases, revisions, format, output, chart, trade, hs, force })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(files)!;
            var commodities = (parse.GetValue(commodity) ?? []).SelectMany(static c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var chartPath = parse.GetValue(chart);
            var chartFormat = chartPath is null ? null : Path.GetExtension(chartPath).ToLowerInvariant();
            if (chartFormat is not (null or ".png" or ".svg"))
            {
                throw CliFailure.Usage($"--chart {chartPath}: the chart is written as .png or .svg");
            }

            // The targets are checked before anything is read: a mistaken -o stops the command at once.
            var replace = parse.GetValue(force);
            var path = parse.GetValue(output);
            if (path is not null)
            {
                SafeOutputFile.Check("-o", path, inputs, replace);
            }

            if (chartPath is not null)
            {
                SafeOutputFile.Check("--chart", chartPath, inputs, replace);
            }

            var (tradeRecords, hsCodes) = await ReadTradeAsync(parse.GetValue(trade) ?? [], parse.GetValue(hs), environment, cancellationToken).ConfigureAwait(false);
            var report = ProductionReportBuilder.Build(
                inputs, commodities, parse.GetValue(year), parse.GetValue(group)!, parse.GetValue(stage), parse.GetValue(kind)!, parse.GetValue(allReleases), parse.GetValue(revisions),
                tradeRecords, hsCodes);
            foreach (var source in report.Sources)
            {
                await environment.Error.WriteLineAsync(source.ToString()).ConfigureAwait(false);
                foreach (var issue in source.Issues.Issues)
                {
                    await environment.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
                }
            }

            if (report.Rows.Count == 0)
            {
                throw new CliFailure(CliApplication.DataErrors, $"no {parse.GetValue(kind)} series for the commodities, stage and year asked in {string.Join(", ", inputs)}");
            }

            switch (parse.GetValue(format))
            {
                case "xlsx":
                    DocumentOutput.Check("xlsx", path);
                    await DocumentOutput.WriteAsync(ProductionDocument.Build(report), "xlsx", new OutputTarget(path, inputs, replace), environment, cancellationToken).ConfigureAwait(false);
                    break;
                case "json":
                    await Emit(environment, path, inputs, replace, stream => ProductionJson.Write(stream, report), cancellationToken).ConfigureAwait(false);
                    break;
                case "csv":
                    await Emit(environment, path, inputs, replace, stream =>
                    {
                        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                        ProductionCsv.Write(writer, report);
                    }, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    // The one document writer of the tool: tables on a terminal, GitHub Markdown when redirected or with -o.
                    await DocumentOutput.WriteAsync(ProductionDocument.Build(report), "table", new OutputTarget(path, inputs, replace), environment, cancellationToken).ConfigureAwait(false);
                    break;
            }

            if (chartPath is not null)
            {
                var chartReport = commodities.Count > 0
                    ? report
                    : ProductionReportBuilder.Build(inputs, ProductionChart.MainCommodities, parse.GetValue(year), parse.GetValue(group)!, "mine", parse.GetValue(kind)!, parse.GetValue(allReleases), revisions: false);
                var bytes = ProductionChart.Render(chartReport, chartFormat!);
                await SafeOutputFile.WriteAsync("--chart", chartPath, inputs, replace, stream => stream.Write(bytes), cancellationToken).ConfigureAwait(false);
                await environment.Error.WriteLineAsync($"{chartPath}: chart of {chartReport.Group}, {string.Join(", ", chartReport.ReleasesUsed)}").ConfigureAwait(false);
            }

            return CliApplication.Success;
        });
        return command;
    }

    private static async Task<(IReadOnlyList<TradeRecord>? Records, IReadOnlyList<HsCode>? Codes)> ReadTradeAsync(
        string[] files, string? hs, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (files.Length == 0 && hs is null)
        {
            return (null, null);
        }

        if (files.Length == 0 || string.IsNullOrWhiteSpace(hs))
        {
            throw CliFailure.Usage("--trade and --hs go together: the trade files and the HS codes whose exports are shown beside production");
        }

        var codes = hs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => HsCode.TryParse(c, out var code) && !code.IsTotal ? code : throw CliFailure.Usage($"--hs {hs}: '{c}' is not an HS code of 2, 4 or 6 digits"))
            .ToList();
        var summaries = new List<TradeSourceSummary>();
        var records = new List<TradeRecord>();
        await foreach (var record in TradeFiles.ReadAsync(files, summaries, new ProgressLine(environment), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (codes.Exists(c => record.Commodity.StartsWith(c)))
            {
                records.Add(record);
            }
        }

        foreach (var summary in summaries)
        {
            await environment.Error.WriteLineAsync($"{summary.Source}: {summary.RowsRead} rows read = {summary.Records} records + {summary.SetAside} set aside + {summary.Rejected} rejected").ConfigureAwait(false);
        }

        return (records, codes);
    }

    private static async Task Emit(CliEnvironment environment, string? path, string[] inputs, bool force, Action<Stream> write, CancellationToken cancellationToken)
    {
        if (path is not null)
        {
            await SafeOutputFile.WriteAsync("-o", path, inputs, force, write, cancellationToken).ConfigureAwait(false);
            return;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        await environment.Out.WriteAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }
}
