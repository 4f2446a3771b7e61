using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Output;
using AseanMinerals.Cli.Rendering;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Cli.Commands;

/// <summary><c>report</c>: the embedded reference data, section by section, or the sources its records cite.</summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format")
        {
            Description = DocumentOutput.FormatHelp,
            DefaultValueFactory = static _ => "table",
            CustomParser = static result => OptionValues.OneOf(result, DocumentOutput.Formats),
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (needed for xlsx)." };
        var force = OutputOptions.Force();
        var sources = new Option<string?>("--sources")
        {
            Description = "List the sources every record cites, with the records citing each; with an ID (IDN, AMCAP-III, ASOMM, ammin-9), the sources of that record.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("report", "Print the embedded reference data: member states, objectives, meetings, working groups, action plans, capacity-building initiatives and published indicators; or, with --sources, the sources the records cite.");
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(force);
        command.Options.Add(sources);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = new OutputTarget(parse.GetValue(output), [], parse.GetValue(force)).Checked();
            var data = AseanReferenceData.Default;
            var document = ReferenceDataDocument.Build(data);
            if (parse.GetResult(sources) is not null)
            {
                document = parse.GetValue(sources) is { } id
                    ? ReferenceDataDocument.SourcesOf(data, id)
                        ?? throw CliFailure.Usage($"--sources {id}: no record has this id; `asean-minerals report --sources` lists the records citing each source")
                    : ReferenceDataDocument.Sources(data);
            }

            document.Lead.Add($"Made by: asean-minerals {string.Join(' ', parse.Tokens.Select(static t => t.Value))}");
            await DocumentOutput.WriteAsync(document, parse.GetValue(format)!, target, environment, cancellationToken).ConfigureAwait(false);
            return CliApplication.Success;
        });
        return command;
    }
}
