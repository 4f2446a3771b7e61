using System.CommandLine;
using System.Text;
using AseanMinerals.Cli.Output;
using AseanMinerals.Cli.Rendering;

namespace AseanMinerals.Cli.Commands;

/// <summary><c>shares</c>: total and minerals trade, the minerals share, partner-group shares and the breakdowns, from trade files.</summary>
internal static class SharesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var options = new CommonOptions();
        var format = new Option<string>("--format")
        {
            Description = DocumentOutput.FormatHelp.Replace(", json,", ", json (the shares-report schema), csv (one figure a row),", StringComparison.Ordinal),
            DefaultValueFactory = static _ => "table",
            CustomParser = static result => OptionValues.OneOf(result, [.. DocumentOutput.Formats, "csv"]),
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (needed for xlsx); never one of the inputs." };
        var force = OutputOptions.Force();
        var command = new Command("shares", "Total trade, minerals trade, the minerals share of total trade, the partner group's (intra-ASEAN) share, and the breakdowns by member state, commodity group and top partners.");
        options.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosen = parse.GetValue(format)!;
            var path = parse.GetValue(output);
            var target = new OutputTarget(path, parse.GetValue(options.Files)!, parse.GetValue(force)).Checked();
            DocumentOutput.Check(chosen, path);
            var report = await options.ReportAsync(parse, environment, reportersFromData: true, cancellationToken).ConfigureAwait(false);
            switch (chosen)
            {
                case "json":
                    await DocumentOutput.WriteTextAsync(target, environment, (writer, _) =>
                    {
                        using var buffer = new MemoryStream();
                        SharesJson.Write(buffer, report);
                        writer.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
                    }, cancellationToken).ConfigureAwait(false);
                    break;
                case "csv":
                    await DocumentOutput.WriteTextAsync(target, environment, (writer, _) => SharesCsv.Write(writer, report), cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    var document = SharesDocument.Build(report);
                    document.Lead.Add($"Made by: asean-minerals {string.Join(' ', parse.Tokens.Select(static t => t.Value))}");
                    await DocumentOutput.WriteAsync(document, chosen, target, environment, cancellationToken).ConfigureAwait(false);
                    break;
            }

            return CliApplication.Success;
        });
        return command;
    }
}
