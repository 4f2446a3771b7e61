using System.Text.Json.Nodes;

namespace AseanMinerals.Parquet.Tests;

// The published Data Package v2 profile could not be kept in the repository this session (no copy reachable offline),
// so these tests check the descriptor's structure against the rules of the v2 specification by hand.
public sealed class TradeDataPackageTests
{
    [Fact]
    public async Task The_descriptor_beside_a_dataset_lists_its_files_and_declares_the_v2_profile()
    {
        using var folder = new TempFolder();
        var written = await TradeParquet.WriteDatasetAsync(TradeParquetRoundTripTests.Records.ToAsyncEnumerable(), folder["trade"]);

        var path = TradeDataPackage.Write(folder["trade"], written, "asean-trade", [new("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")], [new("UN Comtrade+", "https://comtradeplus.un.org")]);

        path.Should().Be(folder["trade/datapackage.json"]);
        folder.Files().Should().Contain("trade/datapackage.json").And.HaveCount(4); // three parts + the descriptor, no temporary file
        var package = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        package["$schema"]!.GetValue<string>().Should().Be("https://datapackage.org/profiles/2.0/datapackage.json");
        package["name"]!.GetValue<string>().Should().Be("asean-trade");
        package["licenses"]![0]!["name"]!.GetValue<string>().Should().Be("CC-BY-4.0");
        package["sources"]![0]!["title"]!.GetValue<string>().Should().Be("UN Comtrade+");
        var resource = package["resources"]![0]!;
        resource["type"]!.GetValue<string>().Should().Be("table");
        resource["format"]!.GetValue<string>().Should().Be("parquet");
        resource["path"]!.AsArray().Select(p => p!.GetValue<string>()).Should().Equal(
            "year=2018/reporter=096/part-0.parquet", "year=2021/reporter=704/part-0.parquet", "year=2022/reporter=360/part-0.parquet");
    }

    [Fact]
    public async Task The_table_schema_has_the_columns_of_the_parquet_files_in_their_order()
    {
        using var folder = new TempFolder();
        await TradeParquet.WriteFileAsync(TradeParquetRoundTripTests.Records.ToAsyncEnumerable(), folder["trade.parquet"]);
        await using var reader = await global::Parquet.ParquetReader.CreateAsync(folder["trade.parquet"]);

        var fields = TradeDataPackage.TableSchema()["fields"]!.AsArray();

        fields.Select(f => f!["name"]!.GetValue<string>()).Should().Equal(reader.Schema.DataFields.Select(f => f.Name));
    }

    [Fact]
    public void The_table_schema_carries_the_json_schema_rules()
    {
        var schema = TradeDataPackage.TableSchema();
        var fields = schema["fields"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!.AsObject());

        // Types and constraints as the JSON schema (seeds/schema/trade-record.schema.json) states them.
        fields["reporter"]["type"]!.GetValue<string>().Should().Be("string");
        fields["reporter"]["constraints"]!["pattern"]!.GetValue<string>().Should().Be("^[0-9]{3}$");
        fields["reporter"]["constraints"]!["required"]!.GetValue<bool>().Should().BeTrue();
        // The published schema lists the chapters some HS edition has (no 77, no 98), as seeds/schema/trade-record.schema.json does.
        fields["commodity"]["constraints"]!["pattern"]!.GetValue<string>().Should().Be("^(TOTAL|(0[1-9]|1[0-9]|2[0-9]|3[0-9]|4[0-9]|5[0-9]|6[0-9]|7[012345689]|8[0-9]|9[012345679])([0-9]{2}){0,2})$");
        fields["flow"]["constraints"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(
            "import", "export", "reExport", "reImport", "domesticExport", "foreignImport",
            "importForInwardProcessing", "importAfterOutwardProcessing", "exportAfterInwardProcessing", "exportForOutwardProcessing");
        fields["value"]["type"]!.GetValue<string>().Should().Be("number");
        // Optional (may be empty), and never negative: the schema's minimum 0.
        fields["netWeightKg"]["constraints"]!.AsObject().ContainsKey("required").Should().BeFalse();
        fields["netWeightKg"]["constraints"]!["minimum"]!.GetValue<long>().Should().Be(0);
        fields["customsProcedure"]["constraints"]!["maximum"]!.GetValue<long>().Should().Be(99);
        fields["month"]["constraints"]!["maximum"]!.GetValue<long>().Should().Be(12);

        // Every primary key column is a field (a v2 rule), and required.
        var key = schema["primaryKey"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        key.Should().OnlyContain(k => fields.ContainsKey(k) && fields[k]["constraints"]!["required"]!.GetValue<bool>());
        // Field types are among the Table Schema types.
        fields.Values.Select(f => f["type"]!.GetValue<string>()).Should().OnlyContain(t => t == "string" || t == "number" || t == "integer");
    }

    [Fact]
    public void A_bad_package_name_is_refused()
    {
        var make = () => TradeDataPackage.CreateForParquet("ASEAN Trade", ["a.parquet"], [], []);
        make.Should().Throw<ArgumentException>().WithMessage("*'ASEAN Trade' is not a package name*");
    }

    [Fact]
    public async Task An_existing_descriptor_is_not_replaced()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["datapackage.json"], "{}");
        var written = new TradeParquetWriteResult([folder["a.parquet"]], 1);

        var write = () => TradeDataPackage.Write(folder.Path, written, "trade", [], []);

        write.Should().Throw<IOException>();
        (await File.ReadAllTextAsync(folder["datapackage.json"])).Should().Be("{}");
    }
}
