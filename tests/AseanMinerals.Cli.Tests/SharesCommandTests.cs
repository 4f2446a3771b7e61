using System.Text.Json;
using AseanMinerals.Cli.Schema;
using Json.Schema;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// <c>shares</c> on real excerpts, the whole shared Comtrade+ file where it is, and the hand-made records of
/// Fixtures/README.md, whose every figure is computed by hand there and here.
/// </summary>
public class SharesCommandTests
{
    [Fact]
    public async Task Shares_on_the_ComtradePlus_excerpt_prints_Aseans_15_02_percent_of_Chinas_2022_imports()
    {
        var run = await CliRun.RunAsync("shares", ComtradePlusExcerpt, "--reporter", "CHN", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var imports = PartnerShare(Reporter(ParseJson(run.Out), "China"), "imports", "ofTotalTrade");

        // Fixture README: lines 28 ... 196 (China's imports from the ten members) over line 2 (from the World).
        Decimal(imports.GetProperty("numeratorUsd")).Should().Be(408_053_988_033m);
        Decimal(imports.GetProperty("denominatorUsd")).Should().Be(2_715_997_517_261m);
        Decimal(imports.GetProperty("percent")).Should().Be(15.02m);
    }

    [Fact]
    public async Task Shares_on_the_ComtradePlus_excerpt_gives_no_export_share_because_it_holds_Chinas_World_export_row_alone()
    {
        var run = await CliRun.RunAsync("shares", ComtradePlusExcerpt, "--reporter", "156", "--format", "json");

        var exports = PartnerShare(Reporter(ParseJson(run.Out), "China"), "exports", "ofTotalTrade");
        exports.GetProperty("share").ValueKind.Should().Be(JsonValueKind.Null);
        exports.GetProperty("absentReason").GetString().Should().Contain("no rows by partner");
    }

    [Fact]
    public async Task Shares_of_a_file_of_TOTAL_rows_gives_no_minerals_share_and_says_why_instead_of_0_percent()
    {
        var run = await CliRun.RunAsync("shares", ComtradePlusExcerpt, "--reporter", "CHN");

        run.ExitCode.Should().Be(0);
        // The share's cell refers to its note, printed once under the table.
        run.Out.Should().MatchRegex(@"\| share of trade in scope minerals in total trade \|  \| n/a \[(\d+)\] \|");
        var note = System.Text.RegularExpressions.Regex.Match(run.Out, @"share of trade in scope minerals in total trade \|  \| n/a \[(\d+)\]").Groups[1].Value;
        run.Out.Should().Contain($"- [{note}] the numerator is absent: the data has no commodity rows for China in 2022");
        run.Out.Should().NotContain("| 0.00%");
    }

    [Fact]
    public async Task Shares_without_reporter_of_a_file_with_no_ASEAN_reporter_shows_each_reporter_of_the_file()
    {
        // The excerpt's reporters are China (21 rows), Germany (3) and the USA (1); no ASEAN member reports in it.
        var run = await CliRun.RunAsync("shares", ComtradePlusExcerpt, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var reporters = ParseJson(run.Out).GetProperty("reporters").EnumerateArray().Select(static r => r.GetProperty("reporter").GetString()).ToList();
        reporters.Should().Equal("China", "Germany", "USA");
        // China's imports from ASEAN: 408,053,988,033 of 2,715,997,517,261 from the World, summed from the excerpt's rows.
        PartnerShare(Reporter(ParseJson(run.Out), "China"), "imports", "ofTotalTrade").GetProperty("share").GetDecimal()
            .Should().Be(408_053_988_033m / 2_715_997_517_261m);
    }

    [Fact]
    public async Task Shares_of_reporters_with_World_rows_only_gives_no_partner_share_instead_of_0_percent()
    {
        // Brunei (096) 2017 in the legacy excerpt: TOTAL rows against the World, no row by partner.
        var run = await CliRun.RunAsync("shares", LegacyWorldOnly, "--reporter", "BRN", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var brunei = ParseJson(run.Out).GetProperty("reporters")[0];
        var share = PartnerShare(brunei, "exports + imports", "ofTotalTrade");
        share.GetProperty("share").ValueKind.Should().Be(JsonValueKind.Null);
        share.GetProperty("absentReason").GetString().Should().Contain("no rows by partner");
        Decimal(brunei.GetProperty("totalTrade").GetProperty("valueUsd")).Should().BePositive();
    }

    [Fact]
    public async Task Shares_of_the_hand_made_records_gives_Aseans_total_minerals_trade_and_the_15_percent_minerals_share()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var asean = ParseJson(run.Out).GetProperty("reporters")[0];

        // TOTAL rows: Indonesia 1,000 + 1,000, Malaysia 500 + 500 = 3,000. Minerals (HS 25, 26, 72; not 27; not the
        // re-export): Indonesia 100 + 200 + 100, Malaysia 50 = 450. 450 / 3,000 = 15%.
        Decimal(asean.GetProperty("totalTrade").GetProperty("valueUsd")).Should().Be(3_000m);
        Decimal(asean.GetProperty("mineralsTrade").GetProperty("valueUsd")).Should().Be(450m);
        Decimal(asean.GetProperty("mineralsShareOfTotal").GetProperty("share")).Should().Be(0.15m);
    }

    [Fact]
    public async Task Shares_of_the_hand_made_records_gives_the_intra_Asean_share_of_minerals_trade_as_one_third()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "json");

        // Indonesia's HS 26 exports to Malaysia 100 + Malaysia's HS 25 exports to Indonesia 50 = 150 of 450.
        var intra = PartnerShare(ParseJson(run.Out).GetProperty("reporters")[0], "exports + imports", "ofMineralsTrade");
        Decimal(intra.GetProperty("numeratorUsd")).Should().Be(150m);
        Decimal(intra.GetProperty("denominatorUsd")).Should().Be(450m);
        Decimal(intra.GetProperty("percent")).Should().Be(33.33m);
    }

    [Fact]
    public async Task Shares_by_member_state_gives_each_members_figures_and_n_a_for_members_without_rows()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "json");

        var members = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("byMemberState").GetProperty("members").EnumerateArray()
            .ToDictionary(m => m.GetProperty("code").GetString()!);

        // Ten members at the end of 2022 (Timor-Leste joined in 2025). Malaysia: 50 of its 1,000 is 5%, all with Indonesia.
        members.Should().HaveCount(10).And.NotContainKey("626");
        Decimal(members["458"].GetProperty("mineralsShareOfTotal").GetProperty("share")).Should().Be(0.05m);
        Decimal(members["458"].GetProperty("intraAseanShareOfMinerals").GetProperty("share")).Should().Be(1m);
        Decimal(members["360"].GetProperty("mineralsShareOfTotal").GetProperty("share")).Should().Be(0.2m);
        members["764"].GetProperty("mineralsShareOfTotal").GetProperty("share").ValueKind.Should().Be(JsonValueKind.Null);
        members["764"].GetProperty("mineralsShareOfTotal").GetProperty("absentReason").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Shares_by_commodity_group_splits_the_450_into_ores_steel_and_industrial_minerals()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "json");

        var parts = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("byCommodityGroup").GetProperty("parts").EnumerateArray()
            .ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("valueUsd").GetDecimal());

        // HS 26: 100 + 200; HS 72: 100; HS 25: 50.
        parts.Should().BeEquivalentTo(new Dictionary<string, decimal> { ["metallic-ores"] = 300m, ["iron-and-steel"] = 100m, ["industrial-minerals"] = 50m });
    }

    [Fact]
    public async Task Shares_with_the_minerals_and_fuels_scope_adds_Malaysias_300_of_fuel_imports()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--scope", "minerals-and-fuels", "--format", "json");

        Decimal(ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mineralsTrade").GetProperty("valueUsd")).Should().Be(750m);
    }

    [Fact]
    public async Task Shares_with_a_fixed_membership_of_2025_12_31_counts_eleven_members_in_2022()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--membership", "fixed:2025-12-31", "--format", "json");

        var report = ParseJson(run.Out);
        report.GetProperty("membershipBasis").GetString().Should().Be("fixed composition: the members on 2025-12-31");
        report.GetProperty("reporters")[0].GetProperty("reporterCodes").GetArrayLength().Should().Be(11);
    }

    [Fact]
    public async Task Shares_table_states_the_membership_basis_and_the_flows_a_total_adds()
    {
        var run = await CliRun.RunAsync("shares", HandMade);

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("Membership basis: changing composition: the members at each period's end.");
        run.Out.Should().Contain("Totals add: exports + imports as reported (re-exports, re-imports and other subset flows are inside them and never added again");
        run.Out.Should().Contain("10 rows read = 10 records + 0 set aside + 0 rejected");
    }

    [Fact]
    public async Task Shares_as_csv_has_one_row_a_figure_with_the_exact_value()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "csv");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be("period,scope,membership_basis,reporter,section,key,name,measure,value_usd,share,note,coverage,members_in_group,members_covered,covered,missing,missing_why");
        lines.Should().Contain(l => l.StartsWith("2022,minerals,changing composition: the members at each period's end,ASEAN,headline,,,trade in scope minerals,450,,,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shares_json_output_is_valid_against_the_committed_shares_report_schema()
    {
        var schema = JsonSchema.FromText(ToolSchemas.SharesReport, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        foreach (var args in new[] { new[] { HandMade }, [ComtradePlusExcerpt, "--reporter", "CHN,ASEAN"], [LegacyWorldOnly, "--reporter", "BRN"] })
        {
            var run = await CliRun.RunAsync(["shares", .. args, "--format", "json"]);
            using var document = JsonDocument.Parse(run.Out);
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public async Task Shares_with_an_unknown_membership_basis_is_one_line_on_stderr_and_exit_code_2()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--membership", "sometimes");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: --membership sometimes: expected 'changing' or 'fixed:YYYY-MM-DD'");
    }

    [Fact]
    public async Task Shares_of_a_missing_file_is_one_line_naming_it_and_exit_code_2()
    {
        var run = await CliRun.RunAsync("shares", "no-such-file.csv");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().Be("asean-minerals: no-such-file.csv: cannot be read: no such file");
    }

    [Fact]
    public async Task Shares_on_the_shared_ComtradePlus_file_prints_Aseans_share_of_China_USA_and_Germany_2022_imports_and_exports()
    {
        if (SharedComtradePlus is not { } file)
        {
            return;
        }

        var run = await CliRun.RunAsync("shares", file, "--reporter", "CHN,USA,DEU", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var report = ParseJson(run.Out);

        // Numerators and denominators summed by hand from the file's rows (see SharedFileTests in the Comtrade tests):
        // China M 408,053,988,033 / 2,715,997,517,261 = 15.02%; USA M 10.57%, X 5.40%; Germany M 3.86%, X 1.77%.
        Expect("China", "imports", 408_053_988_033m, 2_715_997_517_261m, 15.02m);
        Expect("USA", "imports", 356_667_886_152m, 3_372_902_165_775m, 10.57m);
        Expect("USA", "exports", 111_263_674_652m, 2_062_089_832_731m, 5.40m);
        Expect("Germany", "imports", 61_325_058_337.757m, 1_588_852_981_506.719m, 3.86m);
        Expect("Germany", "exports", 29_816_125_914.304m, 1_686_141_996_013.135m, 1.77m);

        void Expect(string reporter, string direction, decimal fromAsean, decimal withWorld, decimal percent)
        {
            var share = PartnerShare(Reporter(report, reporter), direction, "ofTotalTrade");
            Decimal(share.GetProperty("numeratorUsd")).Should().Be(fromAsean);
            Decimal(share.GetProperty("denominatorUsd")).Should().Be(withWorld);
            Decimal(share.GetProperty("share")).Should().Be(fromAsean / withWorld);
            Decimal(share.GetProperty("percent")).Should().Be(percent);
        }
    }

    [Fact]
    public async Task Shares_table_on_the_shared_ComtradePlus_file_shows_the_five_percentages()
    {
        if (SharedComtradePlus is not { } file)
        {
            return;
        }

        var run = await CliRun.RunAsync("shares", file, "--reporter", "CHN,USA,DEU");

        // Figure | Value (USD) | Share | Of (USD): the share is the third cell.
        run.Out.Should().MatchRegex(@"share of ASEAN in total trade \(imports\) \| [\d,]+ \| 15\.02% \|")
            .And.MatchRegex(@"share of ASEAN in total trade \(imports\) \| [\d,]+ \| 10\.57% \|")
            .And.MatchRegex(@"share of ASEAN in total trade \(exports\) \| [\d,]+ \| 5\.40% \|")
            .And.MatchRegex(@"share of ASEAN in total trade \(imports\) \| [\d,.]+ \| 3\.86% \|")
            .And.MatchRegex(@"share of ASEAN in total trade \(exports\) \| [\d,.]+ \| 1\.77% \|");
    }

    [Fact]
    public async Task Shares_for_a_year_the_data_does_not_hold_says_which_years_it_holds_with_exit_code_1()
    {
        // Issue 11, case 10: pages of n/a with exit 0 before. The hand-made file holds 2022 only.
        var run = await CliRun.RunAsync("shares", HandMade, "--year", "2021", "--format", "json");

        run.ExitCode.Should().Be(1);
        run.Out.Should().BeEmpty();
        run.Error.Trim().Should().Be("asean-minerals: no data for 2021; the files hold 2022");
    }
}
