using System.CommandLine;
using AseanMinerals.Cli.Charts;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Output;
using AseanMinerals.Cli.Shares;

namespace AseanMinerals.Cli.Commands;

/// <summary><c>chart</c>: the shares of ASEAN's members and commodity groups as a labelled PNG or SVG picture.</summary>
internal static class ChartCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new CommonOptions();
        var output = new Option<string>("--output", "-o") { Description = "The picture to write: a .png or .svg file; never one of the inputs.", Required = true };
        var force = OutputOptions.Force();
        var command = new Command("chart", "Draw ASEAN's figures as PNG or SVG: the share of trade in scope in each member state's total trade (intra- and extra-ASEAN parts) and the commodity groups. The reporter is always ASEAN (its member states).");
        options.AddTo(command, withReporter: false);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(output)!;

            // The target is checked before the (long) reading, and written only once the picture is complete.
            var inputs = parse.GetValue(options.Files)!;
            InputFiles.Check(inputs);
            SafeOutputFile.Check("-o", path, inputs, parse.GetValue(force));
            if (Path.GetExtension(path).ToLowerInvariant() is not (".png" or ".svg"))
            {
                throw CliFailure.Usage($"-o {path}: the chart is written as .png or .svg");
            }

            var report = await options.ReportAsync(parse, environment, reportersFromData: false, cancellationToken).ConfigureAwait(false);
            var chart = SharesChart.For(report);
            Action<Stream> write = Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase) ? chart.WriteSvg : chart.WritePng;
            await SafeOutputFile.WriteAsync("-o", path, inputs, parse.GetValue(force), write, cancellationToken).ConfigureAwait(false);

            await environment.Out.WriteLineAsync($"{path}: chart of {report.Reporters[0].Reporter}, {report.Period}, scope {report.Scope}").ConfigureAwait(false);
            return CliApplication.Success;
        });
        return command;
    }
}
