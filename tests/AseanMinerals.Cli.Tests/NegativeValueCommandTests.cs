namespace AseanMinerals.Cli.Tests;

/// <summary>
/// Review of 2 December 2026, finding 1: `shares` of a file with a negative value printed "trade in scope minerals -200"
/// and a -10.00% share with exit 0; `chart` drew it, `convert` and `cube build` passed it on. Every command now stops at
/// the row (exit 1) naming its file, line and rule (AMC2001, the rule `validate` gives), and `convert --skip-rejected`
/// sets it aside as a rejected row.
/// </summary>
public sealed class NegativeValueCommandTests : IDisposable
{
    // The reviewer's neg3.jsonl: Indonesia's World rows, TOTAL 1000 each way, HS 26 exports -300 (line 3), imports 100.
    private static readonly string[] Neg3 =
    [
        "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"TOTAL\",\"value\":1000}",
        "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"import\",\"commodity\":\"TOTAL\",\"value\":1000}",
        "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":-300}",
        "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"import\",\"commodity\":\"26\",\"value\":100}",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-").FullName;
    private readonly string _input;

    public NegativeValueCommandTests()
    {
        _input = Path.Combine(_folder, "neg3.jsonl");
        File.WriteAllText(_input, string.Join('\n', Neg3)); // no final newline
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Rejection => $"{_input}:3: AMC2001 The trade value -300 is negative. ($.value)";

    [Fact]
    public async Task Shares_refuses_the_negative_row_naming_file_line_and_rule_with_exit_code_1()
    {
        var run = await CliRun.RunAsync("shares", _input);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain(Rejection);
    }

    [Fact]
    public async Task Chart_refuses_it_and_writes_no_chart()
    {
        var chart = Path.Combine(_folder, "neg3.png");

        var run = await CliRun.RunAsync("chart", _input, "-o", chart);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(Rejection);
        File.Exists(chart).Should().BeFalse();
    }

    [Fact]
    public async Task Cube_build_refuses_it_and_writes_no_part()
    {
        var part = Path.Combine(_folder, "part.json");

        var run = await CliRun.RunAsync("cube", "build", _input, "-o", part);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(Rejection);
        File.Exists(part).Should().BeFalse();
    }

    [Fact]
    public async Task Convert_stops_at_it_and_with_skip_rejected_sets_it_aside_as_rejected()
    {
        var output = Path.Combine(_folder, "neg3.parquet");

        var stopped = await CliRun.RunAsync("convert", _input, "-o", output);
        var skipped = await CliRun.RunAsync("convert", _input, "-o", output, "--skip-rejected");

        stopped.ExitCode.Should().Be(1);
        stopped.Error.Should().Contain(Rejection);
        // By hand: 4 rows read, lines 1, 2 and 4 converted, line 3 rejected (exit 1: a row was rejected).
        skipped.ExitCode.Should().Be(1);
        skipped.Out.Should().Contain("4 rows read = 3 records + 0 set aside + 1 rejected (1 AMC2001)");
        skipped.Error.Should().Contain(Rejection);
        var reread = await CliRun.RunAsync("shares", output, "--format", "json");
        reread.ExitCode.Should().Be(0, reread.Error);
        reread.Out.Should().Contain("\"rowsRead\": 3");
    }

    [Fact]
    public async Task Validate_gives_the_same_rule_at_the_same_line()
    {
        var run = await CliRun.RunAsync("validate", _input);

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("neg3.jsonl:3: AMC2001 The trade value -300 is negative.");
    }
}
