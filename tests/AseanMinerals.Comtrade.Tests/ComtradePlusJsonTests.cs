using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>The Comtrade+ API response: China's 2022 imports from the World, the ten ASEAN members and Areas nes (Fixtures/README.md).</summary>
public class ComtradePlusJsonTests
{
    private const string Header = """{"elapsedTime":"0.1 secs","count":2,"data":[""";

    [Fact]
    public async Task The_response_is_detected_as_json_and_read_element_by_element()
    {
        var result = await Fixture.ReadAsync(Fixture.ComtradePlusJson);

        result.Summary.Format.Should().Be(nameof(ComtradeFormat.ComtradePlusJson));
        result.Summary.RowsRead.Should().Be(12);
        result.Summary.Records.Should().Be(12);
        result.Summary.Issues.Issues.Should().BeEmpty();
    }

    [Fact]
    public async Task The_json_gives_the_same_records_as_the_csv_rows_it_was_made_from()
    {
        var json = (await Fixture.ReadAsync(Fixture.ComtradePlusJson)).Records;
        var csv = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        // China's M rows with the World (0), the ten members and Areas nes (899), in file order.
        int[] partners = [0, 96, 104, 116, 360, 418, 458, 608, 702, 704, 764, 899];
        json.Should().Equal(csv.Where(r => r.Reporter.Value == 156 && r.Flow == TradeFlow.Import && partners.Contains(r.Partner.Value)));
        json.Should().HaveCount(12);
    }

    [Fact]
    public async Task A_rejected_element_is_named_by_its_path_and_line()
    {
        var text = Header + "\n" + Element("M", "0", "100") + ",\n" + Element("M", "4", "\"lots\"") + "],\"error\":\"\"}";
        var options = new ComtradeImportOptions { OnInvalidRow = InvalidRowHandling.Collect };

        var summary = (await Fixture.ReadTextAsync(text, options, "response.json")).Summary;

        var issue = summary.Issues.Errors.Should().ContainSingle().Subject;
        issue.Code.Should().Be("AMC5004");
        issue.Path.Should().Be("data[1].primaryValue");
        issue.Line.Should().Be(3); // line 1 the header, line 2 data[0], line 3 data[1]
        issue.Source.Should().Be("response.json");
        summary.Records.Should().Be(1);
        summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task An_empty_data_array_is_a_warning_because_Comtrade_answers_bad_queries_with_it()
    {
        var summary = (await Fixture.ReadTextAsync("""{"elapsedTime":"0.01 secs","count":0,"data":[],"error":""}""", name: "empty.json")).Summary;

        summary.RowsRead.Should().Be(0);
        summary.Issues.Warnings.Should().ContainSingle(i => i.Code == "AMC5021" && i.Message.Contains("empty list"));
    }

    [Fact]
    public async Task An_error_in_the_response_stops_the_import()
    {
        var act = () => Fixture.ReadTextAsync("""{"elapsedTime":"0 secs","count":0,"data":[],"error":"Invalid reporterCode"}""", name: "error.json");

        (await act.Should().ThrowAsync<Core.Validation.ValidationException>())
            .Which.Result.Errors.Should().ContainSingle(i => i.Code == "AMC5013" && i.Message.Contains("Invalid reporterCode"));
    }

    [Fact]
    public async Task A_rate_limit_answer_without_data_is_not_taken_for_an_empty_result()
    {
        var act = () => Fixture.ReadTextAsync("""{ "statusCode": 429, "message": "Rate limit is exceeded. Try again in 7 seconds." }""", name: "throttled.json");

        (await act.Should().ThrowAsync<Core.Validation.ValidationException>())
            .Which.Result.Errors.Should().ContainSingle(i => i.Code == "AMC5001" && i.Message.Contains("Rate limit is exceeded"));
    }

    [Fact]
    public async Task A_count_that_differs_from_the_elements_is_a_warning()
    {
        var text = Header + Element("M", "0", "100") + "],\"error\":\"\"}";

        var summary = (await Fixture.ReadTextAsync(text, name: "short.json")).Summary;

        summary.Issues.Warnings.Should().ContainSingle(i => i.Code == "AMC5021" && i.Message.Contains("announces 2 records but holds 1"));
    }

    [Fact]
    public async Task Broken_json_stops_the_import_with_its_line()
    {
        var text = Header + "\n" + Element("M", "0", "100") + ",\n{\"typeCode\": }]}";

        var act = () => Fixture.ReadTextAsync(text, name: "broken.json");

        (await act.Should().ThrowAsync<Core.Validation.ValidationException>())
            .Which.Result.Errors.Should().ContainSingle(i => i.Code == "AMC5012" && i.Line == 3);
    }

    [Fact]
    public async Task A_response_saved_with_a_byte_order_mark_is_read()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Fixture.Bytes(Fixture.ComtradePlusJson)];

        var result = await Fixture.ReadBytesAsync(bytes, name: "saved.json");

        result.Summary.Format.Should().Be(nameof(ComtradeFormat.ComtradePlusJson));
        result.Summary.Encoding.Should().Be(TradeTextEncoding.Utf8WithByteOrderMark);
        result.Records.Should().HaveCount(12);
    }

    [Fact]
    public async Task A_monthly_element_is_read_as_its_month()
    {
        var text = "[" + Element("M", "0", "100").Replace("\"freqCode\":\"A\"", "\"freqCode\":\"M\"", StringComparison.Ordinal).Replace("\"period\":\"2022\"", "\"period\":\"202206\"", StringComparison.Ordinal) + "]";

        var record = (await Fixture.ReadTextAsync(text, name: "monthly.json")).Records.Single();

        record.Period.Should().Be(TradePeriod.Monthly(2022, 6));
    }

    [Fact]
    public async Task A_bare_array_of_records_is_read_too()
    {
        var text = "[" + Element("M", "0", "100") + "," + Element("X", "0", "250.5") + "]";

        var records = (await Fixture.ReadTextAsync(text, name: "records.json")).Records;

        records.Select(r => r.Value).Should().Equal(100m, 250.5m);
    }

    [Fact]
    public async Task An_element_larger_than_the_read_buffer_is_read_whole()
    {
        // 200,000 characters of description: several times the 64 KiB buffer, so the buffer has to grow for it.
        var text = Header.Replace("\"count\":2", "\"count\":1", StringComparison.Ordinal) + Element("M", "0", "100", description: new string('x', 200_000)) + "],\"error\":\"\"}";

        var records = (await Fixture.ReadTextAsync(text, name: "large.json")).Records;

        records.Should().ContainSingle().Which.Value.Should().Be(100m);
    }

    private static string Element(string flow, string partner, string value, string description = "Total") =>
        $$"""{"typeCode":"C","freqCode":"A","refYear":2022,"refMonth":52,"period":"2022","reporterCode":156,"flowCode":"{{flow}}","partnerCode":{{partner}},"partner2Code":0,"classificationCode":"H6","cmdCode":"TOTAL","cmdDesc":"{{description}}","customsCode":"C00","motCode":0,"qtyUnitCode":-1,"qty":null,"netWgt":null,"primaryValue":{{value}},"isReported":false,"isAggregate":true}""";
}
