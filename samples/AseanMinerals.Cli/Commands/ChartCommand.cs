using System.CommandLine;
using AseanMinerals.Cli.Charts;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Shares;

namespace AseanMinerals.Cli.Commands;

/// <summary><c>chart</c>: the shares of ASEAN's members and commodity groups as a labelled PNG or SVG picture.</summary>
internal static class ChartCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new CommonOptions();
        var output = new Option<string>("--output", "-o") { Description = "The picture to write: a .png or .svg file.", Required = true };
        var command = new Command("chart", "Draw the minerals share of total trade by member state (intra- and extra-ASEAN parts) and the commodity groups, as PNG or SVG.");
        options.AddTo(command);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(output)!;
            if (Path.GetExtension(path).ToLowerInvariant() is not (".png" or ".svg"))
            {
                throw CliFailure.Usage($"-o {path}: the chart is written as .png or .svg");
            }

            var report = await options.ReportAsync(parse, environment, cancellationToken).ConfigureAwait(false);
            if (report.Reporters.Count != 1 || !report.Reporters[0].Reporter.StartsWith(SharesQuery.Asean, StringComparison.Ordinal))
            {
                throw CliFailure.Usage("--reporter: the chart shows ASEAN's member states; leave --reporter out or give ASEAN");
            }

            try
            {
                SharesChart.Save(report, path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliFailure(CliApplication.UsageOrIoError, $"{path}: cannot be written: {e.Message}", e);
            }

            await environment.Out.WriteLineAsync($"{path}: chart of {report.Reporters[0].Reporter}, {report.Period}, scope {report.Scope}").ConfigureAwait(false);
            return CliApplication.Success;
        });
        return command;
    }
}
