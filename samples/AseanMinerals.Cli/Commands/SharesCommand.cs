using System.CommandLine;
using System.Text;
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
            Description = "table (the default), json or csv.",
            DefaultValueFactory = static _ => "table",
            CustomParser = static result => OptionValues.OneOf(result, "table", "json", "csv"),
        };
        var command = new Command("shares", "Total trade, minerals trade, the minerals share of total trade, the partner group's (intra-ASEAN) share, and the breakdowns by member state, commodity group and top partners.");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var report = await options.ReportAsync(parse, environment, reportersFromData: true, cancellationToken).ConfigureAwait(false);
            switch (parse.GetValue(format))
            {
                case "json":
                    using (var buffer = new MemoryStream())
                    {
                        SharesJson.Write(buffer, report);
                        await environment.Out.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
                    }

                    break;
                case "csv":
                    SharesCsv.Write(environment.Out, report);
                    break;
                default:
                    new SharesTable(report, environment).Render();
                    break;
            }

            return CliApplication.Success;
        });
        return command;
    }
}
