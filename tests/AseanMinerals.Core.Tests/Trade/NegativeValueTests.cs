using System.Text;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Tests.Trade;

/// <summary>
/// Review of 2 December 2026, finding 1: a negative trade value was added silently (a -10% minerals share). Every trade
/// reader refuses it as the validator does (AMC2001, one rule), as a rejected row named by its place; the cube builder
/// refuses a record made in code.
/// </summary>
public class NegativeValueTests
{
    // The reviewer's neg3.jsonl: Indonesia's World rows, exports and imports of TOTAL 1000 each, HS 26 exports -300 (line 3)
    // and HS 26 imports 100; the last line has no line break.
    private const string Neg3 =
        "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"TOTAL\",\"value\":1000}\n"
        + "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"import\",\"commodity\":\"TOTAL\",\"value\":1000}\n"
        + "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":-300}\n"
        + "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"import\",\"commodity\":\"26\",\"value\":100}";

    private static readonly TradeRecord Export = new(TradePeriod.Annual(2022), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.FromChapter(26), 100m);

    [Fact]
    public async Task A_JSON_Lines_line_with_a_negative_value_stops_the_reading_at_its_line_with_AMC2001()
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(Neg3), new TradeSourceOptions { SourceName = "neg3.jsonl" });
        var read = new List<TradeRecord>();

        var reading = async () =>
        {
            await foreach (var record in lines)
            {
                read.Add(record);
            }
        };

        var issue = (await reading.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Should().ContainSingle().Subject;
        issue.ToString().Should().Be("neg3.jsonl:3: AMC2001 The trade value -300 is negative. ($.value)");
        read.Select(static r => r.Value).Should().Equal(1000m, 1000m); // the two lines before it
        lines.Summary.RejectedByRule.Should().Equal(new Dictionary<string, long> { ["AMC2001"] = 1 });
    }

    [Fact]
    public async Task Collected_the_negative_line_is_counted_rejected_and_the_others_are_records()
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(Neg3), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect, SourceName = "neg3.jsonl" });

        var records = await lines.ToListAsync();

        // By hand: lines 1, 2 and 4 are records (1000, 1000, 100); line 3 (-300) is rejected.
        records.Select(static r => r.Value).Should().Equal(1000m, 1000m, 100m);
        var summary = lines.Summary;
        (summary.RowsRead, summary.Records, summary.SetAside, summary.Rejected).Should().Be((4L, 3L, 0L, 1L));
        summary.IsReconciled.Should().BeTrue();
        summary.Issues.Errors.Should().ContainSingle().Which.Should().Match<ValidationIssue>(static i => i.Code == "AMC2001" && i.Line == 3 && i.Path == "$.value" && i.Source == "neg3.jsonl");
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData("-0e5")]
    public async Task Minus_zero_is_zero_and_read(string written)
    {
        var line = "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"TOTAL\",\"value\":" + written + "}";

        var records = await AseanMineralsJson.ReadTradeRecordLines(Utf8(line)).ToListAsync();

        records.Should().ContainSingle().Which.Value.Should().Be(0m);
    }

    [Fact]
    public async Task The_smallest_negative_a_decimal_holds_is_refused()
    {
        var line = "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"TOTAL\",\"value\":-0.0000000000000000000000000001}";
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(line), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });

        (await lines.ToListAsync()).Should().BeEmpty();

        lines.Summary.RejectedByRule.Should().Equal(new Dictionary<string, long> { ["AMC2001"] = 1 });
    }

    [Fact]
    public void The_reader_and_the_validator_give_a_negative_value_the_same_rule_and_words()
    {
        var record = Export with { Value = -300m };

        var validator = new TradeRecordValidator(NodaTime.SystemClock.Instance).ValidateRecord(record).Errors.Should().ContainSingle().Subject;

        validator.Code.Should().Be(TradeRules.NegativeValue.Code);
        validator.Message.Should().Be("The trade value -300 is negative.");
        validator.Path.Should().Be("value");
    }

    [Fact]
    public void A_cube_refuses_a_record_made_in_code_with_a_negative_value()
    {
        TradeRecord[] records = [Export, Export with { Flow = TradeFlow.Import, Value = -0.01m }];

        var build = () => TradeCube.Build(records);

        var issue = build.Should().Throw<ValidationException>().Which.Result.Errors.Should().ContainSingle().Subject;
        issue.Code.Should().Be("AMC2001");
        issue.Message.Should().Contain("2022 360->000 M 26 US$-0.01");
    }

    [Fact]
    public void A_builder_keeps_the_records_before_a_negative_one_and_takes_minus_zero()
    {
        var builder = new TradeCubeBuilder();
        builder.Add(Export);
        builder.Add(Export with { Flow = TradeFlow.Import, Value = -0m });

        var add = () => builder.Add(Export with { Partner = new AreaCode(458), Value = -1m });

        add.Should().Throw<ValidationException>().Which.Result.Errors.Single().Code.Should().Be("AMC2001");
        // By hand: the exports (100) and the imports (-0, which is 0) are in; the negative record is not.
        builder.ToCube().Cells.Select(static c => (c.Flow, c.Partner.Value, c.Value)).Should().BeEquivalentTo([(TradeFlow.Export, 0, 100m), (TradeFlow.Import, 0, 0m)]);
    }

    [Fact]
    public async Task A_cube_built_from_a_source_stops_at_the_negative_line()
    {
        var lines = AseanMineralsJson.ReadTradeRecordLines(Utf8(Neg3), new TradeSourceOptions { SourceName = "neg3.jsonl" });

        var build = () => TradeCube.BuildFromSourceAsync(lines);

        (await build.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Single().Line.Should().Be(3);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}
