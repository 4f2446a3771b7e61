using System.Text.Json;
using AseanMinerals.Cli.Schema;
using Json.Schema;

namespace AseanMinerals.Cli.Tests;

public class ProductionCommandTests : IDisposable
{
    private static readonly string Mcs2025 = Support.Fixture("usgs/MCS2025_World_Data_excerpt.csv");
    private static readonly string Mcs2024Nickel = Support.Fixture("usgs/mcs2024-nicke_world.csv");
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-production-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Production_json_gives_Asean_nickel_share_2023_against_both_bases_and_is_valid_against_its_schema()
    {
        var run = await CliRun.RunAsync("production", Mcs2025, "--commodity", "nickel", "--year", "2023", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        ShouldMatchTheSchema(document);

        // By hand from MCS2025: (2,030,000 + 413,000) / 3,750,000 and / 3,748,100 (the rows, "Other countries" included).
        var series = document.RootElement.GetProperty("series").EnumerateArray().Single();
        (series.GetProperty("groupAmount").GetDecimal(), series.GetProperty("shareOfPublishedTotal").GetDecimal(), series.GetProperty("shareOfRowSum").GetDecimal())
            .Should().Be((2_443_000m, 2_443_000m / 3_750_000m, 2_443_000m / 3_748_100m));
        series.GetProperty("memberRanks").EnumerateArray().Select(r => (r.GetProperty("name").GetString(), r.GetProperty("rank").GetInt32()))
            .Should().Equal(("Indonesia", 1), ("Philippines", 2));
    }

    [Fact]
    public async Task Production_reports_every_input_row_on_stderr_and_the_rejected_row_with_its_line()
    {
        var run = await CliRun.RunAsync("production", Mcs2025, "--commodity", "tin");

        run.ExitCode.Should().Be(0);
        run.Error.Should().Contain("55 rows read = 43 with country figures + 11 set aside").And.Contain("MCS2025_World_Data_excerpt.csv:52: AMC7003");
        // 116,070 t of ASEAN tin over the published 305,000 t: 38.056%, printed with two decimals as every share of the tool.
        run.Out.Should().Contain("| Tin").And.Contain("38.06%");
    }

    [Fact]
    public async Task Two_releases_keep_the_latest_by_default_and_list_revisions_when_asked()
    {
        var run = await CliRun.RunAsync("production", Mcs2024Nickel, Mcs2025, "--commodity", "nickel", "--year", "2023", "--revisions", "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        document.RootElement.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("release").GetString()).Should().Equal("MCS2025");
        // Indonesia 2023: 1,800,000 (MCS2024, estimate) -> 2,030,000 (MCS2025).
        var indonesia = document.RootElement.GetProperty("revisions").EnumerateArray().Single(r => r.GetProperty("area").GetString() == "360");
        (indonesia.GetProperty("earlier").GetProperty("release").GetString(), indonesia.GetProperty("change").GetDecimal()).Should().Be(("MCS2024", 230_000m));
    }

    [Fact]
    public async Task Csv_to_a_file_and_a_chart_are_written_whole_and_an_existing_file_is_replaced_only_with_force()
    {
        var csv = Path.Combine(_folder, "nickel.csv");
        var png = Path.Combine(_folder, "share.png");

        var run = await CliRun.RunAsync("production", Mcs2025, "--format", "csv", "-o", csv, "--chart", png);
        var again = await CliRun.RunAsync("production", Mcs2025, "--format", "csv", "-o", csv);

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllLines(csv)[0].Should().StartWith("group,commodity,kind,stage,measure,year,release,unit,group_amount");
        File.ReadAllBytes(png).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        again.ExitCode.Should().Be(2);
        again.Error.Trim().Split('\n')[^1].Should().Be($"asean-minerals: -o {csv}: exists; add --force to replace it");
        Directory.GetFiles(_folder).Should().HaveCount(2, "no temporary file is left behind");

        // A stale file stands for the old output: refused without --force (kept byte for byte), replaced with it.
        File.WriteAllText(csv, "stale\n");
        var refused = await CliRun.RunAsync("production", Mcs2025, "--format", "csv", "-o", csv, "--chart", png);
        refused.ExitCode.Should().Be(2);
        File.ReadAllText(csv).Should().Be("stale\n");
        var forced = await CliRun.RunAsync("production", Mcs2025, "--format", "csv", "-o", csv, "--chart", png, "--force");
        forced.ExitCode.Should().Be(0, forced.Error);
        File.ReadAllLines(csv)[0].Should().StartWith("group,commodity,kind,stage,measure,year,release,unit,group_amount");
        Directory.GetFiles(_folder).Should().HaveCount(2, "the new files were moved over the old ones");
    }

    [Fact]
    public async Task Xlsx_goes_to_a_new_workbook_and_needs_a_file()
    {
        var workbook = Path.Combine(_folder, "production.xlsx");

        var run = await CliRun.RunAsync("production", Mcs2025, "--commodity", "nickel", "--format", "xlsx", "-o", workbook);
        var noFile = await CliRun.RunAsync("production", Mcs2025, "--format", "xlsx");

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllBytes(workbook).Take(2).Should().Equal((byte)'P', (byte)'K'); // a zip package
        noFile.ExitCode.Should().Be(2);
        noFile.Error.Should().Contain("--format xlsx: a workbook is written to a file");
    }

    [Fact]
    public async Task An_unknown_commodity_is_one_line_and_exit_code_2()
    {
        var run = await CliRun.RunAsync("production", Mcs2025, "--commodity", "unobtainium");

        run.ExitCode.Should().Be(2);
        run.Error.Trim().Should().StartWith("asean-minerals: --commodity unobtainium: not a USGS commodity");
    }

    [Fact]
    public async Task Trade_files_put_the_groups_exports_beside_its_production_without_dividing_them()
    {
        var run = await CliRun.RunAsync(
            "production", Mcs2025, "--commodity", "nickel", "--year", "2023", "--format", "json",
            "--trade", Support.Fixture("nickel-exports-2023.jsonl"), "--hs", "2604,7501");

        run.ExitCode.Should().Be(0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        ShouldMatchTheSchema(document);
        var trade = document.RootElement.GetProperty("series")[0].GetProperty("tradeBeside");
        // The fixture by hand: exports to the World 1,000 (360, 2604, 2,000 t) + 5,000 (360, 7501, no weight) + 300
        // (608, 2604, 900 t) = 6,300 US$ and 2,900 t of goods; the 608 -> 156 row is a partner row and is left out.
        (trade.GetProperty("valueUsd").GetDecimal(), trade.GetProperty("netWeightTonnes").GetDecimal(), trade.GetProperty("records").GetInt32())
            .Should().Be((6_300m, 2_900m, 3));
        trade.GetProperty("unitQuestion").GetString().Should().Contain("never divided");
    }

    [Fact]
    public async Task The_same_file_given_twice_is_refused_with_AMC7007_and_exit_code_1_not_counted_twice()
    {
        var run = await CliRun.RunAsync("production", Mcs2024Nickel, Mcs2024Nickel, "--commodity", "nickel");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("AMC7007");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Trade_without_hs_codes_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("production", Mcs2025, "--trade", Support.Fixture("nickel-exports-2023.jsonl"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--trade and --hs go together");
    }

    private static void ShouldMatchTheSchema(JsonDocument document)
    {
        var schema = JsonSchema.FromText(ToolSchemas.ProductionReport, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }
}
