using System.Text;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Classification;

/// <summary>
/// A classification is a document users write and share: read and written through <see cref="AseanMineralsJson"/>,
/// strictly, with its schema version; the library's own is the embedded seed read the same way.
/// </summary>
public class ClassificationDocumentTests
{
    [Fact]
    public void The_embedded_minerals_classification_is_the_seed_file_read_through_the_JSON_entry_point()
    {
        using var seed = EmbeddedSeed.Open("classification", "minerals.json");

        var read = AseanMineralsJson.DeserializeClassification(seed);

        read.Should().Be(MineralsClassification.Default);
        read.SchemaVersion.Should().Be(CommodityClassification.CurrentSchemaVersion);
        // seeds/classification/minerals.json: eight chapter groups (HS 25, 26, 27, 68-70, 71, 72, 73/82/83, 74-81), four finer ones
        // (non-monetary gold, monetary gold, jewellery and coin, critical-mineral chemicals) and fifteen scopes, five of them the recognised product groups (WITS, UNCTAD ores and metals).
        read.Groups.Should().HaveCount(12);
        read.Scopes.Select(static s => s.Id).Should().Equal(
            "minerals", "minerals-and-fuels", "raw-minerals", "mineral-fuels", "non-monetary-gold",
            "wits-minerals", "wits-fuels", "wits-stone-and-glass", "wits-metals", "unctad-ores-and-metals", "critical-mineral-chemicals", "unctad-2023-battery-chain", "critical-minerals", "critical-minerals-usgs-2025", "critical-minerals-usgs-2022");
    }

    [Fact]
    public void A_users_classification_written_as_JSON_reads_back_and_classifies_the_same()
    {
        var mine = new CommodityClassification
        {
            Id = "nickel-chain",
            Name = "Nickel value chain",
            DefaultScope = "nickel",
            Groups =
            [
                new CommodityGroup { Id = "nickel-ore", Name = "Nickel ores", Prefixes = [HsCode.Parse("2604")] },
                new CommodityGroup { Id = "nickel", Name = "Nickel and articles", Prefixes = [HsCode.Parse("75")] },
            ],
            Scopes = [new ClassificationScope { Id = "nickel", Name = "Nickel from ore to articles", Groups = ["nickel-ore", "nickel"] }],
        };

        var json = AseanMineralsJson.SerializeIndented(mine);
        var read = AseanMineralsJson.DeserializeClassification(json);

        json.Should().StartWith("{\n  \"schemaVersion\": \"1.0\",");
        read.Should().Be(mine);
        read.Compile().GroupOf(HsCode.Parse("260400"))!.Id.Should().Be("nickel-ore");
        read.Compile().IsInScope(HsCode.Parse("750210"), "nickel").Should().BeTrue();
    }

    [Fact]
    public void A_malformed_prefix_is_refused_with_its_path_line_and_position()
    {
        // Line 7 is `    { "id": "ores", "name": "Ores", "prefixes": ["26", "2X"] }`: four spaces, '{' at 4, "id" 6-9, ':' 10,
        // "ores" 12-17, ',' 18, "name" 20-25, ':' 26, "Ores" 28-33, ',' 34, "prefixes" 36-45, ':' 46, '[' 48, "26" 49-52,
        // ',' 53, ' ' 54: "2X" at byte 55.
        const string Json = """
            {
              "schemaVersion": "1.0",
              "id": "mine",
              "name": "Mine",
              "defaultScope": "ores",
              "groups": [
                { "id": "ores", "name": "Ores", "prefixes": ["26", "2X"] }
              ]
            }
            """;

        var error = FluentActions.Invoking(() => AseanMineralsJson.DeserializeClassification(Json)).Should().Throw<AseanMineralsJsonException>().Which;

        (error.Code, error.Path, error.LineNumber, error.BytePositionInLine).Should().Be(("AMC4008", "$.groups[0].prefixes[1]", 7L, 55L));
    }

    [Fact]
    public void A_classification_of_a_newer_major_version_is_refused_from_bytes_as_from_text()
    {
        // {"schemaVersion": takes bytes 0-16, a space at 17: "2.0" starts at byte 18.
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\": \"2.0\", \"id\": \"x\", \"name\": \"x\", \"defaultScope\": \"x\", \"groups\": []}");

        var error = FluentActions.Invoking(() => AseanMineralsJson.DeserializeClassification(bytes)).Should().Throw<AseanMineralsJsonException>().Which;

        (error.Code, error.Path, error.LineNumber, error.BytePositionInLine).Should().Be(("AMC4011", "$.schemaVersion", 1L, 18L));
        error.Message.Should().Contain("Update AseanMinerals.Core");
    }

    [Fact]
    public void An_embedded_file_that_cannot_be_read_is_a_defect_of_the_package_named_with_its_file_line_and_path()
    {
        // A reference-data file read as a classification: its first member after schemaVersion is unknown to a classification.
        var act = () => EmbeddedSeed.Read("reference", "member-states.json", AseanMineralsJson.DeserializeClassification);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("The embedded file 'seeds/reference/member-states.json' cannot be read: *(line 3, $.*")
            .WithInnerException<AseanMineralsJsonException>();
    }
}
