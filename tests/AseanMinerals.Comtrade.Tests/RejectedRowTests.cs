using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Validation;
using static AseanMinerals.Comtrade.Tests.Support.LegacyRows;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>Rows that cannot be read: each is rejected with its line, column and rule, and counted; nothing is lost.</summary>
public class RejectedRowTests
{
    private static readonly ComtradeImportOptions Collect = new() { OnInvalidRow = InvalidRowHandling.Collect };

    [Theory]
    [InlineData(Column.TradeValue, "5.8.552", "AMC5004", "Trade Value (US$)")]
    [InlineData(Column.TradeValue, "-58552", "AMC2001", "Trade Value (US$)")] // the trade rule every reader applies
    [InlineData(Column.Netweight, "n/a", "AMC5004", "Netweight (kg)")]
    [InlineData(Column.Flag, "x", "AMC5004", "Flag")]
    [InlineData(Column.TradeFlow, "Z", "AMC5005", "Trade Flow")]
    [InlineData(Column.ReporterCode, "AUS", "AMC5006", "Reporter Code")]
    [InlineData(Column.PartnerCode, "1000", "AMC5006", "Partner Code")]
    [InlineData(Column.CommodityCode, "25231", "AMC5007", "Commodity Code")]
    [InlineData(Column.Classification, "S3", "AMC5008", "Classification")]
    [InlineData(Column.Period, "88", "AMC5009", "Period")]
    [InlineData(Column.Period, "198813", "AMC5009", "Period")]
    [InlineData(Column.CustomsCode, "X01", "AMC5011", "Customs Proc. Code")]
    [InlineData(Column.TransportCode, "Sea", "AMC5011", "Mode of Transport Code")]
    public async Task A_bad_field_rejects_its_row_naming_the_line_column_and_rule(int column, string value, string code, string columnName)
    {
        var text = File(Row(), Row((column, value)), Row());

        var summary = (await Fixture.ReadTextAsync(text, Collect, "made-up.csv")).Summary;

        var issue = summary.Issues.Errors.Should().ContainSingle().Subject;
        issue.Code.Should().Be(code);
        issue.Source.Should().Be("made-up.csv");
        issue.Line.Should().Be(3); // the header is line 1, the good row line 2
        issue.Path.Should().Be(columnName);
        issue.Message.Should().Contain(value);
        summary.Records.Should().Be(2);
        summary.Rejected.Should().Be(1);
        summary.RejectedByRule.Should().Equal(new Dictionary<string, long> { [code] = 1 });
        summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task A_row_without_any_trade_value_is_rejected()
    {
        var text = File(Row((Column.TradeValue, string.Empty), (Column.FobValue, string.Empty)));

        var summary = (await Fixture.ReadTextAsync(text, Collect)).Summary;

        summary.Issues.Errors.Should().ContainSingle(i => i.Code == "AMC5010" && i.Message.Contains("FOB Trade Value (US$)"));
    }

    [Fact]
    public async Task A_cut_row_is_rejected_for_its_field_count()
    {
        var text = File(Row(), string.Join(',', Row().Split(',')[..20]));

        var summary = (await Fixture.ReadTextAsync(text, Collect)).Summary;

        summary.Issues.Errors.Should().ContainSingle(i => i.Code == "AMC5003" && i.Line == 3 && i.Message.Contains("20 fields") && i.Message.Contains("35"));
    }

    [Fact]
    public async Task A_row_with_data_beyond_the_header_is_rejected()
    {
        var text = File(Row() + ",surplus");

        var summary = (await Fixture.ReadTextAsync(text, Collect)).Summary;

        summary.Issues.Errors.Should().ContainSingle(i => i.Code == "AMC5003" && i.Message.Contains("36 fields"));
    }

    [Fact]
    public async Task A_legacy_flow_code_that_contradicts_its_words_is_rejected()
    {
        var text = File(Row((Column.TradeFlowCode, "2"), (Column.TradeFlow, "Import")));

        var summary = (await Fixture.ReadTextAsync(text, Collect)).Summary;

        summary.Issues.Errors.Should().ContainSingle(i => i.Code == "AMC5005" && i.Message.Contains("Export") && i.Message.Contains("'Import'"));
    }

    [Fact]
    public async Task Services_rows_of_a_Comtrade_plus_file_are_rejected_as_not_goods()
    {
        var lines = System.Text.Encoding.Latin1.GetString(Fixture.Bytes(Fixture.ComtradePlusCsv)).Split("\r\n");
        var services = "\"S\"" + lines[1][3..];

        var summary = (await Fixture.ReadTextAsync(lines[0] + "\r\n" + services + "\r\n", Collect)).Summary;

        summary.Issues.Errors.Should().ContainSingle(i => i.Code == "AMC5014" && i.Path == "typeCode");
    }

    [Fact]
    public async Task A_long_bad_value_is_quoted_by_its_first_64_characters_and_its_length()
    {
        // 100,000 'x': the message quotes 64 of them, then the length, instead of the whole field.
        var text = File(Row((Column.TradeValue, new string('x', 100_000))));

        var summary = (await Fixture.ReadTextAsync(text, Collect, "made-up.csv")).Summary;

        var message = summary.Issues.Issues.Should().ContainSingle().Which.Message;
        message.Should().Be($"Trade Value (US$) '{new string('x', 64)}... (100,000 characters)' is not a trade value (a number of US dollars, not negative).");
    }

    [Fact]
    public async Task Stop_at_first_error_throws_for_the_first_bad_row_with_its_place()
    {
        var text = File(Row(), Row((Column.TradeValue, "abc")), Row((Column.TradeValue, "def")));
        var import = ComtradeFile.OpenStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "made-up.csv");
        var yielded = new List<Core.Trade.TradeRecord>();

        var act = async () =>
        {
            await foreach (var record in import)
            {
                yielded.Add(record);
            }
        };

        var error = (await act.Should().ThrowAsync<ValidationException>()).Which.Result.Errors.Single();
        error.ToString().Should().Be("made-up.csv:3: AMC5004 Trade Value (US$) 'abc' is not a trade value (a number of US dollars, not negative). (Trade Value (US$))");
        yielded.Should().ContainSingle();
        import.Summary.RowsRead.Should().Be(2);
        import.Summary.Rejected.Should().Be(1);
        import.Summary.IsComplete.Should().BeFalse();
        import.Summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task Collect_and_continue_reads_every_row_and_counts_rejections_by_rule()
    {
        var text = File(Row(), Row((Column.TradeValue, "abc")), Row((Column.TradeFlow, "Z")), Row((Column.TradeValue, "def")), Row());

        var summary = (await Fixture.ReadTextAsync(text, Collect)).Summary;

        summary.RowsRead.Should().Be(5);
        summary.Records.Should().Be(2);
        summary.RejectedByRule.Should().Equal(new Dictionary<string, long> { ["AMC5004"] = 2, ["AMC5005"] = 1 });
        summary.Issues.Errors.Select(i => i.Line).Should().Equal(3L, 4L, 5L);
        summary.IsComplete.Should().BeTrue();
        summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task Issues_beyond_the_limit_are_counted_but_not_listed()
    {
        var text = File([.. Enumerable.Repeat(Row((Column.TradeValue, "abc")), 5)]);
        var options = Collect with { MaxIssues = 2 };

        var summary = (await Fixture.ReadTextAsync(text, options)).Summary;

        summary.Rejected.Should().Be(5);
        summary.Issues.Issues.Should().HaveCount(2);
        summary.IssuesNotListed.Should().Be(3);
        summary.IssuesByRule["AMC5004"].Should().Be(5);
    }

    [Fact]
    public async Task Blank_lines_are_not_rows_and_are_counted_apart()
    {
        var text = Header + "\r\n" + Row() + "\r\n\r\n" + Row() + "\r\n";

        var summary = (await Fixture.ReadTextAsync(text)).Summary;

        summary.RowsRead.Should().Be(2);
        summary.BlankLines.Should().Be(1);
        summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task The_summary_prints_the_reconciliation_on_one_line()
    {
        var text = File(Row(), Row((Column.TradeValue, "abc")), Row((Column.SecondPartnerCode, "899")));

        var summary = (await Fixture.ReadTextAsync(text, Collect, "made-up.csv")).Summary;

        summary.ToString().Should().Be("made-up.csv (LegacyBulkCsv, Utf8): 3 rows read = 1 records + 1 set aside (1 Breakdown) + 1 rejected (1 AMC5004)");
    }
}
