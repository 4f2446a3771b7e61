using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>
/// Each strictness rule refuses its case with our exception, the rule's code, the JSON path, the 1-based line and the
/// 0-based byte position of the offending token in its line. Positions are counted by hand in the comments.
/// </summary>
public class StrictReadingTests
{
    [Fact]
    public void Malformed_JSON_is_refused_where_the_reader_stopped()
    {
        // Line 3 is "}" right after a trailing comma: the reader stops at byte 0 of line 3.
        Action act = () => AseanMineralsJson.DeserializeReferenceData("{\n  \"schemaVersion\": \"1.0\",\n}");

        Expect(act, JsonRules.MalformedJson, "$", line: 3, position: 0);
    }

    [Fact]
    public void Empty_input_is_refused_as_malformed()
    {
        Expect(() => AseanMineralsJson.DeserializeReferenceData(string.Empty), JsonRules.MalformedJson, "$", line: 1, position: 0);
    }

    [Fact]
    public void Trailing_content_after_the_document_is_refused_at_its_first_byte()
    {
        // Line 2 is "  x": two spaces, then the garbage at byte 2.
        Action act = () => AseanMineralsJson.DeserializeReferenceData("{\"schemaVersion\": \"1.0\"}\n  x");

        Expect(act, JsonRules.TrailingContent, "$", line: 2, position: 2);
    }

    [Fact]
    public void A_duplicate_member_is_refused_at_its_second_name()
    {
        // Line 4: 4 spaces, '{' at 4, "id" at 5-8, ':' 9, ' ' 10, "KOR" 11-15, ',' 16, ' ' 17, the second "id" at 18.
        const string Json = "{\n  \"schemaVersion\": \"1.0\",\n  \"partners\": [\n    {\"id\": \"KOR\", \"id\": \"JPN\"}\n  ]\n}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.DuplicateMember, "$.partners[0].id", line: 4, position: 18);
    }

    [Fact]
    public void An_unknown_member_in_a_document_of_this_version_is_refused_at_its_name()
    {
        // {"schemaVersion": "1.0", takes bytes 0-24; "colour" starts at 25.
        const string Json = "{\"schemaVersion\": \"1.0\", \"colour\": \"blue\"}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.UnknownMember, "$.colour", line: 1, position: 25);
    }

    [Fact]
    public void An_unknown_member_in_a_trade_record_of_a_dataset_of_this_version_is_refused()
    {
        // Bytes 0-24 as above; "records" 25-33, ':' 34, ' ' 35, '[' 36, '{' 37, then the known members take 162 bytes
        // (period 18, reporter 19, partner 18, flow 18, commodity 21, value 15, quantity 18, revision 18, flags 17): "cif" at 200.
        const string Record = "\"period\": \"2018\", \"reporter\": \"360\", \"partner\": \"156\", \"flow\": \"export\", \"commodity\": \"2603\", \"value\": 12.5, \"quantity\": null, \"revision\": \"H5\", \"flags\": \"none\", ";
        var json = "{\"schemaVersion\": \"1.0\", \"records\": [{" + Record + "\"cif\": 1}]}";
        Record.Length.Should().Be(162);

        Expect(() => AseanMineralsJson.DeserializeTradeDataset(json), JsonRules.UnknownMember, "$.records[0].cif", line: 1, position: 200);
    }

    [Fact]
    public void A_value_of_the_wrong_JSON_type_is_refused_at_the_value()
    {
        // "tradeAreas" 25-36, ':' 37, ' ' 38, '[' 39, '{' 40, "code" 41-46, ':' 47, ' ' 48, the number at 49.
        const string Json = "{\"schemaVersion\": \"1.0\", \"tradeAreas\": [{\"code\": 96}]}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.WrongType, "$.tradeAreas[0].code", line: 1, position: 49);
    }

    [Fact]
    public void Null_for_a_member_that_may_not_be_null_is_a_wrong_type()
    {
        // "thematicAreas" 25-39, ':' 40, ' ' 41, '[' 42, '{' 43, "id" 44-47, ':' 48, ' ' 49, "x" 50-52, ',' 53, ' ' 54, "name" 55-60, ':' 61, ' ' 62, null at 63.
        const string Json = "{\"schemaVersion\": \"1.0\", \"thematicAreas\": [{\"id\": \"x\", \"name\": null}]}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.WrongType, "$.thematicAreas[0].name", line: 1, position: 63);
    }

    [Fact]
    public void A_missing_required_member_is_refused_at_the_object_that_lacks_it()
    {
        // "thematicAreas" 25-39, ':' 40, ' ' 41, '[' 42, the object at 43.
        const string Json = "{\"schemaVersion\": \"1.0\", \"thematicAreas\": [{\"id\": \"geology\"}]}";

        var error = Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.MissingMember, "$.thematicAreas[0]", line: 1, position: 43);
        error.Message.Should().Contain("'name'");
    }

    [Fact]
    public void A_document_without_a_schema_version_is_refused()
    {
        Expect(() => AseanMineralsJson.DeserializeReferenceData("{\"memberStates\": []}"), JsonRules.MissingMember, "$", line: 1, position: 0);
    }

    [Fact]
    public void A_number_beyond_the_range_of_its_member_is_refused_at_the_number()
    {
        // "objectives" 25-36, ':' 37, ' ' 38, '[' 39, '{' 40, "id" 41-44, ':' 45, ' ' 46, "a" 47-49, ',' 50, ' ' 51,
        // "number" 52-59, ':' 60, ' ' 61, 3000000000 (more than int.MaxValue, 2147483647) at 62.
        const string Json = "{\"schemaVersion\": \"1.0\", \"objectives\": [{\"id\": \"a\", \"number\": 3000000000, \"title\": \"t\", \"confidence\": \"confirmed\", \"sources\": []}]}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.ValueOutOfRange, "$.objectives[0].number", line: 1, position: 62);
    }

    [Fact]
    public void A_code_without_its_leading_zero_is_an_invalid_value()
    {
        // As the wrong-type case, with the string "96" at 49.
        const string Json = "{\"schemaVersion\": \"1.0\", \"tradeAreas\": [{\"code\": \"96\", \"name\": \"Brunei\", \"kind\": \"country\", \"confidence\": \"confirmed\", \"sources\": []}]}";

        var error = Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.InvalidValue, "$.tradeAreas[0].code", line: 1, position: 49);
        error.Message.Should().Contain("\"96\"");
    }

    [Fact]
    public void A_date_that_does_not_exist_is_an_invalid_value()
    {
        // Line 3 is "    \"accessionDate\": \"1967-02-30\","; the date string starts at byte 21.
        const string Json = "{\"schemaVersion\": \"1.0\", \"memberStates\": [{\n    \"alpha2\": \"ID\", \"alpha3\": \"IDN\", \"isoNumeric\": \"360\", \"m49\": \"360\", \"shortName\": \"Indonesia\", \"isoName\": \"Indonesia\",\n    \"accessionDate\": \"1967-02-30\",\n    \"confidence\": \"confirmed\", \"sources\": []}]}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.InvalidValue, "$.memberStates[0].accessionDate", line: 3, position: 21);
    }

    [Fact]
    public void A_name_outside_an_enum_is_an_invalid_value()
    {
        // "partners" 25-34, ':' 35, ' ' 36, '[' 37, '{' 38, "id" 39-42, ':' 43, ' ' 44, "KOR" 45-49, ',' 50, ' ' 51,
        // "name" 52-57, ':' 58, ' ' 59, "Korea" 60-66, ',' 67, ' ' 68, "kind" 69-74, ':' 75, ' ' 76, "friend" at 77.
        const string Json = "{\"schemaVersion\": \"1.0\", \"partners\": [{\"id\": \"KOR\", \"name\": \"Korea\", \"kind\": \"friend\", \"confidence\": \"confirmed\", \"sources\": []}]}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.InvalidValue, "$.partners[0].kind", line: 1, position: 77);
    }

    [Fact]
    public void A_value_a_model_constructor_refuses_is_reported_at_its_object_with_the_member_path()
    {
        // A source address must be http(s); Source's constructor says so. After the prefix (0-24): "partners" 25-34, ':' 35,
        // ' ' 36, '[' 37, '{' 38, "id": "KOR", 39-51, "name": "Korea", 52-68, "kind": "dialoguePartner", 69-95,
        // "confidence": "confirmed", 96-122, "sources" 123-131, ':' 132, ' ' 133, '[' 134: the source object at 135.
        const string Json = "{\"schemaVersion\": \"1.0\", \"partners\": [{\"id\": \"KOR\", \"name\": \"Korea\", \"kind\": \"dialoguePartner\", \"confidence\": \"confirmed\", \"sources\": [{\"title\": \"t\", \"url\": \"ftp://x.org/\"}]}]}";
        var sourceStart = Json.IndexOf("[{\"title\"", StringComparison.Ordinal) + 1;
        sourceStart.Should().Be(135);

        var error = Expect(() => AseanMineralsJson.DeserializeReferenceData(Json), JsonRules.InvalidValue, "$.partners[0].sources[0].url", line: 1, position: 135);
        error.Message.Should().Contain("http or https");
        error.InnerException.Should().BeOfType<ArgumentException>();
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_at_the_first_container_too_deep()
    {
        // In a newer minor version unknown members are kept, so only the depth limit applies. "x" 25-27, ':' 28, ' ' 29,
        // the arrays start at 30: the root object is level 1, array k is level k + 1, so array 32 (at 30 + 31 = 61) is level 33.
        var tooDeep = "{\"schemaVersion\": \"1.1\", \"x\": " + new string('[', 32) + new string(']', 32) + "}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(tooDeep), JsonRules.TooDeep, "$.x" + string.Concat(Enumerable.Repeat("[0]", 31)), line: 1, position: 61);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var deepest = "{\"schemaVersion\": \"1.1\", \"x\": " + new string('[', 31) + new string(']', 31) + "}";

        AseanMineralsJson.DeserializeReferenceData(deepest).UnknownMembers.Should().ContainKey("x");
    }

    [Fact]
    public void A_string_longer_than_the_limit_is_refused_and_one_at_the_limit_is_read()
    {
        // "thematicAreas" 25-39, ':' 40, ' ' 41, '[' 42, '{' 43, "id" 44-47, ':' 48, ' ' 49, "x" 50-52, ',' 53, ' ' 54,
        // "name" 55-60, ':' 61, ' ' 62, the string at 63.
        static string Document(int length) => "{\"schemaVersion\": \"1.0\", \"thematicAreas\": [{\"id\": \"x\", \"name\": \"" + new string('é', length) + "\", \"confidence\": \"confirmed\", \"sources\": [{\"title\": \"T\", \"url\": \"https://example.org/t\"}]}]}";

        Expect(() => AseanMineralsJson.DeserializeReferenceData(Document(JsonRules.MaxStringLength + 1)), JsonRules.TooLong, "$.thematicAreas[0].name", line: 1, position: 63);
        AseanMineralsJson.DeserializeReferenceData(Document(JsonRules.MaxStringLength)).ThematicAreas[0].Name.Should().HaveLength(JsonRules.MaxStringLength);
    }

    [Fact]
    public void A_newer_major_version_is_refused_with_a_clear_message()
    {
        // {"schemaVersion": takes bytes 0-17; the version string starts at 18.
        var error = Expect(() => AseanMineralsJson.DeserializeReferenceData("{\"schemaVersion\": \"2.0\", \"memberStates\": []}"), JsonRules.UnsupportedSchemaVersion, "$.schemaVersion", line: 1, position: 18);

        error.Message.Should().Contain("2.0").And.Contain("Update AseanMinerals.Core");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.0.1")]
    [InlineData("v1.0")]
    [InlineData("01.0")]
    [InlineData("0.9")]
    public void A_schema_version_that_is_not_a_readable_MAJOR_MINOR_is_refused(string version)
    {
        var json = "{\"schemaVersion\": \"" + version + "\"}";

        Expect(() => AseanMineralsJson.DeserializeTradeDataset(json), JsonRules.UnsupportedSchemaVersion, "$.schemaVersion", line: 1, position: 18);
    }

    [Fact]
    public void A_newer_minor_version_keeps_unknown_members_at_every_level()
    {
        const string Json = "{\"schemaVersion\": \"1.4\", \"since\": 2030, \"thematicAreas\": [{\"id\": \"geology\", \"name\": \"Geology\", \"colour\": \"brown\", \"confidence\": \"confirmed\", \"sources\": [{\"title\": \"T\", \"url\": \"https://example.org/t\"}]}]}";

        var document = AseanMineralsJson.DeserializeReferenceData(Json);

        document.SchemaVersion.Should().Be("1.4");
        document.UnknownMembers["since"].GetInt32().Should().Be(2030);
        document.ThematicAreas[0].UnknownMembers["colour"].GetString().Should().Be("brown");
        AseanMineralsJson.Serialize(document).Should().Be(
            "{\"schemaVersion\":\"1.4\",\"memberStates\":[],\"tradeAreas\":[],\"partners\":[],\"objectives\":[],\"ministerialMeetings\":[],\"bodies\":[],\"actionPlans\":[],"
            + "\"thematicAreas\":[{\"id\":\"geology\",\"name\":\"Geology\",\"sources\":[{\"title\":\"T\",\"url\":\"https://example.org/t\"}],\"confidence\":\"confirmed\",\"inferredMembers\":[],\"colour\":\"brown\"}],\"initiatives\":[],\"indicators\":[],\"since\":2030}");
    }

    [Fact]
    public void Records_equal_but_for_their_unknown_members_are_not_equal()
    {
        var withColour = AseanMineralsJson.DeserializeReferenceData("{\"schemaVersion\": \"1.1\", \"thematicAreas\": [{\"id\": \"g\", \"name\": \"G\", \"colour\": \"brown\", \"confidence\": \"confirmed\", \"sources\": [{\"title\": \"T\", \"url\": \"https://example.org/t\"}]}]}");
        var withOtherColour = AseanMineralsJson.DeserializeReferenceData("{\"schemaVersion\": \"1.1\", \"thematicAreas\": [{\"id\": \"g\", \"name\": \"G\", \"colour\": \"grey\", \"confidence\": \"confirmed\", \"sources\": [{\"title\": \"T\", \"url\": \"https://example.org/t\"}]}]}");
        var withSameColour = AseanMineralsJson.DeserializeReferenceData("{\"schemaVersion\": \"1.1\", \"thematicAreas\": [{\"colour\": \"brown\", \"id\": \"g\", \"name\": \"G\", \"confidence\": \"confirmed\", \"sources\": [{\"title\": \"T\", \"url\": \"https://example.org/t\"}]}]}");

        withColour.ThematicAreas[0].Should().NotBe(withOtherColour.ThematicAreas[0]);
        withColour.ThematicAreas[0].Should().Be(withSameColour.ThematicAreas[0]);
    }

    [Fact]
    public void Reading_fails_whole_no_partial_document_escapes()
    {
        // The first member state is valid; the second is not. Nothing is returned, and the seeds still load afterwards.
        const string Json = "{\"schemaVersion\": \"1.0\", \"thematicAreas\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\"}]}";
        ReferenceDataSet? document = null;

        Action act = () => document = AseanMineralsJson.DeserializeReferenceData(Json);

        act.Should().Throw<AseanMineralsJsonException>();
        document.Should().BeNull();
    }

    [Fact]
    public void Every_JSON_rule_is_in_the_catalogue_with_a_unique_code()
    {
        var codes = AseanMinerals.Core.Validation.ValidationRules.All.Select(r => r.Code).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().Contain(JsonRules.All.Select(r => r.Code));
        JsonRules.All.Select(r => r.Code).Should().AllSatisfy(code => code.Should().StartWith("AMC4"));
    }

    private static AseanMineralsJsonException Expect(Action act, AseanMinerals.Core.Validation.ValidationRule rule, string path, long line, long position)
    {
        var error = act.Should().Throw<AseanMineralsJsonException>().Which;
        error.Code.Should().Be(rule.Code, error.Message);
        error.Path.Should().Be(path, error.Message);
        error.LineNumber.Should().Be(line, error.Message);
        error.BytePositionInLine.Should().Be(position, error.Message);
        return error;
    }
}
