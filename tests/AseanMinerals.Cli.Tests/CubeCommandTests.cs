using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary><c>cube build</c> on each "machine", <c>cube merge</c> of the parts (JSON and Parquet), and the refusals.</summary>
public sealed class CubeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-cube-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("big.json")]
    [InlineData("big.parquet")]
    public async Task A_cell_whose_sum_no_decimal_holds_is_refused_with_exit_1_naming_the_cell_and_no_file_is_left(string output)
    {
        // HS 2601 and 2602 fall in one commodity cell (metallic ores): 5e28 + 5e28 = 1e29, above decimal's 7.9e28; the
        // cube adds it exactly, but a part stores each cell as a decimal. Before: exit 70 (OverflowException). No final newline.
        var input = Path.Combine(_folder, "big.jsonl");
        await File.WriteAllTextAsync(input,
            "{\"period\":\"2022\",\"reporter\":\"458\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"2601\",\"value\":5e28}\n"
            + "{\"period\":\"2022\",\"reporter\":\"458\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"2602\",\"value\":5e28}");
        var path = Path.Combine(_folder, output);

        var run = await CliRun.RunAsync("cube", "build", input, "-o", path, "--name", "big");

        run.ExitCode.Should().Be(1, run.Error);
        run.Error.Should().Contain("AMC4007").And.Contain("2022 458->000 Export metallic-ores").And.Contain("sums to 100000000000000000000000000000")
            .And.NotContain("internal error");
        Directory.EnumerateFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo(["big.jsonl"]);
    }

    [Fact]
    public async Task Parts_built_per_reporter_merge_into_the_hand_computed_figures()
    {
        // Indonesia's lines on one machine, Malaysia's on the other (fixture README).
        var lines = await File.ReadAllLinesAsync(HandMade);
        var indonesia = Path.Combine(_folder, "idn.jsonl");
        var malaysia = Path.Combine(_folder, "mys.jsonl");
        await File.WriteAllLinesAsync(indonesia, lines.Where(static l => l.Contains("\"reporter\":\"360\"", StringComparison.Ordinal)));
        await File.WriteAllLinesAsync(malaysia, lines.Where(static l => l.Contains("\"reporter\":\"458\"", StringComparison.Ordinal)));

        var one = await CliRun.RunAsync("cube", "build", indonesia, "-o", Path.Combine(_folder, "idn.json"), "--name", "machine-1");
        var two = await CliRun.RunAsync("cube", "build", malaysia, "-o", Path.Combine(_folder, "mys.parquet"), "--name", "machine-2");
        var merge = await CliRun.RunAsync("cube", "merge", Path.Combine(_folder, "idn.json"), Path.Combine(_folder, "mys.parquet"), "-o", Path.Combine(_folder, "all.json"));

        one.ExitCode.Should().Be(0, one.Error);
        two.ExitCode.Should().Be(0, two.Error);
        merge.ExitCode.Should().Be(0, merge.Error);
        // By hand: minerals (HS 26, 72, 25; not 27, not the re-export) 100 + 200 + 100 + 50 = 450 of total 1,000 + 1,000 +
        // 500 + 500 = 3,000 (15.00%); within ASEAN 100 + 50 = 150 of 450 (33.33%). Ten records, the re-export in a cell of its own.
        merge.Out.Should().Contain("merged 2 partial cubes (machine-1, machine-2): 10 records read = 10 aggregated + 0 breakdown rows set aside")
            .And.Contain("| share of trade in scope minerals in total trade | 450 | 15.00% | 3,000 |")
            .And.Contain("| share of ASEAN in trade in scope minerals (exports + imports) | 150 | 33.33% | 450 |");
        File.Exists(Path.Combine(_folder, "all.json")).Should().BeTrue();
    }

    [Fact]
    public async Task Merge_with_format_json_writes_one_JSON_document_to_standard_output()
    {
        // Before, "merged 1 partial cube (b): ..." came on standard output ahead of the document, so it did not parse.
        var part = Path.Combine(_folder, "b.json");
        var build = await CliRun.RunAsync("cube", "build", Fixture("partner-rows-for-one-member-2022.jsonl"), "-o", part, "--name", "b");

        var merge = await CliRun.RunAsync("cube", "merge", part, "--format", "json");

        build.ExitCode.Should().Be(0, build.Error);
        merge.ExitCode.Should().Be(0, merge.Error);
        using var document = System.Text.Json.JsonDocument.Parse(merge.Out);
        document.RootElement.GetProperty("lead")[0].GetString().Should().StartWith("merged 1 partial cube (b): 8 records read");
    }

    [Fact]
    public async Task Merge_prints_each_group_figure_with_the_members_it_covers_as_shares_does()
    {
        var part = Path.Combine(_folder, "b.json");
        var build = await CliRun.RunAsync("cube", "build", Fixture("partner-rows-for-one-member-2022.jsonl"), "-o", part, "--name", "b");

        var merge = await CliRun.RunAsync("cube", "merge", part);

        // By hand (fixture README): trade in scope 100 + 50 + 400 + 50 = 600 of total trade 4 x 1,000 (15.00%), from IDN and
        // MYS, 2 of the 10 members of 2022. Only Malaysia's 450 has rows by partner (all with Singapore): the within-ASEAN
        // share is 450 of 450 for Malaysia alone, and says so (1 of 10; Indonesia's rows too coarse), never of the 600.
        build.ExitCode.Should().Be(0, build.Error);
        merge.ExitCode.Should().Be(0, merge.Error);
        merge.Out.Should().Contain("merged 1 partial cube (b):")
            .And.Contain("| share of trade in scope minerals in total trade | 600 | 15.00% | 4,000 |")
            .And.Contain("Coverage: 2 of 10 members: IDN MYS; missing BRN KHM LAO MMR PHL SGP THA VNM (total trade; trade in scope minerals;")
            .And.Contain("| share of ASEAN in trade in scope minerals (exports + imports) | 450 | 100.00% | 450 |")
            .And.Contain("Coverage: 1 of 10 members: MYS; missing BRN KHM LAO MMR PHL SGP THA VNM (no rows); IDN (rows too coarse) (");
        merge.Out.Should().NotContain("was within the group");
    }

    [Fact]
    public async Task Merge_of_a_year_without_commodity_rows_gives_each_absent_figure_its_reason_and_total_trade_its_coverage()
    {
        var part = Path.Combine(_folder, "p17.json");
        var build = await CliRun.RunAsync("cube", "build", LegacyWorldOnly, "-o", part);

        var merge = await CliRun.RunAsync("cube", "merge", part);

        // The 2017 excerpt holds TOTAL rows with the World for BRN IDN MYS MMR PHL SGP (and non-members), no commodity rows:
        // trade in scope is n/a with a note, never "absent of total trade" without a reason.
        build.ExitCode.Should().Be(0, build.Error);
        merge.ExitCode.Should().Be(0, merge.Error);
        merge.Out.Should().Contain("## ASEAN, 2017")
            .And.Contain("| trade in scope minerals | n/a [1] |")
            .And.Contain("- [1] the data has no commodity rows for")
            .And.Contain("Coverage: 6 of 10 members: BRN IDN MYS MMR PHL SGP; missing KHM LAO THA VNM (total trade)");
        merge.Out.Should().NotContain("absent of");
    }

    [Fact]
    public async Task Parts_that_read_the_same_trade_are_refused_with_exit_code_1()
    {
        var whole = await CliRun.RunAsync("cube", "build", HandMade, "-o", Path.Combine(_folder, "whole.json"));
        var again = await CliRun.RunAsync("cube", "build", HandMade, "-o", Path.Combine(_folder, "again.json"));

        var merge = await CliRun.RunAsync("cube", "merge", Path.Combine(_folder, "whole.json"), Path.Combine(_folder, "again.json"));

        whole.ExitCode.Should().Be(0, whole.Error);
        again.ExitCode.Should().Be(0, again.Error);
        merge.ExitCode.Should().Be(1);
        merge.Error.Should().Contain("The partial cubes whole and again both read records of 2022 360->000").And.Contain("never added twice");
    }

    [Fact]
    public async Task A_file_that_is_not_a_partial_cube_is_named_with_exit_code_1()
    {
        var run = await CliRun.RunAsync("cube", "merge", HandMade);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("hand-made-2022.jsonl: not a partial cube");
    }

    [Fact]
    public async Task A_duplicate_record_across_the_files_of_one_part_is_refused_naming_both_lines()
    {
        var run = await CliRun.RunAsync("cube", "build", HandMade, HandMade, "-o", Path.Combine(_folder, "part.json"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("AMC2009").And.Contain("--duplicates keep-first");
        File.Exists(Path.Combine(_folder, "part.json")).Should().BeFalse();
    }
}
