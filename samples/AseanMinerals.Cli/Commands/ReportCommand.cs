using System.CommandLine;
using AseanMinerals.Cli.Rendering;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Cli.Commands;

/// <summary><c>report</c>: the embedded reference data, section by section.</summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("report", "Print the embedded reference data: member states, objectives, meetings, working groups, action plans, capacity-building initiatives and published indicators.");
        command.SetAction(_ =>
        {
            new ReferenceDataReport(AseanReferenceData.Default, environment).Render();
            return CliApplication.Success;
        });
        return command;
    }
}
