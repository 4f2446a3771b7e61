using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanMinerals.Core.CapacityBuilding;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Tests.ReferenceData;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Serialization;

public class AseanMineralsJsonTests
{
    [Fact]
    public void A_value_a_model_constructor_refuses_is_reported_at_its_member_with_the_rule_and_no_parameter_suffix()
    {
        // actionPlans[0].sources[0] has a blank title: the Source constructor refuses it; the reader places it at the title.
        var json = """
            {"schemaVersion":"1.0","actionPlans":[{"id":"AMCAP-I","name":"A plan","kind":"actionPlan","period":"2005/2010","confidence":"confirmed",
            "sources":[{"title":" ","url":"https://asean.org/"}]}]}
            """;

        var act = () => AseanMineralsJson.DeserializeReferenceData(json);

        // A blank required member is AMC1001 whichever path finds it (see the test below for the one validation finds).
        var error = act.Should().ThrowExactly<AseanMineralsJsonException>().Which;
        (error.Code, error.Path).Should().Be(("AMC1001", "$.actionPlans[0].sources[0].title"));
        error.Message.Should().Be("The Source cannot be made from these values: The value must not be empty or white space.");
    }

    [Fact]
    public void A_blank_member_is_AMC1001_at_its_member_whether_a_constructor_or_validation_finds_it()
    {
        // memberStates[0].shortName is blank: the MemberState constructor takes it and validation reports it, with the rule
        // the reader gives a blank source title (the test above) and at the member's place (the reader's path less its "$.").
        var json = AseanMineralsJson.Serialize(SampleReferenceData.Valid with { MemberStates = [SampleReferenceData.Indonesia with { ShortName = " " }] });

        var issues = AseanMineralsJson.DeserializeReferenceData(json).Validate(SampleReferenceData.Today).Issues;

        issues.Select(static i => (i.Code, i.Path)).Should().Equal(("AMC1001", "memberStates[0].shortName"));
    }

    [Fact]
    public void Decimals_are_written_exactly_with_no_exponent_and_no_lost_cents()
    {
        static string ValueOf(decimal value) =>
            JsonDocument.Parse(AseanMineralsJson.Serialize(new TradeRecord(TradePeriod.Annual(2018), new AreaCode(96), AreaCode.World, TradeFlow.Export, HsCode.Total, value)))
                .RootElement.GetProperty("value").GetRawText();

        ValueOf(1588852981506.719m).Should().Be("1588852981506.719");
        ValueOf(100000000000000000000m).Should().Be("100000000000000000000");
        ValueOf(0.0000000001m).Should().Be("0.0000000001");
        ValueOf(12.50m).Should().Be("12.50");
        ValueOf(79228162514264337593543950335m).Should().Be("79228162514264337593543950335");
    }

    [Fact]
    public void Funding_amounts_keep_their_cents_through_a_document()
    {
        var json = "{\"schemaVersion\": \"1.0\", \"initiatives\": [{\"id\": \"i\", \"title\": \"t\", \"period\": \"2018\", \"thematicAreaIds\": [\"a\"], \"funding\": {\"funder\": \"f\", \"amount\": 1588852981506.719, \"currency\": \"USD\"}, \"confidence\": \"unconfirmed\", \"sources\": []}]}";

        var funding = AseanMineralsJson.DeserializeReferenceData(json).Initiatives[0].Funding;

        funding.Should().Be(new Funding { Funder = "f", Amount = 1588852981506.719m, Currency = "USD" });
    }

    [Fact]
    public void Options_composed_by_a_user_read_the_library_types_and_refuse_unknown_members()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.ConfigureForAseanMinerals();

        var records = JsonSerializer.Deserialize<List<TradeRecord>>(
            "[{\"period\":\"2018\",\"reporter\":\"096\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"26\",\"value\":1.5}]", options);
        var unknown = () => JsonSerializer.Deserialize<ThematicArea>("{\"id\":\"g\",\"name\":\"G\",\"colour\":\"brown\"}", options);

        records.Should().Equal(new TradeRecord(TradePeriod.Annual(2018), new AreaCode(96), AreaCode.World, TradeFlow.Export, HsCode.FromChapter(26), 1.5m));
        unknown.Should().Throw<JsonException>();
    }

    [Fact]
    public void The_public_options_are_read_only()
    {
        var change = () => AseanMineralsJson.Options.WriteIndented = true;

        change.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Indented_documents_use_two_spaces_and_line_feeds()
    {
        var text = AseanMineralsJson.SerializeIndented(new TradeDataset { Title = "t" });

        text.Should().StartWith("{\n  \"schemaVersion\": \"1.0\",\n  \"title\": \"t\",");
    }

    [Fact]
    public void Schema_names_and_ids_follow_the_kind()
    {
        AseanMineralsJson.GetSchemaFileName(JsonSchemaKind.TradeDataset).Should().Be("trade-dataset.schema.json");
        AseanMineralsJson.GetSchemaId(JsonSchemaKind.ReferenceData).Should().Be("urn:asean-minerals:schema:reference-data:1");
        var undefined = () => AseanMineralsJson.GetSchema((JsonSchemaKind)42);
        undefined.Should().Throw<ArgumentOutOfRangeException>();
    }
}
