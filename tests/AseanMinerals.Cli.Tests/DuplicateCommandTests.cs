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
    public async Task With_keep_first_each_source_line_of_the_report_accounts_for_its_duplicates_left_out()
    {
        // Review of 2 December 2026, finding 8: the left-out duplicates were on stderr only, each source said "10 records".
        // By hand: the hand-made file has 10 lines, all distinct keys; the second copy's 10 are all left out.
        var run = await CliRun.RunAsync("shares", HandMade, HandMade, "--duplicates", "keep-first");

        run.ExitCode.Should().Be(0, run.Error);
        var sources = run.Out.Split('\n').Where(static l => l.StartsWith("Source: ", StringComparison.Ordinal)).ToList();
        sources.Should().HaveCount(2);
        sources[0].Should().Contain("10 rows read = 10 records + 0 set aside + 0 rejected");
        sources[1].Should().Contain("10 rows read = 10 records (10 left out as duplicates of earlier records) + 0 set aside + 0 rejected");
    }

    [Fact]
    public async Task With_keep_first_the_JSON_sources_give_the_duplicates_left_out_and_stay_valid_against_the_schema()
    {
        var run = await CliRun.RunAsync("shares", HandMade, HandMade, "--duplicates", "keep-first", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var report = ParseJson(run.Out);
        report.GetProperty("schemaVersion").GetString().Should().Be("1.3"); // 1.3 adds duplicatesLeftOut
        var sources = report.GetProperty("sources").EnumerateArray().ToList();
        // By hand: 10 rows read in each copy = 10 records + 0 set aside + 0 rejected; of the second copy's records, 10 left out.
        sources.Select(static s => (s.GetProperty("rowsRead").GetInt64(), s.GetProperty("records").GetInt64(), s.GetProperty("duplicatesLeftOut").GetInt64()))
            .Should().Equal((10L, 10L, 0L), (10L, 10L, 10L));
        var schema = Json.Schema.JsonSchema.FromText(AseanMinerals.Cli.Schema.ToolSchemas.SharesReport, new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        schema.Evaluate(report).IsValid.Should().BeTrue();
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

    [Fact]
    public async Task Convert_of_a_file_with_a_duplicated_row_refuses_it_and_names_the_option_it_takes()
    {
        // Review of 2 December 2026, finding 10: convert advised --duplicates keep-first, then refused the option (exit 2).
        var path = DuplicatedExcerpt(out var lines);

        var run = await CliRun.RunAsync("convert", path, "-o", Path.Combine(_folder, "out.jsonl"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain($"{path}:{lines.Length + 1}: AMC2009 ").And.Contain("Give --duplicates keep-first");
        File.Exists(Path.Combine(_folder, "out.jsonl")).Should().BeFalse();
    }

    [Fact]
    public async Task Convert_with_duplicates_keep_first_writes_each_trade_once_and_accounts_for_the_one_left_out()
    {
        var path = DuplicatedExcerpt(out var lines);
        var once = Path.Combine(_folder, "once.jsonl");
        var kept = Path.Combine(_folder, "kept.jsonl");

        var plain = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", once);
        var run = await CliRun.RunAsync("convert", path, "-o", kept, "--duplicates", "keep-first");

        plain.ExitCode.Should().Be(0, plain.Error);
        run.ExitCode.Should().Be(0, run.Error);
        // The appended row repeats line 2: the output is that of the excerpt alone, byte for byte.
        File.ReadAllBytes(kept).Should().Equal(File.ReadAllBytes(once));
        run.Out.Should().Contain("(1 left out as duplicates of earlier records)");
        run.Error.Should().Contain($"{path}:{lines.Length + 1}: AMC2009 ").And.Contain($"same key as {path}:2").And.Contain("(left out: --duplicates keep-first)");
    }

    // The Comtrade+ excerpt with its first data row (line 2) appended again as the last line.
    private string DuplicatedExcerpt(out string[] lines)
    {
        lines = File.ReadAllLines(ComtradePlusExcerpt, System.Text.Encoding.Latin1);
        var path = Path.Combine(_folder, "duplicated.csv");
        File.WriteAllLines(path, [.. lines, lines[1]], System.Text.Encoding.Latin1);
        return path;
    }

    [Fact]
    public async Task Validate_of_one_file_given_twice_finds_every_key_again_naming_both_places_like_shares()
    {
        // Review of 2 December 2026, finding 16: `validate a.jsonl a.jsonl` exited 0 while `shares` of the pair refused.
        // By hand: the hand-made file's 10 lines have 10 distinct keys; each line of the second input repeats its own.
        var run = await CliRun.RunAsync("validate", HandMade, HandMade);

        run.ExitCode.Should().Be(1);
        var duplicates = run.Out.Split('\n').Where(static l => l.Contains(": AMC2009 ", StringComparison.Ordinal)).ToList();
        duplicates.Should().HaveCount(10);
        duplicates[0].Should().StartWith($"{HandMade} (input 2):1: AMC2009 ").And.Contain($"same key as the record of {HandMade}:1 ");
        duplicates[9].Should().StartWith($"{HandMade} (input 2):10: AMC2009 ").And.Contain($"{HandMade}:10 ");
        run.Out.Should().Contain($"{HandMade}: JsonLines, valid: 0 errors").And.Contain($"{HandMade}: JsonLines, invalid: 10 errors");
    }

    [Fact]
    public async Task Validate_finds_a_Comtrade_file_and_its_own_converted_output_to_be_the_same_trade()
    {
        var converted = Path.Combine(_folder, "excerpt.jsonl");
        (await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", converted)).ExitCode.Should().Be(0);

        var run = await CliRun.RunAsync("validate", ComtradePlusExcerpt, converted);

        // Every record of the conversion is one of the excerpt's: its line 1 is the excerpt's first data row (line 2).
        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain($"{converted}:1: AMC2009 ").And.Contain($"same key as the record of {ComtradePlusExcerpt}:2 ");
        run.Out.Split('\n').Count(static l => l.Contains(": AMC2009 ", StringComparison.Ordinal)).Should().Be(File.ReadLines(converted).Count());
    }

    [Fact]
    public async Task Validate_of_two_files_with_no_key_in_common_stays_valid()
    {
        // The hand-made records are of 2022, the nickel exports of 2023: no key in common.
        var run = await CliRun.RunAsync("validate", HandMade, Fixture("nickel-exports-2023.jsonl"));

        run.ExitCode.Should().Be(0, run.Out);
        run.Out.Should().NotContain("AMC2009");
    }
}
