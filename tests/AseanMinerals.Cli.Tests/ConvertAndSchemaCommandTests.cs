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

    [Theory]
    [InlineData("unsd", "UNSD conversion")]
    [InlineData("equal", "equal split")]
    [InlineData("trade", "trade-weighted split")]
    public async Task Convert_to_an_edition_writes_every_record_in_it_with_the_value_of_each_year_kept(string split, string described)
    {
        var plain = Path.Combine(_folder, "as-reported.jsonl");
        var converted = Path.Combine(_folder, $"h6-{split}.jsonl");

        (await CliRun.RunAsync("convert", Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "-o", plain)).ExitCode.Should().Be(0);
        var run = await CliRun.RunAsync("convert", Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "-o", converted, "--to-edition", "H6", "--split", split);

        // 252310 is 1:1 in every UNSD table (hs 252310), so each of the 24 records converts to H6 unchanged: the sums per
        // year equal those of the as-reported records, read from the plain conversion of the same file.
        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain($"asean-minerals: 24 of 24 records converted to H6 ({described}); US$0 moved between codes");
        var after = File.ReadAllLines(converted).Select(static l => JsonDocument.Parse(l).RootElement).ToList();
        after.Should().HaveCount(24).And.OnlyContain(static r => r.GetProperty("revision").GetString() == "H6");
        SumsByYear(after).Should().Equal(SumsByYear(File.ReadAllLines(plain).Select(static l => JsonDocument.Parse(l).RootElement).ToList()));
    }

    [Theory]
    [InlineData("unsd", "811231:300")]
    [InlineData("equal", "811231:100,811241:100,811292:100")]
    public async Task Convert_splits_a_one_to_many_code_as_asked(string split, string expected)
    {
        // HS 2017 811292 (gallium, hafnium, indium, niobium, rhenium ..., unwrought) is 1:n to HS 2022 811231 (hafnium),
        // 811241 (rhenium) and 811292 (gallium, germanium, indium, niobium, vanadium), UNSD's conversion 811231 (UNSD
        // table, as `hs 811292 --edition H5 --to H6` prints it). US$300: all to 811231, or 100 to each of the three.
        var lines = File.ReadLines(LegacyWorldOnly).Take(2).ToArray();
        var input = Path.Combine(_folder, "hafnium-2020.csv");
        File.WriteAllLines(input, [lines[0], "H5,2020,2020,2020,6,1,0,X,36,Australia,AUS,0,World,W00,0,World,W00,C00,All CPCs,0,All MOTs,811292,\"Gallium, hafnium, indium, niobium, rhenium; unwrought\",8,kg,900,-1,N/A,,900,,300,,300,0"]);
        var output = Path.Combine(_folder, $"hafnium-{split}.jsonl");

        var run = await CliRun.RunAsync("convert", input, "-o", output, "--to-edition", "H6", "--split", split);

        run.ExitCode.Should().Be(0, run.Error);
        var written = File.ReadAllLines(output).Select(static l => JsonDocument.Parse(l).RootElement)
            .Select(static r => $"{r.GetProperty("commodity").GetString()}:{r.GetProperty("value").GetDecimal():0.######}");
        string.Join(",", written.Order(StringComparer.Ordinal)).Should().Be(expected);
    }

    [Fact]
    public async Task Convert_to_an_edition_writes_where_each_converted_record_came_from()
    {
        // HS 2017 811292 converts whole to HS 2022 811231 under UNSD's conversion (see the test above): one record, weight 1.
        var lines = File.ReadLines(LegacyWorldOnly).Take(2).ToArray();
        var input = Path.Combine(_folder, "hafnium-2020-provenance.csv");
        File.WriteAllLines(input, [lines[0], "H5,2020,2020,2020,6,1,0,X,36,Australia,AUS,0,World,W00,0,World,W00,C00,All CPCs,0,All MOTs,811292,\"Gallium, hafnium, indium, niobium, rhenium; unwrought\",8,kg,900,-1,N/A,,900,,300,,300,0"]);
        var output = Path.Combine(_folder, "hafnium-provenance.jsonl");

        var run = await CliRun.RunAsync("convert", input, "-o", output, "--to-edition", "H6");

        run.ExitCode.Should().Be(0, run.Error);
        var record = JsonDocument.Parse(File.ReadAllLines(output).Should().ContainSingle().Which).RootElement;
        record.GetProperty("commodity").GetString().Should().Be("811231");
        record.GetProperty("conversion").GetRawText().Should().Be("{\"sourceCommodity\":\"811292\",\"sourceRevision\":\"H5\",\"weight\":1}");
    }

    [Theory]
    [InlineData("--split needs --to-edition", "--split", "equal")]
    [InlineData("--to-edition 'H9' is not an HS edition", "--to-edition", "H9")]
    [InlineData("--split 'half' is not a split mode: unsd, equal or trade.", "--to-edition", "H6", "--split", "half")]
    public async Task Convert_refuses_a_wrong_edition_or_split_as_a_usage_error_writing_nothing(string message, params string[] options)
    {
        var output = Path.Combine(_folder, "refused.jsonl");

        var run = await CliRun.RunAsync(["convert", Fixture("legacy-bulk-hs252310-cement-clinker.csv"), "-o", output, .. options]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
        File.Exists(output).Should().BeFalse();
    }

    private static List<KeyValuePair<string, decimal>> SumsByYear(List<JsonElement> records) =>
        [.. records.GroupBy(static r => r.GetProperty("period").GetString()!).OrderBy(static g => g.Key, StringComparer.Ordinal)
            .Select(static g => KeyValuePair.Create(g.Key, g.Sum(static r => r.GetProperty("value").GetDecimal())))];

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
