using System.Text.Json;
using AseanMinerals.Testing;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>Issue 11, cases 1 and 10 in the CLI: every group figure prints its coverage; a year or reporter with no data is exit 1.</summary>
public class CoverageCommandTests
{
    [Fact]
    public async Task Shares_table_prints_which_members_a_figure_covers()
    {
        // Fixtures/hand-made-2022.jsonl: rows of Indonesia and Malaysia only; ASEAN had ten members in 2022 (Timor-Leste
        // joined in 2025). Missing members in name order: Brunei, Cambodia, Lao PDR, Myanmar, Philippines, Singapore,
        // Thailand, Viet Nam.
        var run = await CliRun.RunAsync("shares", HandMade);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Coverage: 2 of 10 members: IDN MYS; missing BRN KHM LAO MMR PHL SGP THA VNM (total trade;");
    }

    [Fact]
    public async Task Shares_json_gives_the_coverage_of_each_figure_with_member_codes()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var coverage = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("totalTrade").GetProperty("coverage");
        coverage.GetProperty("covered").EnumerateArray().Select(static c => c.GetString()).Should().Equal("360", "458");
        coverage.GetProperty("members").GetArrayLength().Should().Be(10);
        coverage.GetProperty("missing").EnumerateArray().Select(static m => m.GetProperty("gap").GetString()).Should().AllBe("noRows").And.HaveCount(8);
    }

    [Fact]
    public async Task Shares_with_require_coverage_all_gives_no_figure_for_2_of_10_members_and_says_why()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--require-coverage", "all", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var total = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("totalTrade");
        total.GetProperty("valueUsd").ValueKind.Should().Be(JsonValueKind.Null);
        total.GetProperty("absentReason").GetString().Should().Be(
            "coverage 2 of 10 members: IDN MYS; missing BRN KHM LAO MMR PHL SGP THA VNM falls short of the required coverage, all members");
    }

    [Fact]
    public async Task Shares_with_require_coverage_all_prints_no_numerator_or_denominator_of_a_share_it_refuses()
    {
        // Hand-made fixture: the minerals share is 450 / 3,000 over IDN and MYS, 2 of 10 members. Under "all" the share is
        // absent, and so are its parts: before, the JSON still gave numeratorUsd 450 and denominatorUsd 3,000 (the table's
        // "Of" column 3,000) while the total trade beside it was absent for the same shortfall.
        var run = await CliRun.RunAsync("shares", HandMade, "--require-coverage", "all", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var share = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mineralsShareOfTotal");
        share.GetProperty("share").ValueKind.Should().Be(JsonValueKind.Null);
        share.GetProperty("numeratorUsd").ValueKind.Should().Be(JsonValueKind.Null);
        share.GetProperty("denominatorUsd").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Shares_json_gives_the_kind_of_an_absence_and_the_members_it_concerns()
    {
        // Fixtures/hand-made-2022.jsonl: TOTAL rows for Indonesia and Malaysia only, so "all" misses the other eight.
        var run = await CliRun.RunAsync("shares", HandMade, "--require-coverage", "all", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var total = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("totalTrade");
        var absent = total.GetProperty("absent");
        absent.GetProperty("kind").GetString().Should().Be("coverageShort");
        absent.GetProperty("members").EnumerateArray().Select(static c => c.GetString()).Should()
            .BeEquivalentTo(["096", "104", "116", "418", "608", "702", "704", "764"]);
        absent.GetProperty("message").GetString().Should().Be(total.GetProperty("absentReason").GetString());
        absent.GetProperty("cause").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Shares_with_require_coverage_of_20_percent_keeps_the_figure_of_2_of_10_members()
    {
        // Indonesia 1,000 + 1,000 and Malaysia 500 + 500 of TOTAL rows (Fixtures/hand-made-2022.jsonl) = 3,000.
        var run = await CliRun.RunAsync("shares", HandMade, "--require-coverage", "20%", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        Decimal(ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("totalTrade").GetProperty("valueUsd")).Should().Be(3_000m);
    }

    [Fact]
    public async Task Shares_for_a_reporter_that_only_appears_as_a_partner_says_so_with_exit_code_1()
    {
        // The Comtrade+ excerpt holds China's rows; Indonesia is one of its partners.
        var run = await CliRun.RunAsync("shares", ComtradePlusExcerpt, "--reporter", "IDN");

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Should().Be("asean-minerals: IDN reports nothing in these files for 2022; it appears as a partner");
    }

    [Fact]
    public async Task Shares_with_fill_mirror_gives_Aseans_exports_as_the_three_reporters_imports_from_the_members()
    {
        if (SharedComtradePlus is not { } file)
        {
            return;
        }

        var run = await CliRun.RunAsync("shares", file, "--reporter", "ASEAN", "--fill", "mirror");

        // The reporters' imports from the ten members, summed by hand from the file (SharesCommandTests): China
        // 408,053,988,033 + USA 356,667,886,152 + Germany 61,325,058,337.757 = 826,046,932,522.757.
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("Mirror fill: all commodities (TOTAL rows), exports: 826,046,932,522.757 = reported 0 + mirror 826,046,932,522.757 (100.00% mirror-based)")
            .And.Contain("Mirror fill:   mirror sources: CHN 408,053,988,033, DEU 61,325,058,337.757, USA 356,667,886,152")
            .And.Contain("no CIF/FOB adjustment");
    }

    [Theory]
    [InlineData("comtrade_legacy_total_2017/comtrade.csv", "Coverage: 6 of 10 members: BRN IDN MYS MMR PHL SGP; missing KHM LAO THA VNM (total trade")]
    [InlineData("comtrade_legacy_hs252310_cement_clinker/comtrade.csv", "Coverage: 1 of 10 members: MMR; missing BRN KHM IDN LAO MYS PHL SGP THA VNM (trade in scope minerals")]
    [InlineData("comtradeplus_total_2022_chn_usa_deu/TradeData.csv", "Coverage: 1 of 1 members: CHN (total trade")]
    public async Task Shares_on_each_real_file_prints_the_coverage(string file, string expected)
    {
        // The 2017 file: TOTAL x World rows of six members (SOURCE.txt); the clinker file's latest year, 2020, has Myanmar
        // alone; the Comtrade+ file is China's, the USA's and Germany's, each a group of one.
        if (SharedDataFolder.Path is null)
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI has the shared data folder beside the repository");
            return;
        }

        var run = await CliRun.RunAsync("shares", SharedDataFolder.File(file));

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain(expected);
    }
}
