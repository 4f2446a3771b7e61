using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>How the tool ends when something goes wrong: one line on stderr, a documented exit code, no stack trace.</summary>
public class ErrorHandlingTests
{
    [Fact]
    public async Task A_cancelled_run_prints_cancelled_and_exits_with_130()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var run = await CliRun.RunAsync(cancellation.Token, "shares", Fixture("legacy-bulk-hs252310-cement-clinker.csv"));

        run.ExitCode.Should().Be(130);
        run.Error.Trim().Should().Be("asean-minerals: cancelled");
    }

    [Fact]
    public async Task A_rejected_row_while_computing_shares_is_one_line_with_file_line_and_rule_and_exit_code_1()
    {
        var file = Fixture("invalid-records.jsonl");

        var run = await CliRun.RunAsync("shares", file);

        // Line 3 of the fixture has the unknown flow "sideways"; shares stops there rather than compute without the row.
        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith($"{file}:3: AMC4").And.NotContain("   at ");
        run.Error.Trim().Split('\n').Should().ContainSingle();
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task A_redirected_run_writes_no_progress_to_stderr()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "csv");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_reporter_is_one_line_naming_the_option_and_exit_code_2()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--reporter", "XYZ");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: --reporter XYZ: not ASEAN, nor a trade-area code (156) or ISO alpha-3 code (CHN) of the trade-area catalogue");
    }
}
