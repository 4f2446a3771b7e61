using System.Text.Json;
using System.Text.Json.Nodes;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Serialization.Schema;
using Json.Schema;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>
/// The published schema: regenerated from the model it must equal the committed files, and an independent validator
/// (JsonSchema.Net) must agree with the library's reader on every seed and sample: valid ones pass both, each invalid one
/// fails both, for the expected reason.
/// </summary>
public class SchemaTests
{
    /// <summary>Set to 1 to rewrite <c>seeds/schema/</c> from the model instead of failing on a difference.</summary>
    public const string UpdateVariable = "ASEAN_MINERALS_UPDATE_SCHEMAS";

    private static readonly string RepositoryRoot = FindRepositoryRoot();
    private static readonly string SamplesFolder = Path.Combine(AppContext.BaseDirectory, "Serialization", "Samples");
    private static readonly Lazy<IReadOnlyDictionary<JsonSchemaKind, JsonSchema>> Schemas = new(LoadCommittedSchemas);

    // The HS chapter lists are the library's own data, not a published format: their schema is generated here, not committed.
    private static readonly Lazy<JsonSchema> HsNomenclatureSchema = new(static () =>
        JsonSchema.FromText(JsonSchemaGenerator.Generate(SchemaDocument.HsNomenclature), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly Lazy<JsonSchema> CriticalMineralsSchema = new(static () =>
        JsonSchema.FromText(JsonSchemaGenerator.Generate(SchemaDocument.CriticalMinerals), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly Lazy<JsonSchema> ProductGroupsSchema = new(static () =>
        JsonSchema.FromText(JsonSchemaGenerator.Generate(SchemaDocument.ProductGroups), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<JsonSchemaKind> Kinds => [.. Enum.GetValues<JsonSchemaKind>()];

    public static TheoryData<string> SeedFiles =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "seeds"), "*.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(RepositoryRoot, f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> ValidSamples =>
        [.. Directory.EnumerateFiles(Path.Combine(SamplesFolder, "valid")).Select(static f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_committed_schema_is_what_the_model_generates(JsonSchemaKind kind)
    {
        var file = Path.Combine(RepositoryRoot, "seeds", "schema", AseanMineralsJson.GetSchemaFileName(kind));
        var generated = JsonSchemaGenerator.Generate(kind);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(file, generated);
        }

        File.ReadAllText(file).Should().Be(
            generated,
            $"seeds/schema/{Path.GetFileName(file)} must be regenerated after a model change: run `{UpdateVariable}=1 dotnet test tests/AseanMinerals.Core.Tests --filter FullyQualifiedName~SchemaTests` then run the tests again (the package embeds the files when it builds) and commit the diff");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_package_ships_the_committed_schema_with_its_stable_id(JsonSchemaKind kind)
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", "schema", AseanMineralsJson.GetSchemaFileName(kind)));

        AseanMineralsJson.GetSchema(kind).Should().Be(committed);
        var root = JsonNode.Parse(committed)!;
        root["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        root["$id"]!.GetValue<string>().Should().Be(AseanMineralsJson.GetSchemaId(kind)).And.StartWith("urn:asean-minerals:schema:").And.EndWith(":1");
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_seed_file_is_valid_against_its_schema(string relativePath)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(relativePath))!;
        var json = File.ReadAllText(Path.Combine(RepositoryRoot, relativePath));
        var schema = (folder, Path.GetFileName(relativePath)) switch
        {
            ("reference", _) => Schemas.Value[JsonSchemaKind.ReferenceData],
            ("trade", _) => Schemas.Value[JsonSchemaKind.TradeDataset],
            ("classification", "hs-chapters.json") => HsNomenclatureSchema.Value,
            ("classification", "critical-minerals.json") => CriticalMineralsSchema.Value,
            ("classification", "product-groups.json") => ProductGroupsSchema.Value,
            ("classification", _) => Schemas.Value[JsonSchemaKind.Classification],
            ("schema", _) => MetaSchemas.Draft202012,
            _ => throw new InvalidOperationException($"No schema is known for the seeds in '{folder}/': map the folder to one in {nameof(SchemaTests)}."),
        };

        var result = Evaluate(schema, json);

        result.IsValid.Should().BeTrue(Describe(result));
    }

    [Theory]
    [InlineData("\"chapters\": \"01-76,78-97\"", "\"chapter\": 99", true)]
    [InlineData("\"chapters\": \"1-76\"", "\"chapter\": 99", false)]
    [InlineData("\"chapters\": \"01-76,78-97\"", "\"chapter\": 100", false)]
    public void The_HS_chapter_data_is_checked_for_two_digit_chapters(string editionChapters, string comtradeChapter, bool valid)
    {
        var json = $$"""
            { "schemaVersion": "1.0", "sources": [], "editions": [{ "revision": "H6", {{editionChapters}} }],
              "comtradeChapters": [{ {{comtradeChapter}}, "title": "Commodities not specified according to kind" }] }
            """;

        var result = Evaluate(HsNomenclatureSchema.Value, json);

        result.IsValid.Should().Be(valid, Describe(result));
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void A_valid_sample_passes_the_schema_and_the_reader(string file)
    {
        var path = Path.Combine(SamplesFolder, "valid", file);
        var kind = KindOf(file);
        var documents = file.EndsWith(".jsonl", StringComparison.Ordinal) ? File.ReadAllLines(path) : [File.ReadAllText(path)];

        foreach (var json in documents)
        {
            var result = Evaluate(Schemas.Value[kind], json);
            result.IsValid.Should().BeTrue(Describe(result));
            var read = () => Read(kind, json);
            read.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData("reference-data-unknown-member.json", "/thematicAreas/0/colour", "additionalProperties", "AMC4004")]
    [InlineData("reference-data-major-version-2.json", "/schemaVersion", "pattern", "AMC4011")]
    [InlineData("reference-data-without-version.json", "", "required", "AMC4006")]
    [InlineData("reference-data-area-code-without-leading-zero.json", "/tradeAreas/0/code", "pattern", "AMC4008")]
    [InlineData("reference-data-source-not-http.json", "/objectives/0/sources/0/url", "pattern", "AMC4008")]
    [InlineData("reference-data-missing-name.json", "/thematicAreas/0", "required", "AMC4006")]
    [InlineData("reference-data-unknown-kind.json", "/partners/0/kind", "enum", "AMC4008")]
    [InlineData("reference-data-number-out-of-range.json", "/objectives/0/number", "maximum", "AMC4007")]
    [InlineData("reference-data-null-name.json", "/thematicAreas/0/name", "type", "AMC4005")]
    [InlineData("reference-data-date-form.json", "/ministerialMeetings/0/date", "pattern", "AMC4008")]
    [InlineData("trade-dataset-value-as-string.json", "/records/0/value", "type", "AMC4005")]
    [InlineData("trade-dataset-customs-procedure-100.json", "/records/0/breakdown/customsProcedure", "maximum", "AMC4007")]
    [InlineData("trade-dataset-unknown-record-member.json", "/records/0/cifValue", "additionalProperties", "AMC4004")]
    [InlineData("trade-dataset-chapter-00.json", "/records/0/commodity", "pattern", "AMC4008")]
    [InlineData("trade-dataset-retrieved-on-month-13.json", "/retrievedOn", "pattern", "AMC4008")]
    [InlineData("trade-record-missing-value.json", "", "required", "AMC4006")]
    [InlineData("trade-record-unknown-flow.json", "/flow", "enum", "AMC4008")]
    [InlineData("trade-record-unknown-flag.json", "/flags", "pattern", "AMC4008")]
    [InlineData("trade-record-period-as-number.json", "/period", "type", "AMC4005")]
    [InlineData("classification-without-version.json", "", "required", "AMC4006")]
    [InlineData("classification-major-version-2.json", "/schemaVersion", "pattern", "AMC4011")]
    [InlineData("classification-prefix-of-three-digits.json", "/groups/0/prefixes/0", "pattern", "AMC4008")]
    [InlineData("classification-unknown-group-member.json", "/groups/0/colour", "additionalProperties", "AMC4004")]
    [InlineData("classification-group-without-prefixes.json", "/groups/0", "required", "AMC4006")]
    [InlineData("classification-prefixes-as-string.json", "/groups/0/prefixes", "type", "AMC4005")]
    public void An_invalid_sample_fails_the_schema_and_the_reader_for_the_same_reason(string file, string instanceLocation, string keyword, string code)
    {
        var json = File.ReadAllText(Path.Combine(SamplesFolder, "invalid", file));
        var kind = KindOf(file);

        var result = Evaluate(Schemas.Value[kind], json);

        result.IsValid.Should().BeFalse();
        Failures(result).Should().Contain(f => f.InstanceLocation == instanceLocation && f.Keyword == keyword, Describe(result));
        var read = () => Read(kind, json);
        read.Should().Throw<AseanMineralsJsonException>().Which.Code.Should().Be(code);
    }

    [Fact]
    public void Every_invalid_sample_has_an_expected_reason()
    {
        var covered = typeof(SchemaTests).GetMethod(nameof(An_invalid_sample_fails_the_schema_and_the_reader_for_the_same_reason))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0]);

        Directory.EnumerateFiles(Path.Combine(SamplesFolder, "invalid")).Select(Path.GetFileName).Should().BeEquivalentTo(covered);
    }

    private static object Read(JsonSchemaKind kind, string json) => kind switch
    {
        JsonSchemaKind.ReferenceData => AseanMineralsJson.DeserializeReferenceData(json),
        JsonSchemaKind.TradeDataset => AseanMineralsJson.DeserializeTradeDataset(json),
        JsonSchemaKind.Classification => AseanMineralsJson.DeserializeClassification(json),
        _ => AseanMineralsJson.DeserializeTradeRecord(json),
    };

    private static JsonSchemaKind KindOf(string file) =>
        file.StartsWith("reference-data", StringComparison.Ordinal) ? JsonSchemaKind.ReferenceData
        : file.StartsWith("trade-dataset", StringComparison.Ordinal) ? JsonSchemaKind.TradeDataset
        : file.StartsWith("classification", StringComparison.Ordinal) ? JsonSchemaKind.Classification
        : JsonSchemaKind.TradeRecord;

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    // Every failing keyword, with the instance location it failed at. A value refused by "additionalProperties": false
    // fails the false schema, whose error has no keyword of its own: the keyword is then the one on the evaluation path.
    private static IEnumerable<(string InstanceLocation, string Keyword)> Failures(EvaluationResults result) =>
        (result.Details ?? []).Prepend(result)
            .Where(static d => d.Errors is { Count: > 0 })
            .SelectMany(static d => d.Errors!.Keys.Select(k => (d.InstanceLocation.ToString(), k.Length > 0 ? k : KeywordOnPath(d.EvaluationPath.ToString()))));

    private static string KeywordOnPath(string evaluationPath) => evaluationPath.Split('/')[^1];

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(static d => d.Errors is { Count: > 0 }).Select(static d => $"{string.Join(",", d.Errors!.Keys)} at '{d.InstanceLocation}' via {d.EvaluationPath}"));

    private static Dictionary<JsonSchemaKind, JsonSchema> LoadCommittedSchemas()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return Enum.GetValues<JsonSchemaKind>().ToDictionary(
            static kind => kind,
            kind => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot, "seeds", "schema", AseanMineralsJson.GetSchemaFileName(kind))), options));
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AseanMinerals.Core.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with AseanMinerals.Core.sln) is not above the test's folder.");
    }
}
