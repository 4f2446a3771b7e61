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
    }
}
