using System.Text.Json;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary><c>convert -o *.parquet</c>, <c>convert -o DIR --partition-by</c>, and <c>shares</c> on what they wrote.</summary>
public sealed class ParquetCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Convert_to_a_partitioned_dataset_writes_a_folder_per_year_and_reporter_and_the_data_package()
    {
        var output = Path.Combine(_folder, "trade");

        var run = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", output, "--partition-by", "year,reporter");

        // The excerpt's records are of 2022, reported by China (156), Germany (276) and the United States (842).
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain($"{output}: ").And.Contain("records written as Parquet");
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)
            .Should().Equal("datapackage.json", "year=2022/reporter=156/part-0.parquet", "year=2022/reporter=276/part-0.parquet", "year=2022/reporter=842/part-0.parquet");
        using var package = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "datapackage.json")));
        package.RootElement.GetProperty("sources")[0].GetProperty("title").GetString().Should().Be("comtradeplus-total-2022.csv");
    }

    [Fact]
    public async Task Shares_of_the_parquet_dataset_are_the_shares_of_the_comtrade_file()
    {
        var output = Path.Combine(_folder, "trade");
        (await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", output, "--partition-by", "year,reporter")).ExitCode.Should().Be(0);

        var run = await CliRun.RunAsync("shares", output, "--reporter", "CHN", "--format", "json");

        // As the test on the CSV itself: China's imports from the ten members over its imports from the World (fixture README).
        run.ExitCode.Should().Be(0, run.Error);
        var imports = PartnerShare(Reporter(ParseJson(run.Out), "China"), "imports", "ofTotalTrade");
        Decimal(imports.GetProperty("numeratorUsd")).Should().Be(408_053_988_033m);
        Decimal(imports.GetProperty("denominatorUsd")).Should().Be(2_715_997_517_261m);
        Decimal(imports.GetProperty("percent")).Should().Be(15.02m);
    }

    [Fact]
    public async Task Convert_to_one_parquet_file_and_read_it_back_with_shares()
    {
        var output = Path.Combine(_folder, "trade.parquet");

        var convert = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", output);
        var shares = await CliRun.RunAsync("shares", output, "--reporter", "156", "--format", "json");

        convert.ExitCode.Should().Be(0, convert.Error);
        File.Exists(Path.Combine(_folder, "trade.datapackage.json")).Should().BeTrue();
        shares.ExitCode.Should().Be(0, shares.Error);
        Decimal(PartnerShare(Reporter(ParseJson(shares.Out), "China"), "imports", "ofTotalTrade").GetProperty("percent")).Should().Be(15.02m);
    }

    [Fact]
    public async Task Convert_to_an_arrow_file_and_read_it_back_with_shares()
    {
        var output = Path.Combine(_folder, "trade.arrow");

        var convert = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", output);
        var shares = await CliRun.RunAsync("shares", output, "--reporter", "156", "--format", "json");

        // The same figure as from the CSV itself and from Parquet: China's imports from the ten members, 15.02%.
        convert.ExitCode.Should().Be(0, convert.Error);
        convert.Out.Should().Contain("records written as Arrow");
        shares.ExitCode.Should().Be(0, shares.Error);
        Decimal(PartnerShare(Reporter(ParseJson(shares.Out), "China"), "imports", "ofTotalTrade").GetProperty("percent")).Should().Be(15.02m);
    }

    [Fact]
    public async Task An_arrow_file_is_not_partitioned()
    {
        var run = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", Path.Combine(_folder, "trade.arrow"), "--partition-by", "year");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("an Arrow file is one file");
    }

    [Fact]
    public async Task An_existing_parquet_file_is_not_replaced_and_the_exit_code_is_2()
    {
        var output = Path.Combine(_folder, "trade.parquet");
        await File.WriteAllTextAsync(output, "keep me");

        var run = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", output);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("trade.parquet").And.Contain("exists; add --force to replace it");
        (await File.ReadAllTextAsync(output)).Should().Be("keep me");
    }

    [Fact]
    public async Task An_unknown_partition_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("convert", ComtradePlusExcerpt, "-o", Path.Combine(_folder, "trade"), "--partition-by", "partner");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("'partner' is not a partition");
    }

    [Fact]
    public async Task Json_lines_convert_to_parquet_with_every_record_kept()
    {
        var output = Path.Combine(_folder, "hand-made.parquet");

        var run = await CliRun.RunAsync("convert", HandMade, "-o", output);

        // Every non-blank line of the hand-made file is a record; the same count is written.
        var lines = File.ReadLines(HandMade).Count(line => !string.IsNullOrWhiteSpace(line));
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain($"{output}: {lines:N0} records written as Parquet");
    }

    [Fact]
    public async Task A_value_finer_than_the_parquet_scale_is_refused_naming_the_record_and_nothing_is_written()
    {
        // 0.0000000001 has ten decimals; the Parquet value column keeps nine (DECIMAL(38,9)).
        var input = Path.Combine(_folder, "fine.jsonl");
        await File.WriteAllTextAsync(input, """{"period":"2022","reporter":"360","partner":"458","flow":"export","commodity":"2601","value":0.0000000001}""");
        var output = Path.Combine(_folder, "fine.parquet");

        var run = await CliRun.RunAsync("convert", input, "-o", output);

        run.ExitCode.Should().Be(1, run.Error);
        run.Error.Should().Contain("the record 2022 360->458 X 2601").And.Contain("more than 9 decimals").And.NotContain("Parameter").And.NotContain("TradeParquetWriteOptions");
        File.Exists(output).Should().BeFalse();
    }
}
