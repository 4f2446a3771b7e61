using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary><c>cube build</c> on each "machine", <c>cube merge</c> of the parts (JSON and Parquet), and the refusals.</summary>
public sealed class CubeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-cube-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

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
            .And.Contain("Trade in scope minerals was US$450.00 in 2022, 15.00% of total trade; 33.33% of it was within the group");
        File.Exists(Path.Combine(_folder, "all.json")).Should().BeTrue();
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
