using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// Review of 2 December 2026, finding 9c: `shares mys.parquet` of a partial cube that `cube build -o mys.parquet` wrote (as
/// docs/cli.md shows), or of a folder holding one, ended with "internal error: ArgumentException" and exit 70. It is a
/// user's mistake: exit 1 naming the file, what it is, and the command that reads it.
/// </summary>
public sealed class CubePartAsInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> BuildPartAsync(string relative)
    {
        var part = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(part)!);
        var build = await CliRun.RunAsync("cube", "build", HandMade, "-o", part, "--name", "machine-1");
        build.ExitCode.Should().Be(0, build.Error);
        return part;
    }

    [Fact]
    public async Task Shares_of_a_partial_cube_file_is_exit_1_naming_it_and_cube_merge()
    {
        var part = await BuildPartAsync("mys.parquet");

        var run = await CliRun.RunAsync("shares", part);

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Trim().Should().Be($"asean-minerals: {part}: a partial cube (what 'cube build -o mys.parquet' writes: the cells of a cube), not trade records; read it with 'asean-minerals cube merge {part}'");
    }

    [Fact]
    public async Task Shares_and_chart_of_a_folder_holding_one_name_the_file_in_it()
    {
        var part = await BuildPartAsync(Path.Combine("parts", "mys.parquet"));
        var folder = Path.GetDirectoryName(part)!;

        var shares = await CliRun.RunAsync("shares", folder);
        var chart = await CliRun.RunAsync("chart", folder, "-o", Path.Combine(_folder, "chart.png"));

        foreach (var run in new[] { shares, chart })
        {
            run.ExitCode.Should().Be(1);
            run.Error.Should().Contain($"{part}: a partial cube").And.Contain("cube merge").And.NotContain("internal error");
        }

        File.Exists(Path.Combine(_folder, "chart.png")).Should().BeFalse();
    }
}
