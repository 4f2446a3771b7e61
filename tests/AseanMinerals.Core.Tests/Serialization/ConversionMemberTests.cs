using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>
/// A record converted to another HS edition carries where it came from (<see cref="TradeRecord.Conversion"/>): written as
/// the <c>conversion</c> member of its JSON, read back the same, and refused with the rule and path of the bad part.
/// </summary>
public class ConversionMemberTests
{
    private const string Plain = "{\"period\":\"2023\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"810720\",\"revision\":\"H5\",\"value\":75";

    private static readonly TradeRecord Converted = new(TradePeriod.Annual(2023), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.Parse("810720"), 75m)
    {
        Revision = HsRevision.Hs2017,
        Conversion = new HsConversion(HsCode.Parse("811269"), HsRevision.Hs2022, 0.75m),
    };

    [Fact]
    public void A_conversion_is_written_last_as_an_object_of_the_source_code_edition_and_weight_and_read_back()
    {
        // Written by hand from the record above: the members in table order, the conversion after them.
        const string Expected = Plain + ",\"conversion\":{\"sourceCommodity\":\"811269\",\"sourceRevision\":\"H6\",\"weight\":0.75}}";

        var json = AseanMineralsJson.Serialize(Converted);

        json.Should().Be(Expected);
        AseanMineralsJson.DeserializeTradeRecord(json).Should().Be(Converted);
    }

    [Fact]
    public void A_record_as_reported_has_no_conversion_member_and_null_reads_as_none()
    {
        var asReported = Converted with { Conversion = null };

        AseanMineralsJson.Serialize(asReported).Should().Be(Plain + "}");
        AseanMineralsJson.DeserializeTradeRecord(Plain + ",\"conversion\":null}").Conversion.Should().BeNull();
    }

    [Theory]
    [InlineData("{\"sourceCommodity\":\"811269\",\"sourceRevision\":\"H6\",\"weight\":1.5}", "AMC4007", "$.conversion.weight")]
    [InlineData("{\"sourceCommodity\":\"811269\",\"sourceRevision\":\"H6\",\"weight\":-0.25}", "AMC4007", "$.conversion.weight")]
    [InlineData("{\"sourceCommodity\":\"811269\",\"sourceRevision\":\"H9\",\"weight\":1}", "AMC4008", "$.conversion.sourceRevision")]
    [InlineData("{\"sourceCommodity\":\"8112699\",\"sourceRevision\":\"H6\",\"weight\":1}", "AMC4008", "$.conversion.sourceCommodity")]
    [InlineData("{\"sourceCommodity\":\"811269\",\"sourceRevision\":\"H6\"}", "AMC4006", "$.conversion")]
    [InlineData("{\"sourceCommodity\":\"811269\",\"sourceRevision\":\"H6\",\"weight\":1,\"note\":\"x\"}", "AMC4004", "$.conversion.note")]
    [InlineData("{\"sourceCommodity\":\"811269\",\"sourceCommodity\":\"811269\"}", "AMC4003", "$.conversion.sourceCommodity")]
    [InlineData("\"811269\"", "AMC4005", "$.conversion")]
    public void A_bad_conversion_is_refused_with_the_rule_and_the_path_of_its_bad_part(string conversion, string code, string path)
    {
        var read = () => AseanMineralsJson.DeserializeTradeRecord(Plain + ",\"conversion\":" + conversion + "}");

        var error = read.Should().Throw<AseanMineralsJsonException>().Which;
        (error.Code, error.Path).Should().Be((code, path), error.Message);
    }

    [Fact]
    public void The_converter_puts_on_each_converted_record_the_source_and_weight_it_reports_and_none_on_a_record_passed_through()
    {
        // HS 2022 811269 -> HS 2017 810720 (UNSD's conversion, the whole value: weight 1); 252310 is already HS 2017.
        var source = new TradeRecord(TradePeriod.Annual(2023), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.Parse("811269"), 100m) { Revision = HsRevision.Hs2022 };
        var kept = source with { Commodity = HsCode.Parse("252310"), Revision = HsRevision.Hs2017 };

        var result = new HsConverter(HsRevision.Hs2017, HsSplitMode.Unsd).Convert([source, kept]);

        result.Records.Select(static r => r.Record.Conversion).Should().Equal(new HsConversion(HsCode.Parse("811269"), HsRevision.Hs2022, 1m), null);
    }
}
