using System.Text.Json;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

public sealed class ConvertAndSchemaCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Convert_writes_the_records_of_the_cement_clinker_excerpt_and_prints_how_its_77_rows_were_accounted_for()
    {
        var output = Path.Combine(_folder, "clinker.jsonl");

        var run = await CliRun.RunAsync("convert", Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "-o", output);

        // Counted in the file: 77 data rows; 24 are aggregate rows (2nd partner 0, customs C00, transport 0) of flows M and X;
        // the other 53 are breakdowns (39 of M and X) or subset flows (14 rows of RX, RM, DX, FM), all set aside.
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("(LegacyBulkCsv, Utf8): 77 rows read = 24 records + 53 set aside (48 Breakdown, 5 SubsetFlow) + 0 rejected");
        run.Out.Should().Contain($"{output}: 24 records written as JSON Lines");
        File.ReadAllLines(output).Should().HaveCount(24).And.AllSatisfy(line => JsonDocument.Parse(line).RootElement.GetProperty("commodity").GetString().Should().Be("252310"));
    }

    [Fact]
    public async Task Convert_stops_at_a_rejected_row_with_its_line_and_rule_exit_code_1_and_no_output_file()
    {
        var input = BrokenComtradeFile();
        var output = Path.Combine(_folder, "broken.jsonl");

        var run = await CliRun.RunAsync("convert", input, "-o", output);

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Should().StartWith($"{input}:3: AMC5004 ");
        run.Error.Should().NotContain("   at ");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Convert_with_skip_rejected_writes_the_good_rows_counts_the_rejected_one_and_exits_1()
    {
        var input = BrokenComtradeFile();
        var output = Path.Combine(_folder, "partial.jsonl");

        var run = await CliRun.RunAsync("convert", input, "-o", output, "--skip-rejected");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("(LegacyApiCsv, Utf8): 2 rows read = 1 records + 0 set aside + 1 rejected (1 AMC5004)");
        run.Error.Should().StartWith($"{input}:3: AMC5004 ");
        File.ReadAllLines(output).Should().ContainSingle();
    }

    [Fact]
    public async Task Schema_writes_the_four_core_schemas_and_the_shares_report_schema_as_JSON()
    {
        var run = await CliRun.RunAsync("schema", "-o", _folder);

        run.ExitCode.Should().Be(0);
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo(
            "reference-data.schema.json", "trade-dataset.schema.json", "trade-record.schema.json", "classification.schema.json", "shares-report.schema.json");
        JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder, "shares-report.schema.json"))).RootElement.GetProperty("$id").GetString()
            .Should().Be("urn:asean-minerals:schema:shares-report:1");
    }

    // The header and first row of the legacy API excerpt (Albania 2017 imports), then its export row with a trade value that is no number.
    private string BrokenComtradeFile()
    {
        var lines = File.ReadLines(LegacyWorldOnly).Take(3).ToArray();
        lines[2] = lines[2].Replace(",2261555720,", ",22615x5720,", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "broken.csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}
