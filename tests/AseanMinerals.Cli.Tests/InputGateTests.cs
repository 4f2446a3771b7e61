namespace AseanMinerals.Cli.Tests;

/// <summary>The one input gate: every command that reads trade files stops at the same check with the same words.</summary>
public sealed class InputGateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-gate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("shares")]
    [InlineData("production")]
    [InlineData("cube")]
    public async Task A_workbook_given_as_trade_data_stops_every_command_with_exit_code_2(string command)
    {
        // The first bytes of an .xlsx (a ZIP archive); production reads trade files beside USGS's data, which it used only to check for existence.
        var workbook = Path.Combine(_folder, "trade.xlsx");
        await File.WriteAllBytesAsync(workbook, [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0]);
        string[] arguments = command switch
        {
            "production" => ["production", Support.Fixture("usgs/MCS2025_World_Data_excerpt.csv"), "--trade", workbook, "--hs", "2604"],
            "cube" => ["cube", "build", workbook, "-o", Path.Combine(_folder, "part.json")],
            _ => [command, workbook],
        };

        var run = await CliRun.RunAsync(arguments);

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be($"asean-minerals: {workbook}: cannot be read: binary data: the file seems to be a ZIP archive (an Excel .xlsx workbook, a .docx or a .zip); export the sheet as CSV, or unzip it, not trade data or a JSON document");
    }
}
