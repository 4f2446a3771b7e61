using System.Globalization;
using System.Text.Json;
using AseanMinerals.Cli.Schema;
using AseanMinerals.Testing;
using Json.Schema;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>Issue 11: <c>shares --fill mirror</c> gives the mirror fill in the JSON and the CSV, not only in the table.</summary>
public class MirrorFillCommandTests
{
    private const string AllCommodities = "all commodities (TOTAL rows)";

    [Fact]
    public async Task Shares_json_with_fill_mirror_gives_each_flows_sources_as_the_three_reporters_reports_with_the_members()
    {
        if (SharedComtradePlus is not { } file)
        {
            return;
        }

        var run = await CliRun.RunAsync("shares", file, "--reporter", "ASEAN", "--fill", "mirror", "--format", "json");

        // Expected by a plain CSV scan of the file: ASEAN's exports by mirror are China's, the USA's and Germany's
        // imports (M) from the ten members, its imports their exports (X) to them; no member reports in the file.
        run.ExitCode.Should().Be(0, run.Error);
        var mirror = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mirrorFill");
        foreach (var (direction, sourceFlow) in new[] { ("exports", "M"), ("imports", "X") })
        {
            var expected = ComtradePlusCsvScan.SumByReporter(file, sourceFlow, ComtradePlusCsvScan.Asean2022)
                .ToDictionary(static p => p.Key.ToString("000", CultureInfo.InvariantCulture), static p => p.Value);
            expected.Keys.Should().BeEquivalentTo(["156", "276", "842"]);
            var flow = mirror.GetProperty("flows").EnumerateArray()
                .Single(f => f.GetProperty("direction").GetString() == direction && f.GetProperty("commodities").GetString() == AllCommodities);
            flow.GetProperty("sources").EnumerateArray().ToDictionary(static s => s.GetProperty("reporter").GetString()!, static s => s.GetProperty("valueUsd").GetDecimal())
                .Should().BeEquivalentTo(expected);
            flow.GetProperty("reportedUsd").GetDecimal().Should().Be(0m);
            flow.GetProperty("mirrorUsd").GetDecimal().Should().Be(expected.Values.Sum());
            flow.GetProperty("totalUsd").GetDecimal().Should().Be(expected.Values.Sum());
            flow.GetProperty("mirrorShare").GetDecimal().Should().Be(1m);
        }

        mirror.GetProperty("basis").GetString().Should().Contain("no CIF/FOB adjustment (exports estimated from the partners' CIF import values)");
        mirror.GetProperty("cifToFobFactor").ValueKind.Should().Be(JsonValueKind.Null);
        mirror.GetProperty("worldTotals").GetString().Should().Be("World totals cannot be mirror-filled");
    }

    [Fact]
    public async Task Shares_json_with_fill_mirror_is_valid_against_the_committed_schema_and_without_it_mirror_fill_is_null()
    {
        var schema = JsonSchema.FromText(ToolSchemas.SharesReport, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        foreach (var fill in new[] { "mirror", "none" })
        {
            var run = await CliRun.RunAsync("shares", ComtradePlusExcerpt, "--reporter", "CHN,ASEAN", "--fill", fill, "--format", "json");

            run.ExitCode.Should().Be(0, run.Error);
            using var document = JsonDocument.Parse(run.Out);
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
            document.RootElement.GetProperty("reporters").EnumerateArray().Select(static r => r.GetProperty("mirrorFill").ValueKind)
                .Should().AllBeEquivalentTo(fill == "mirror" ? JsonValueKind.Object : JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task Shares_csv_with_fill_mirror_has_a_row_per_flow_figure_and_per_source_reporter_and_the_basis()
    {
        if (SharedComtradePlus is not { } file)
        {
            return;
        }

        var run = await CliRun.RunAsync("shares", file, "--reporter", "ASEAN", "--fill", "mirror", "--format", "csv");

        // China's imports (M) from the ten members, summed by a plain CSV scan of the file.
        var china = ComtradePlusCsvScan.SumByReporter(file, "M", ComtradePlusCsvScan.Asean2022)[156];
        var exports = ComtradePlusCsvScan.SumByReporter(file, "M", ComtradePlusCsvScan.Asean2022).Values.Sum();
        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => l.TrimEnd('\r')).ToList();
        var prefix = "2022,minerals,changing composition: the members at each period's end,ASEAN,";
        // A source reporter's sum is not a group figure: its coverage columns are empty; a flow's figures carry their coverage.
        lines.Should().Contain(prefix + $"mirror fill source,CHN,{AllCommodities},exports estimated from CHN's reports,{china.ToString(CultureInfo.InvariantCulture)},,,,,,,,");
        lines.Should().Contain(l => l.StartsWith(prefix + $"mirror fill,exports,{AllCommodities},reported,0,,,", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith(prefix + $"mirror fill,exports,{AllCommodities},mirror-based,{exports.ToString(CultureInfo.InvariantCulture)},1,,", StringComparison.Ordinal));
        lines.Should().ContainSingle(static l => l.Contains(",mirror fill,,,basis,,,", StringComparison.Ordinal) && l.Contains("World totals cannot be mirror-filled", StringComparison.Ordinal));
        // The total's note says which trade it is; its coverage columns follow (all ten members, filled by mirror).
        lines.Should().Contain(l => l.StartsWith(
            prefix + $"mirror fill,exports,{AllCommodities},total (reported + mirror),{exports.ToString(CultureInfo.InvariantCulture)},,"
            + "\"exports to CHN, DEU and USA only, the partners that report them; members: reported: none; mirror-filled from CHN DEU USA: BRN KHM IDN LAO MYS MMR PHL SGP THA VNM; missing: none\",",
            StringComparison.Ordinal));
        lines.Should().ContainSingle(static l => l.Contains(",mirror fill,exports,scope minerals,total (reported + mirror),,,", StringComparison.Ordinal)
            && l.Contains("TOTAL rows at most", StringComparison.Ordinal));
    }

    private const string Minerals = "scope minerals";

    [Fact]
    public async Task Shares_with_fill_mirror_on_TOTAL_rows_only_gives_minerals_by_mirror_as_absent_with_the_reason_never_0()
    {
        if (SharedComtradePlus is not { } file)
        {
            return;
        }

        // The file holds TOTAL rows only (its SOURCE.txt: cmdCode TOTAL): the three reporters' trade with the members
        // cannot tell the minerals part. Before: "scope minerals, exports: 0 = reported 0 + mirror 0", totalUsd 0, no reason.
        var table = await CliRun.RunAsync("shares", file, "--reporter", "ASEAN", "--fill", "mirror");
        var json = await CliRun.RunAsync("shares", file, "--reporter", "ASEAN", "--fill", "mirror", "--format", "json");

        table.ExitCode.Should().Be(0, table.Error);
        table.Out.Should().NotContain("= reported 0 + mirror 0 ");
        table.Out.Should().Contain("Mirror fill: scope minerals, exports: n/a (the data has no commodity rows for ")
            .And.Contain("neither from their own rows nor by mirror from the reports of CHN, DEU, USA)");
        var flows = ParseJson(json.Out).GetProperty("reporters")[0].GetProperty("mirrorFill").GetProperty("flows").EnumerateArray().ToList();
        foreach (var flow in flows.Where(static f => f.GetProperty("commodities").GetString() == Minerals))
        {
            flow.GetProperty("totalUsd").ValueKind.Should().Be(JsonValueKind.Null);
            flow.GetProperty("reportedUsd").ValueKind.Should().Be(JsonValueKind.Null);
            flow.GetProperty("absentReason").GetString().Should().Contain("TOTAL rows at most");
            flow.GetProperty("absent").GetProperty("kind").GetString().Should().Be("noCommodityRows");
            flow.GetProperty("absent").GetProperty("partners").EnumerateArray().Select(static p => p.GetString()).Should().Equal("156", "276", "842");
            flow.GetProperty("coverage").GetProperty("covered").GetArrayLength().Should().Be(0);
        }
    }

    [Fact]
    public async Task Shares_with_fill_mirror_says_the_mirror_part_is_the_trade_with_the_reporting_partners_only_in_the_table_and_json()
    {
        if (SharedComtradePlus is not { } file)
        {
            return;
        }

        var table = await CliRun.RunAsync("shares", file, "--reporter", "ASEAN", "--fill", "mirror");
        var json = await CliRun.RunAsync("shares", file, "--reporter", "ASEAN", "--fill", "mirror", "--format", "json");

        // 826,046,932,522.757: China's, the USA's and Germany's imports from the ten members (the first test's CSV scan; the
        // reviewer's Python sum too). No member reports, so every member is mirror-filled from the three, with no other partner.
        var exports = ComtradePlusCsvScan.SumByReporter(file, "M", ComtradePlusCsvScan.Asean2022).Values.Sum();
        var money = exports.ToString("#,##0.###", CultureInfo.InvariantCulture);
        table.Out.Should().Contain($"Mirror fill: {AllCommodities}, exports: {money} = reported 0 + mirror {money} (100.00% mirror-based): exports to CHN, DEU and USA only, the partners that report them");
        table.Out.Should().Contain("Mirror fill:   members: reported: none; mirror-filled from CHN DEU USA: BRN KHM IDN LAO MYS MMR PHL SGP THA VNM; missing: none");
        table.Out.Should().Contain($"Coverage: 10 of 10 members: BRN KHM IDN LAO MYS MMR PHL SGP THA VNM (mirror fill, {AllCommodities}, exports;");
        var flow = ParseJson(json.Out).GetProperty("reporters")[0].GetProperty("mirrorFill").GetProperty("flows").EnumerateArray()
            .Single(static f => f.GetProperty("direction").GetString() == "exports" && f.GetProperty("commodities").GetString() == AllCommodities);
        flow.GetProperty("partnerScope").GetString().Should().Be("exports to CHN, DEU and USA only, the partners that report them");
        flow.GetProperty("mirrorReporters").EnumerateArray().Select(static r => r.GetString()).Should().Equal("156", "276", "842");
        flow.GetProperty("members").EnumerateArray().Should().HaveCount(10).And.OnlyContain(static m => m.GetProperty("fill").GetString() == "mirrorFilled");
    }

    [Fact]
    public async Task Shares_with_fill_mirror_on_mixed_coverage_says_who_is_reported_who_is_filled_from_whom_and_who_is_missing()
    {
        // Fixtures/mirror-mixed-2022.jsonl (see Fixtures/README.md), worked by hand, scope minerals (HS 26 rows):
        // exports: Malaysia reports 7 (to Indonesia); Indonesia reports to the World only, so it is filled from China's
        // imports from it (60) and Malaysia's (30): 7 + 90 = 97, 90 mirror-based.
        // imports: Malaysia reports 30 + 20 = 50; Indonesia filled from Malaysia's exports to it (7): 57.
        // All commodities (TOTAL rows), exports: Indonesia filled from Malaysia's TOTAL imports from it (300); China reports
        // it by chapter only (too coarse for TOTAL rows); Malaysia reports no TOTAL exports (HS 26 only) and nobody reports
        // importing from it: missing, for want of TOTAL rows. The other eight members have no rows on any side.
        var run = await CliRun.RunAsync("shares", Fixture("mirror-mixed-2022.jsonl"), "--reporter", "ASEAN", "--fill", "mirror", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var flows = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mirrorFill").GetProperty("flows").EnumerateArray().ToList();
        var exports = flows.Single(static f => f.GetProperty("direction").GetString() == "exports" && f.GetProperty("commodities").GetString() == Minerals);
        exports.GetProperty("reportedUsd").GetDecimal().Should().Be(7m);
        exports.GetProperty("mirrorUsd").GetDecimal().Should().Be(90m);
        exports.GetProperty("totalUsd").GetDecimal().Should().Be(97m);
        exports.GetProperty("membersText").GetString().Should().Be("reported: MYS; mirror-filled from CHN MYS: IDN; missing: BRN KHM LAO MMR PHL SGP THA VNM (no rows)");
        exports.GetProperty("partnerScope").GetString().Should().Be(
            "exports to all partners for the members reported, to CHN and MYS only for the members mirror-filled (the partners that report them)");
        exports.GetProperty("coverage").GetProperty("covered").EnumerateArray().Select(static c => c.GetString()).Should().Equal("360", "458");
        var imports = flows.Single(static f => f.GetProperty("direction").GetString() == "imports" && f.GetProperty("commodities").GetString() == Minerals);
        imports.GetProperty("totalUsd").GetDecimal().Should().Be(57m);
        imports.GetProperty("mirrorUsd").GetDecimal().Should().Be(7m);
        var total = flows.Single(static f => f.GetProperty("direction").GetString() == "exports" && f.GetProperty("commodities").GetString() == AllCommodities);
        total.GetProperty("totalUsd").GetDecimal().Should().Be(300m);
        var indonesia = total.GetProperty("members").EnumerateArray().Single(static m => m.GetProperty("code").GetString() == "360");
        indonesia.GetProperty("fill").GetString().Should().Be("mirrorFilled");
        indonesia.GetProperty("sources").EnumerateArray().Select(static c => c.GetString()).Should().Equal("458");
        indonesia.GetProperty("coarseSources").EnumerateArray().Select(static c => c.GetString()).Should().Equal("156");
        var malaysia = total.GetProperty("members").EnumerateArray().Single(static m => m.GetProperty("code").GetString() == "458");
        malaysia.GetProperty("fill").GetString().Should().Be("missing");
        malaysia.GetProperty("gap").GetString().Should().Be("noTotalRows"); // HS 26 exports only: their sum is not total trade
    }

    [Fact]
    public async Task Shares_with_fill_mirror_and_require_coverage_all_gives_no_mirror_figure_for_2_of_10_members()
    {
        var run = await CliRun.RunAsync("shares", Fixture("mirror-mixed-2022.jsonl"), "--reporter", "ASEAN", "--fill", "mirror", "--require-coverage", "all", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var flows = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mirrorFill").GetProperty("flows").EnumerateArray().ToList();
        flows.Should().HaveCount(4).And.OnlyContain(static f => f.GetProperty("totalUsd").ValueKind == JsonValueKind.Null);
        flows.Select(static f => f.GetProperty("absent").GetProperty("kind").GetString()).Should().AllBe("coverageShort");
    }

    [Fact]
    public async Task A_CIF_FOB_factor_given_with_fill_mirror_scales_the_estimates_and_is_stated_as_an_assumption()
    {
        // Fixtures/mirror-mixed-2022.jsonl, scope minerals: exports 7 reported + (60 + 30) x 0.95 = 92.5; imports 50 + 7 / 0.95.
        var run = await CliRun.RunAsync("shares", Fixture("mirror-mixed-2022.jsonl"), "--reporter", "ASEAN", "--fill", "mirror", "--cif-fob-factor", "0.95", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var mirror = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mirrorFill");
        mirror.GetProperty("cifToFobFactor").GetDecimal().Should().Be(0.95m);
        mirror.GetProperty("basis").GetString().Should().Contain("CIF/FOB factor of 0.95").And.Contain("an assumption");
        var flows = mirror.GetProperty("flows").EnumerateArray().Where(static f => f.GetProperty("commodities").GetString() == Minerals).ToList();
        flows.Single(static f => f.GetProperty("direction").GetString() == "exports").GetProperty("totalUsd").GetDecimal().Should().Be(92.5m);
        flows.Single(static f => f.GetProperty("direction").GetString() == "imports").GetProperty("totalUsd").GetDecimal().Should().Be(50m + (7m / 0.95m));
    }

    [Fact]
    public async Task A_CIF_FOB_factor_in_exponent_notation_is_taken()
    {
        // 9.5e-1 is 0.95: the same 92.5 as above. Before, it was refused as "expected a number".
        var run = await CliRun.RunAsync("shares", Fixture("mirror-mixed-2022.jsonl"), "--reporter", "ASEAN", "--fill", "mirror", "--cif-fob-factor", "9.5e-1", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mirrorFill").GetProperty("cifToFobFactor").GetDecimal().Should().Be(0.95m);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2")]
    [InlineData("abc")]
    [InlineData("0,95")]
    [InlineData("1e-30")]
    public async Task A_CIF_FOB_factor_outside_zero_to_one_is_a_usage_error_naming_the_option(string factor)
    {
        var run = await CliRun.RunAsync("shares", Fixture("mirror-mixed-2022.jsonl"), "--fill", "mirror", $"--cif-fob-factor={factor}");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain($"--cif-fob-factor {factor}: expected a number above 0 and at most 1").And.NotContain("   at ");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task A_CIF_FOB_factor_without_fill_mirror_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("shares", Fixture("mirror-mixed-2022.jsonl"), "--cif-fob-factor", "0.95");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--cif-fob-factor 0.95: the factor values mirror estimates; give it with --fill mirror");
    }
}
