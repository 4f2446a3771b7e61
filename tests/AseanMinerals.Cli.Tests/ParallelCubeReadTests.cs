using System.Text.Json;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// The cube of several files is built on every core (the records read, guarded and noted in order, then added by builders
/// on the other threads), with or without a question: the account of every file, the duplicate rule and the figures are
/// those of one thread. The expected counts are those of the files written here, counted by hand.
/// </summary>
public sealed class ParallelCubeReadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-").FullName;

    public ParallelCubeReadTests()
    {
        // a.jsonl: the hand-made file's 10 lines of 2022 (TOTAL rows: Indonesia 1,000 + 1,000, Malaysia 500 + 500) and a
        // breakdown row of Indonesia's exports (11 lines, no newline after the last): 11 rows, 11 records.
        var handMade = File.ReadAllLines(HandMade);
        File.WriteAllText(A, string.Join('\n', [
            .. handMade,
            """{"period":"2022","reporter":"360","partner":"036","flow":"export","commodity":"TOTAL","value":10,"breakdown":{"secondPartner":"036","customsProcedure":99,"transportMode":9000}}""",
        ]));

        // b.jsonl: Singapore's TOTAL rows of 2022 (800 + 700) and one row of chapter 26, Indonesia's first row of a.jsonl
        // again (line 4: the same trade, kept once with keep-first) and a row of 2021: 5 rows.
        File.WriteAllText(B, string.Join('\n', [
            """{"period":"2022","reporter":"702","partner":"000","flow":"export","commodity":"TOTAL","value":800}""",
            """{"period":"2022","reporter":"702","partner":"000","flow":"import","commodity":"TOTAL","value":700}""",
            """{"period":"2022","reporter":"702","partner":"360","flow":"export","commodity":"26","value":40}""",
            handMade[0],
            """{"period":"2021","reporter":"702","partner":"000","flow":"export","commodity":"TOTAL","value":600}""",
        ]) + "\n");
    }

    private string A => Path.Combine(_folder, "a.jsonl");

    private string B => Path.Combine(_folder, "b.jsonl");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Several_files_read_whole_are_accounted_for_row_by_row_and_their_duplicate_kept_once()
    {
        var every = await CliRun.RunAsync("shares", A, B, "--duplicates", "keep-first", "--format", "json");
        var one = await CliRun.RunAsync("shares", A, B, "--duplicates", "keep-first", "--format", "json", "--threads", "1");

        every.ExitCode.Should().Be(0, every.Error);
        every.Out.Should().Be(one.Out);
        every.Error.Should().Be(one.Error);
        var report = ParseJson(every.Out);
        // Read whole: every row is a record (the JSON Lines reader sets nothing aside without a question).
        Account(report, 0).Should().Be((A, 11L, 11L, 0L, 0L));
        Account(report, 1).Should().Be((B, 5L, 5L, 0L, 0L));
        // ASEAN's total trade in 2022 (the latest year): 2,000 + 1,000 + 1,500 = 4,500; the duplicate not added again.
        Decimal(report.GetProperty("reporters")[0].GetProperty("totalTrade").GetProperty("valueUsd")).Should().Be(4_500m);
        every.Error.Should().Contain($"{B}:4").And.Contain($"{A}:1").And.Contain("(left out: --duplicates keep-first)");
    }

    [Fact]
    public async Task Several_files_read_for_a_year_set_aside_the_other_years_rows_and_give_the_same_figures()
    {
        var every = await CliRun.RunAsync("shares", A, B, "--year", "2022", "--duplicates", "keep-first", "--format", "json");
        var one = await CliRun.RunAsync("shares", A, B, "--year", "2022", "--duplicates", "keep-first", "--format", "json", "--threads", "1");

        every.ExitCode.Should().Be(0, every.Error);
        every.Out.Should().Be(one.Out);
        var report = ParseJson(every.Out);
        Account(report, 0).Should().Be((A, 11L, 11L, 0L, 0L));
        Account(report, 1).Should().Be((B, 5L, 4L, 1L, 0L)); // the 2021 row set aside outside the question
        report.GetProperty("sources")[1].GetProperty("setAsideByReason").GetProperty("OutsideQuestion").GetInt64().Should().Be(1);
        Decimal(report.GetProperty("reporters")[0].GetProperty("totalTrade").GetProperty("valueUsd")).Should().Be(4_500m);
    }

    [Fact]
    public async Task A_duplicate_across_files_is_refused_by_default_naming_both_places_on_every_core()
    {
        var run = await CliRun.RunAsync("shares", A, B);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Should().StartWith($"asean-minerals: {B}:4: AMC2009 ").And.Contain($"same key as {A}:1");
    }

    private static (string File, long RowsRead, long Records, long SetAside, long Rejected) Account(JsonElement report, int source)
    {
        var s = report.GetProperty("sources")[source];
        return (s.GetProperty("file").GetString()!, s.GetProperty("rowsRead").GetInt64(), s.GetProperty("records").GetInt64(), s.GetProperty("setAside").GetInt64(), s.GetProperty("rejected").GetInt64());
    }
}
