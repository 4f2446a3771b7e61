using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// A user's mistake is one line, in the tool's words, with exit code 2 (issue 12, case 8): no .NET type names, no raw
/// bytes of a binary file, no "no such file" for a folder or an option the command does not have.
/// </summary>
public sealed class UserMistakeMessageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-mistakes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_year_that_is_no_number_names_the_option_and_value_not_a_dotnet_type()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--year", "abc");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: --year abc: a year such as 2022 is expected");
    }

    [Fact]
    public async Task An_output_option_validate_does_not_have_is_named_as_such_with_the_redirect_to_use()
    {
        var run = await CliRun.RunAsync("validate", HandMade, "-o", Path.Combine(_folder, "out.json"));

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: -o: validate has no such option (validate writes to standard output: redirect it, > FILE); see 'asean-minerals validate --help'");
        Directory.GetFiles(_folder).Should().BeEmpty();
    }

    [Theory]
    [InlineData("--format", "JSON")]
    [InlineData("--format", "Csv")]
    [InlineData("--scope", "MINERALS")]
    [InlineData("--membership", "Changing")]
    [InlineData("--membership", "FIXED:2020-01-01")]
    public async Task Named_values_are_accepted_in_any_case_as_reporter_codes_are(string option, string value)
    {
        var run = await CliRun.RunAsync("shares", HandMade, option, value);

        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_format_lists_the_formats_on_one_line()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "xml");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: --format xml: expected table, md, text, json, xlsx or csv");
    }

    [Fact]
    public async Task A_mistyped_command_gets_did_you_mean_with_the_nearest_command()
    {
        var run = await CliRun.RunAsync("sahres", HandMade);

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().StartWith("asean-minerals: 'sahres' is not a command; did you mean 'shares'? (the commands: report, shares, validate, convert, schema, chart").And.EndWith("; see asean-minerals --help)");
    }

    [Theory]
    [InlineData("shares")]
    [InlineData("validate")]
    [InlineData("convert")]
    [InlineData("chart")]
    public async Task A_folder_as_input_is_named_a_folder_not_a_missing_file(string command)
    {
        string[] args = command is "convert" or "chart" ? [command, _folder, "-o", Path.Combine(_folder, command == "chart" ? "c.png" : "c.jsonl")] : [command, _folder];

        var run = await CliRun.RunAsync(args);

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be($"asean-minerals: {_folder}: cannot be read: is a folder; name the files in it");
    }

    [Theory]
    [InlineData("shares")]
    [InlineData("validate")]
    public async Task An_xlsx_workbook_is_named_as_such_and_none_of_its_bytes_reach_the_terminal(string command)
    {
        // The first bytes of every .xlsx (a ZIP archive: local file header "PK\3\4"), then binary noise.
        var path = Path.Combine(_folder, "trade.xlsx");
        await File.WriteAllBytesAsync(path, [.. "PK\u0003\u0004"u8, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xFF, 0xFE, 0x01, 0x1B, 0x07]);

        var run = await CliRun.RunAsync(command, path);

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be($"asean-minerals: {path}: cannot be read: binary data: the file seems to be a ZIP archive (an Excel .xlsx workbook, a .docx or a .zip); export the sheet as CSV, or unzip it, not trade data or a JSON document");
        (run.Out + run.Error).Should().NotContainAny("\u0003", "\u001B", "\u0007");
    }

    [Fact]
    public async Task A_monthly_only_file_lists_five_periods_and_the_count_not_every_period()
    {
        // 36 months of 2020-2022, one total export row each: no annual period, so shares must name one with --year.
        var path = Path.Combine(_folder, "monthly.jsonl");
        var months = Enumerable.Range(0, 36).Select(i => $"{2020 + (i / 12)}-{(i % 12) + 1:D2}").ToList();
        await File.WriteAllLinesAsync(path, months.Select(m => $"{{\"period\":\"{m}\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"TOTAL\",\"value\":1}}"));

        var run = await CliRun.RunAsync("shares", path);

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Should().Be($"asean-minerals: {path}: no annual period in the data (36 periods: 2020-01, 2020-02, 2020-03, 2020-04, 2020-05, ...); name one with --year");
    }
}
