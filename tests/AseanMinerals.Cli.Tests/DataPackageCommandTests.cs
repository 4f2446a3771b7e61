using System.Text.Json.Nodes;
using AseanMinerals.Testing.DataPackages;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>The <c>datapackage.json</c> that <c>convert</c> writes beside every dataset it makes, against the published profiles.</summary>
public sealed class DataPackageCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-datapackage-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("trade.jsonl", null, "trade.datapackage.json", "jsonl", "trade.jsonl")]
    [InlineData("trade.csv", null, "trade.datapackage.json", "csv", "trade.csv")]
    [InlineData("trade.parquet", null, "trade.datapackage.json", "parquet", "trade.parquet")]
    [InlineData("trade.arrow", null, "trade.datapackage.json", "arrow", "trade.arrow")]
    [InlineData("trade", "year,reporter", "trade/datapackage.json", "parquet", "year=2022/reporter=156/part-0.parquet")]
    public async Task Every_dataset_convert_makes_has_a_valid_descriptor_beside_it(string output, string? partitionBy, string descriptorName, string format, string firstPath)
    {
        var target = Path.Combine(_folder, output);
        string[] arguments = partitionBy is null ? ["convert", ComtradePlusExcerpt, "-o", target] : ["convert", ComtradePlusExcerpt, "-o", target, "--partition-by", partitionBy];

        var run = await CliRun.RunAsync(arguments);

        run.ExitCode.Should().Be(0, run.Error);
        var descriptor = await File.ReadAllTextAsync(Path.Combine(_folder, descriptorName));
        DataPackageProfiles.Problems(descriptor).Should().BeEmpty();
        var resource = JsonNode.Parse(descriptor)!["resources"]![0]!;
        resource["format"]!.GetValue<string>().Should().Be(format);
        var paths = resource["path"] is JsonArray array ? array.Select(p => p!.GetValue<string>()).ToList() : [resource["path"]!.GetValue<string>()];
        paths[0].Should().Be(firstPath);
        // The source is the file converted; no licence is claimed (the tool does not know the data's terms).
        JsonNode.Parse(descriptor)!["sources"]![0]!["title"]!.GetValue<string>().Should().Be("comtradeplus-total-2022.csv");
        JsonNode.Parse(descriptor)!.AsObject().ContainsKey("licenses").Should().BeFalse();
    }

    [Fact]
    public async Task The_CSV_header_is_the_descriptor_s_field_names_and_every_record_is_a_line()
    {
        var target = Path.Combine(_folder, "trade.csv");

        var run = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", target);

        run.ExitCode.Should().Be(0, run.Error);
        var descriptor = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "trade.datapackage.json")))!;
        var fields = descriptor["resources"]![0]!["schema"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>());
        var text = await File.ReadAllTextAsync(target);
        var lines = text.Split("\r\n");
        lines[0].Split(',').Should().Equal(fields);
        // The last line ends with CRLF, so the split leaves one empty piece; the rest are the records the command counted.
        lines[^1].Should().BeEmpty();
        run.Out.Should().Contain($"{lines.Length - 2:N0} records written as CSV");
        lines.Length.Should().BeGreaterThan(2);
    }

    [Fact]
    public async Task A_JSON_Lines_file_converts_to_the_same_CSV_as_its_Comtrade_source()
    {
        var jsonLines = Path.Combine(_folder, "trade.jsonl");
        var direct = Path.Combine(_folder, "direct.csv");
        var viaJsonLines = Path.Combine(_folder, "via.csv");
        (await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", jsonLines)).ExitCode.Should().Be(0);
        (await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", direct)).ExitCode.Should().Be(0);

        var run = await CliRun.RunAsync("convert", jsonLines, "-o", viaJsonLines);

        run.ExitCode.Should().Be(0, run.Error);
        (await File.ReadAllBytesAsync(viaJsonLines)).Should().Equal(await File.ReadAllBytesAsync(direct));
        DataPackageProfiles.Problems(await File.ReadAllTextAsync(Path.Combine(_folder, "via.datapackage.json"))).Should().BeEmpty();
    }

    [Fact]
    public async Task An_existing_CSV_is_kept_without_force()
    {
        var target = Path.Combine(_folder, "trade.csv");
        await File.WriteAllTextAsync(target, "keep me");

        var run = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", target);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("exists").And.Contain("--force");
        (await File.ReadAllTextAsync(target)).Should().Be("keep me");
        File.Exists(Path.Combine(_folder, "trade.datapackage.json")).Should().BeFalse();
    }

    [Fact]
    public async Task Two_conversions_into_one_folder_keep_a_descriptor_each()
    {
        var a = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", Path.Combine(_folder, "a.jsonl"));
        var b = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", Path.Combine(_folder, "b.parquet"));

        a.ExitCode.Should().Be(0, a.Error);
        b.ExitCode.Should().Be(0, b.Error);
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "a.datapackage.json")))!["resources"]![0]!["path"]!.GetValue<string>().Should().Be("a.jsonl");
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_folder, "b.datapackage.json")))!["resources"]![0]!["path"]!.GetValue<string>().Should().Be("b.parquet");
    }

    [Fact]
    public async Task An_existing_descriptor_stops_the_conversion_before_anything_is_written()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "trade.datapackage.json"), "keep me");
        var target = Path.Combine(_folder, "trade.jsonl");

        var run = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", target);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("trade.datapackage.json exists").And.Contain("--force");
        File.Exists(target).Should().BeFalse();
        (await File.ReadAllTextAsync(Path.Combine(_folder, "trade.datapackage.json"))).Should().Be("keep me");
    }

    [Fact]
    public async Task With_force_the_descriptor_is_replaced()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "trade.datapackage.json"), "{}");

        var run = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", Path.Combine(_folder, "trade.jsonl"), "--force");

        run.ExitCode.Should().Be(0, run.Error);
        DataPackageProfiles.Problems(await File.ReadAllTextAsync(Path.Combine(_folder, "trade.datapackage.json"))).Should().BeEmpty();
    }
}
