using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// <c>--threads</c>: files are read in parts on that many threads (every core by default); the output does not depend on
/// the number, and several files (one read ahead while the one before is handed out) give what one reader gives.
/// </summary>
public class ThreadsOptionTests
{
    [Fact]
    public async Task Shares_give_the_same_report_on_one_thread_and_on_every_core_over_several_files()
    {
        // A Comtrade+ file and two JSON Lines files: the second and third are read ahead on every core, not on one thread.
        string[] files = [ComtradePlusExcerpt, HandMade, Fixture("nickel-exports-2023.jsonl")];

        var one = await CliRun.RunAsync(["shares", .. files, "--year", "2022", "--format", "json", "--threads", "1"]);
        var every = await CliRun.RunAsync(["shares", .. files, "--year", "2022", "--format", "json"]);
        var three = await CliRun.RunAsync(["shares", .. files, "--year", "2022", "--format", "json", "--threads", "3"]);

        one.ExitCode.Should().Be(0, one.Error);
        every.Out.Should().Be(one.Out);
        three.Out.Should().Be(one.Out);
        every.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task A_negative_number_of_threads_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--threads", "-2");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--threads -2");
    }
}
