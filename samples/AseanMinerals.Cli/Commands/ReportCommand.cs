using System.CommandLine;
using System.Globalization;
using AseanMinerals.Core.ReferenceData;
using Spectre.Console;

namespace AseanMinerals.Cli.Commands;

/// <summary><c>report</c>: the embedded reference data, section by section.</summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("report", "Print the embedded reference data: member states, objectives, action plans, capacity-building initiatives and published indicators.");
        command.SetAction(_ =>
        {
            Render(AseanReferenceData.Default, environment);
            return CliApplication.Success;
        });
        return command;
    }

    private static void Render(ReferenceDataSet data, CliEnvironment environment)
    {
        var console = environment.CreateConsole();
        console.Write(new Rule("[bold]ASEAN cooperation in minerals: reference data[/]").LeftJustified());

        var members = NewTable(environment, "ASEAN Member States", "Member state", "ISO", "Numeric", "Joined ASEAN", "Confidence");
        foreach (var member in data.CreateMembership().All)
        {
            members.AddRow(
                Markup.Escape(member.ShortName),
                member.Alpha3,
                member.IsoNumeric.ToString(),
                member.AccessionDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + (member.IsFounder ? " (founder)" : string.Empty),
                member.Confidence.ToString());
        }

        console.Write(members);
    }

    private static Table NewTable(CliEnvironment environment, string title, params string[] columns)
    {
        var table = new Table { Border = environment.TableBorder, Title = new TableTitle(title) };
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        return table;
    }
}
