using System.Text.Json.Nodes;
using AseanMinerals.Core.DataPackages;
using AseanMinerals.Testing.DataPackages;

namespace AseanMinerals.Core.Tests.DataPackages;

/// <summary>
/// The one descriptor generator, for each format, against the published profiles (tests/AseanMinerals.Testing/
/// DataPackages/SOURCE.md) and the JSON schema it is generated from.
/// </summary>
public sealed class TradeDataPackageTests
{
    private static readonly TradeDataPackageSource[] Licences = [new("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")];
    private static readonly TradeDataPackageSource[] Sources = [new("UN Comtrade+", "https://comtradeplus.un.org")];

    [Theory]
    [InlineData(TradeDataFormat.JsonLines, "trade.jsonl")]
    [InlineData(TradeDataFormat.Csv, "trade.csv")]
    [InlineData(TradeDataFormat.Parquet, "year=2022/reporter=360/part-0.parquet")]
    [InlineData(TradeDataFormat.Arrow, "trade.arrow")]
    public void The_descriptor_of_every_format_is_valid_against_the_published_profiles(TradeDataFormat format, string path)
    {
        var descriptor = TradeDataPackage.Create(format, "asean-trade", [path], Licences, Sources);

        DataPackageProfiles.Problems(descriptor).Should().BeEmpty();
    }

    [Theory]
    [InlineData(TradeDataFormat.JsonLines)]
    [InlineData(TradeDataFormat.Parquet)]
    public void Without_licences_or_sources_the_members_are_left_out_and_the_descriptor_stays_valid(TradeDataFormat format)
    {
        // The profile wants at least one licence and one source when the member is there; the tool knows neither licence nor, at times, source.
        var descriptor = TradeDataPackage.Create(format, "trade", ["a", "b"], [], []);

        var package = JsonNode.Parse(descriptor)!.AsObject();
        package.ContainsKey("licenses").Should().BeFalse();
        package.ContainsKey("sources").Should().BeFalse();
        DataPackageProfiles.Problems(descriptor).Should().BeEmpty();
    }

    [Fact]
    public void The_profiles_catch_what_they_are_meant_to_catch()
    {
        // Not a vacuous check: an empty licence list, a resource without a path and a field without a name are each refused.
        var package = JsonNode.Parse(TradeDataPackage.Create(TradeDataFormat.Csv, "trade", ["trade.csv"], Licences, Sources))!.AsObject();
        package["licenses"] = new JsonArray();
        package["resources"]![0]!.AsObject().Remove("path");
        package["resources"]![0]!["schema"]!["fields"]![0]!.AsObject().Remove("name");
        package["resources"]![0]!["schema"]!["primaryKey"]!.AsArray().Add((JsonNode)"nowhere");

        var problems = DataPackageProfiles.Problems(package.ToJsonString());

        problems.Should().Contain(p => p.StartsWith("data-package.json /licenses", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("data-package.json /resources/0", StringComparison.Ordinal));
        problems.Should().Contain(p => p.StartsWith("table-schema.json /fields/0", StringComparison.Ordinal));
        problems.Should().Contain("resource trade-records: the primary key column nowhere is not a field");
    }

    [Fact]
    public void The_vendored_profiles_use_no_keyword_whose_meaning_changed_after_draft_04()
    {
        // Why draft 7 may evaluate the draft-04 profiles (SOURCE.md): "id" as a keyword and boolean exclusive bounds are
        // the differences that matter; the profiles have neither ("id" appears only as the name of a package property).
        foreach (var file in (string[])["data-package.json", "table-schema.json"])
        {
            var keywords = Keywords(JsonNode.Parse(DataPackageProfiles.Text(file))!).ToList();
            keywords.Should().NotContain(["exclusiveMinimum", "exclusiveMaximum", "$ref", "definitions"], file);
        }
    }

    [Fact]
    public void Json_lines_keep_the_breakdown_an_object_and_the_flat_formats_spread_it_in_three_columns()
    {
        var jsonLines = Names(TradeDataPackage.TableSchema(TradeDataFormat.JsonLines));
        var csv = Names(TradeDataPackage.TableSchema(TradeDataFormat.Csv));

        // The members of seeds/schema/trade-record.schema.json in its order; the flat files add year and month after the
        // period, spread the breakdown in three columns and a converted record's source (conversion) in three more.
        jsonLines.Should().Equal("period", "reporter", "partner", "flow", "commodity", "revision", "value", "netWeightKg", "quantity", "quantityUnitCode", "flags", "breakdown", "conversion");
        csv.Should().Equal("period", "year", "month", "reporter", "partner", "flow", "commodity", "revision", "value", "netWeightKg", "quantity", "quantityUnitCode", "flags", "secondPartner", "customsProcedure", "transportMode", "conversionSourceCommodity", "conversionSourceRevision", "conversionWeight");
        TradeDataPackage.PrimaryKey(TradeDataFormat.JsonLines).Should().OnlyContain(k => jsonLines.Contains(k));
        TradeDataPackage.PrimaryKey(TradeDataFormat.Csv).Should().OnlyContain(k => csv.Contains(k));
    }

    [Fact]
    public void Each_format_names_its_files_format()
    {
        Resource(TradeDataFormat.JsonLines)["format"]!.GetValue<string>().Should().Be("jsonl");
        Resource(TradeDataFormat.Csv)["mediatype"]!.GetValue<string>().Should().Be("text/csv");
        Resource(TradeDataFormat.Parquet)["mediatype"]!.GetValue<string>().Should().Be("application/vnd.apache.parquet");
    }

    [Theory]
    [InlineData("/etc/trade.csv")]
    [InlineData("../trade.csv")]
    [InlineData("a/../../trade.csv")]
    [InlineData("a\\trade.csv")]
    public void A_path_outside_the_package_folder_is_refused(string path)
    {
        // The profile's path rule: relative, POSIX separators, never climbing out of the folder.
        var make = () => TradeDataPackage.Create(TradeDataFormat.Csv, "trade", [path], [], []);

        make.Should().Throw<ArgumentException>().WithMessage($"*'{path}' is not a relative path*");
    }

    [Fact]
    public void A_bad_package_name_is_refused()
    {
        var make = () => TradeDataPackage.Create(TradeDataFormat.JsonLines, "ASEAN Trade", ["a.jsonl"], [], []);

        make.Should().Throw<ArgumentException>().WithMessage("*'ASEAN Trade' is not a package name*");
    }

    [Fact]
    public void An_existing_descriptor_is_not_replaced()
    {
        var folder = Directory.CreateTempSubdirectory("asean-minerals-datapackage-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "datapackage.json"), "{}");

            var write = () => TradeDataPackage.Write(Path.Combine(folder, "datapackage.json"), TradeDataFormat.JsonLines, [Path.Combine(folder, "a.jsonl")], "trade", [], []);

            write.Should().Throw<IOException>();
            File.ReadAllText(Path.Combine(folder, "datapackage.json")).Should().Be("{}");
            Directory.GetFiles(folder).Should().HaveCount(1); // no temporary file left behind
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static JsonObject Resource(TradeDataFormat format) =>
        JsonNode.Parse(TradeDataPackage.Create(format, "trade", ["x"], [], []))!["resources"]![0]!.AsObject();

    private static List<string> Names(JsonObject schema) => [.. schema["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>())];

    private static IEnumerable<string> Keywords(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "properties" && p.Value is JsonObject properties
            ? properties.SelectMany(q => q.Value is null ? [] : Keywords(q.Value)) // property names are not keywords
            : (p.Value is null ? [p.Key] : Keywords(p.Value).Prepend(p.Key))),
        JsonArray a => a.SelectMany(i => i is null ? [] : Keywords(i)),
        _ => [],
    };
}
