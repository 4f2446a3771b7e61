using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>Issue 11, case 5 in the CLI: the same trade given twice is refused by default, or kept once.</summary>
public sealed class DuplicateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Shares_of_one_file_given_twice_is_refused_naming_both_places_with_exit_code_1()
    {
        // Before: every figure doubled, exit 0. The second input is named as such, so the two places differ.
        var run = await CliRun.RunAsync("shares", HandMade, HandMade);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().StartWith($"asean-minerals: {HandMade} (input 2):1: AMC2009 ").And.Contain($"same key as {HandMade}:1").And.Contain("--duplicates keep-first");
    }

    [Fact]
    public async Task Shares_with_duplicates_keep_first_counts_each_trade_once()
    {
        // Fixtures/hand-made-2022.jsonl: TOTAL rows 1,000 + 1,000 (Indonesia) + 500 + 500 (Malaysia) = 3,000, not 6,000.
        var run = await CliRun.RunAsync("shares", HandMade, HandMade, "--duplicates", "keep-first", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        Decimal(ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("totalTrade").GetProperty("valueUsd")).Should().Be(3_000m);
        run.Error.Should().Contain("AMC2009").And.Contain("(left out: --duplicates keep-first)");
    }

    [Fact]
    public async Task Shares_refuses_a_duplicate_on_a_last_line_without_newline_naming_that_line_and_the_first()
    {
        // The hand-made file (10 lines) with its line 3 appended as line 11, with no newline after it.
        var lines = File.ReadAllLines(HandMade);
        var path = Path.Combine(_folder, "no-final-newline.jsonl");
        File.WriteAllText(path, string.Join('\n', [.. lines, lines[2]]));

        var run = await CliRun.RunAsync("shares", path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith($"asean-minerals: {path}:11: AMC2009 ").And.Contain($"same key as {path}:3");
    }

    [Fact]
    public async Task Validate_of_a_Comtrade_file_with_a_duplicated_row_is_AMC2009_and_exit_code_1()
    {
        // The Comtrade+ excerpt with its first data row appended again: before, "valid".
        var lines = File.ReadAllLines(ComtradePlusExcerpt, System.Text.Encoding.Latin1);
        var path = Path.Combine(_folder, "duplicated.csv");
        File.WriteAllLines(path, [.. lines, lines[1]], System.Text.Encoding.Latin1);

        var run = await CliRun.RunAsync("validate", path);

        run.ExitCode.Should().Be(1);
        // The header is line 1, so the appended row is line lines.Length + 1; it repeats records[0] (line 2).
        run.Out.Should().Contain($"{path}:{lines.Length + 1}: AMC2009 The record ").And.Contain("has the same key as the record of line 2");
    }
}
