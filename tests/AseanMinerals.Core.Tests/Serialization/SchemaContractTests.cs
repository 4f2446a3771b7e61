using System.Globalization;
using System.Text.Json;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Tests.Documentation;
using AseanMinerals.Core.Trade;
using Json.Schema;
using NodaTime;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>
/// The table of docs/json-and-schema.md that says which trade record rules the published schema checks and which only
/// the library can: each row is checked with an example against the committed schema and the library (issue 12, case 10).
/// </summary>
public class SchemaContractTests
{
    private const string Valid = """{"period":"2022","reporter":"360","partner":"458","flow":"export","commodity":"2601","value":100}""";

    // One example per row, each the valid record above broken in one place (JSON Lines: one record a line), and the
    // code the library gives it: the row's, but for a malformed code, which the reader refuses at its form (AMC4008)
    // before the validator's AMC2005 could see it.
    private static readonly Dictionary<string, string[]> Examples = new()
    {
        ["AMC2001"] = [Valid.Replace("\"value\":100", "\"value\":-1", StringComparison.Ordinal)],
        ["AMC2002"] = [Valid.Replace("\"value\":100", "\"value\":100,\"netWeightKg\":-5", StringComparison.Ordinal)],
        ["AMC2003"] = [Valid.Replace("\"reporter\":\"360\"", "\"reporter\":\"997\"", StringComparison.Ordinal)],
        ["AMC2004"] = [Valid.Replace("\"partner\":\"458\"", "\"partner\":\"360\"", StringComparison.Ordinal)],
        ["AMC2005"] = [Valid.Replace("\"commodity\":\"2601\"", "\"commodity\":\"2601x\"", StringComparison.Ordinal)],
        ["AMC2006"] = [Valid.Replace("\"commodity\":\"2601\"", "\"commodity\":\"7701\"", StringComparison.Ordinal)],
        ["AMC2007"] = [Valid.Replace("\"period\":\"2022\"", "\"period\":\"9999\"", StringComparison.Ordinal)],
        ["AMC2008"] = [Valid.Replace("\"period\":\"2022\"", $"\"period\":\"{DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture)}\"", StringComparison.Ordinal)],
        ["AMC2009"] = [Valid, Valid],
        // Chapter 25's headings end at 2530 in every edition, so 259999 is a code of no edition.
        ["AMC2020"] = [Valid.Replace("\"commodity\":\"2601\"", "\"commodity\":\"259999\",\"revision\":\"H6\"", StringComparison.Ordinal)],
        ["AMC4007"] = [Valid.Replace("\"value\":100", "\"value\":1e30", StringComparison.Ordinal)],
    };

    private static readonly Lazy<JsonSchema> Schema = new(static () => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), "seeds", "schema", "trade-record.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly Dictionary<string, string> LibraryCodeOf = new() { ["AMC2005"] = "AMC4008" };

    public static TheoryData<string, string> Rows
    {
        get
        {
            var rows = new TheoryData<string, string>();
            foreach (var (code, checkedBy) in Table())
            {
                rows.Add(code, checkedBy);
            }

            return rows;
        }
    }

    [Fact]
    public void Every_trade_record_rule_has_a_row_and_every_row_an_example()
    {
        var codes = Table().Select(static r => r.Code).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().Contain(TradeRules.All.Select(static r => r.Code));
        codes.Should().BeEquivalentTo(Examples.Keys);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_row_says_truly_whether_the_schema_refuses_what_the_library_refuses(string code, string checkedBy)
    {
        var lines = Examples[code];

        var schemaRefuses = lines.Any(static line => !Evaluate(line));
        var libraryCodes = LibraryCodes(lines);

        libraryCodes.Should().Contain(LibraryCodeOf.GetValueOrDefault(code, code), "the example breaks that rule");
        schemaRefuses.Should().Be(checkedBy == "schema", $"the table says {code} is checked by: {checkedBy}");
    }

    [Fact]
    public void The_schema_accepts_the_valid_example_so_each_refusal_is_the_broken_member()
    {
        Evaluate(Valid).Should().BeTrue();
        LibraryCodes([Valid]).Should().BeEmpty();
    }

    [Fact]
    public async Task A_default_record_is_refused_by_the_writers_with_an_ArgumentException_naming_it()
    {
        var one = () => AseanMineralsJson.Serialize(default(TradeRecord));
        using var stream = new MemoryStream();
        var lines = async () => await AseanMineralsJson.WriteTradeRecordLinesAsync(stream, Records(default(TradeRecord)));

        one.Should().Throw<ArgumentException>().WithMessage("default(TradeRecord) is no trade record*");
        await lines.Should().ThrowAsync<ArgumentException>().WithMessage("default(TradeRecord) is no trade record*");
    }

    private static async IAsyncEnumerable<TradeRecord> Records(params TradeRecord[] records)
    {
        foreach (var record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }

    private static bool Evaluate(string line)
    {
        using var document = JsonDocument.Parse(line);
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }

    // What the library says of the lines: the reader's refusal, or the validator's issues over the records read.
    private static List<string> LibraryCodes(string[] lines)
    {
        var records = new List<TradeRecord>();
        foreach (var line in lines)
        {
            try
            {
                // As a JSON Lines line, ended: a refused record without its newline is issue 12 case 3 (the reader's, issue 14).
                records.Add(AseanMineralsJson.DeserializeTradeRecord(line + "\n"));
            }
            catch (AseanMineralsJsonException e)
            {
                return [e.Code];
            }
        }

        return [.. new TradeRecordValidator(SystemClock.Instance).Validate(records).Issues.Select(static i => i.Code)];
    }

    private static List<(string Code, string CheckedBy)> Table()
    {
        var text = File.ReadAllText(Path.Combine(ReadmeTests.RepositoryRoot(), "docs", "json-and-schema.md"));
        var start = text.IndexOf("<!-- schema-contract:start -->", StringComparison.Ordinal);
        var end = text.IndexOf("<!-- schema-contract:end -->", StringComparison.Ordinal);
        start.Should().BePositive("docs/json-and-schema.md keeps the table between its markers");
        return [.. text[start..end].Split('\n')
            .Where(static line => line.StartsWith("| AMC", StringComparison.Ordinal))
            .Select(static line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(static cells => (cells[1], cells[3]))];
    }
}
