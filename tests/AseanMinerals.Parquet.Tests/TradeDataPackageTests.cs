using System.Text.Json.Nodes;
using AseanMinerals.Core.DataPackages;
using AseanMinerals.Testing.DataPackages;

namespace AseanMinerals.Parquet.Tests;

/// <summary>The core's descriptor of what the Parquet writer makes: its files, its columns, valid against the published profiles.</summary>
public sealed class TradeDataPackageTests
{
    [Fact]
    public async Task The_descriptor_beside_a_dataset_lists_its_files_and_is_valid_against_the_published_profiles()
    {
        using var folder = new TempFolder();
        var written = await TradeParquet.WriteDatasetAsync(TradeParquetRoundTripTests.Records.ToAsyncEnumerable(), folder["trade"]);

        var path = TradeDataPackage.Write(folder["trade/datapackage.json"], TradeDataFormat.Parquet, written.Files, "asean-trade", [new("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/")], [new("UN Comtrade+", "https://comtradeplus.un.org")]);

        path.Should().Be(folder["trade/datapackage.json"]);
        folder.Files().Should().Contain("trade/datapackage.json").And.HaveCount(4); // three parts + the descriptor, no temporary file
        var text = await File.ReadAllTextAsync(path);
        DataPackageProfiles.Problems(text).Should().BeEmpty();
        var package = JsonNode.Parse(text)!.AsObject();
        package["name"]!.GetValue<string>().Should().Be("asean-trade");
        package["licenses"]![0]!["name"]!.GetValue<string>().Should().Be("CC-BY-4.0");
        package["sources"]![0]!["title"]!.GetValue<string>().Should().Be("UN Comtrade+");
        var resource = package["resources"]![0]!;
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

        var fields = TradeDataPackage.TableSchema(TradeDataFormat.Parquet)["fields"]!.AsArray();

        fields.Select(f => f!["name"]!.GetValue<string>()).Should().Equal(reader.Schema.DataFields.Select(f => f.Name));
    }

    [Fact]
    public void The_table_schema_carries_the_json_schema_rules()
    {
        var schema = TradeDataPackage.TableSchema(TradeDataFormat.Parquet);
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

        // Every primary key column is a field, and required: every row of a Parquet file has it.
        var key = schema["primaryKey"]!.AsArray().Select(k => k!.GetValue<string>()).ToList();
        key.Should().OnlyContain(k => fields.ContainsKey(k) && fields[k]["constraints"]!["required"]!.GetValue<bool>());
    }

    [Fact]
    public void Parquet_arrow_and_csv_describe_the_three_conversion_columns()
    {
        foreach (var format in (TradeDataFormat[])[TradeDataFormat.Parquet, TradeDataFormat.Arrow, TradeDataFormat.Csv])
        {
            var fields = TradeDataPackage.TableSchema(format)["fields"]!.AsArray().ToDictionary(f => f!["name"]!.GetValue<string>(), f => f!.AsObject());

            // As the JSON schema's HsConversion states them (seeds/schema/trade-record.schema.json), none required: a
            // record as reported leaves all three empty.
            fields["conversionSourceCommodity"]["type"]!.GetValue<string>().Should().Be("string");
            fields["conversionSourceCommodity"]["constraints"]!["pattern"]!.GetValue<string>().Should().StartWith("^(TOTAL|");
            fields["conversionSourceRevision"]["constraints"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("HS", "H0", "H1", "H2", "H3", "H4", "H5", "H6");
            fields["conversionWeight"]["type"]!.GetValue<string>().Should().Be("number");
            fields["conversionWeight"]["constraints"]!["minimum"]!.GetValue<long>().Should().Be(0);
            fields["conversionWeight"]["constraints"]!["maximum"]!.GetValue<long>().Should().Be(1);
            fields["conversionWeight"]["description"]!.GetValue<string>().Should().Contain(format == TradeDataFormat.Csv ? "every decimal written" : "DECIMAL(29, 28)");
            fields.Values.Where(f => f["name"]!.GetValue<string>().StartsWith("conversion", StringComparison.Ordinal))
                .Should().HaveCount(3).And.OnlyContain(f => !f["constraints"]!.AsObject().ContainsKey("required"));
        }
    }
}
