using AseanMinerals.Testing;

namespace AseanMinerals.Cli.Tests;

/// <summary>Issue 11, case 7: a partner that is the reporter (a re-import of its own goods) is a note, not an error.</summary>
public sealed class ReImportNoteTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("comtrade_legacy_total_2017/comtrade.csv")]
    [InlineData("comtrade_legacy_hs252310_cement_clinker/comtrade.csv")]
    [InlineData("comtradeplus_total_2022_chn_usa_deu/TradeData.csv")]
    public async Task Convert_then_validate_of_each_real_Comtrade_file_exits_0(string file)
    {
        // Before: the Comtrade+ file's row of China's imports from China (US$122,883,424,107 of re-imports) made validate
        // exit 1 with AMC2004 as an error. (asean_aggregate_rows.csv beside the clinker file holds no partner or commodity
        // column: a summary, not a Comtrade file to convert.)
        if (SharedDataFolder.Path is null)
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI has the shared data folder beside the repository");
            return;
        }

        var output = Path.Combine(_folder, "converted.jsonl");

        var convert = await CliRun.RunAsync("convert", SharedDataFolder.File(file), "-o", output);
        var validate = await CliRun.RunAsync("validate", output);

        convert.ExitCode.Should().Be(0, convert.Error);
        validate.ExitCode.Should().Be(0, validate.Out);
        if (file.StartsWith("comtradeplus", StringComparison.Ordinal))
        {
            validate.Out.Should().Contain("AMC2004 information: The partner 156 is the reporter itself: Comtrade records re-imports");
        }
    }
}
