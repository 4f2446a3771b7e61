using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MiniExcelLibs;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// <c>--format xlsx</c>: the workbook is read back with MiniExcel (another library than the writer's) for its values,
/// which must be the JSON output's, and with the Open XML SDK for what MiniExcel does not show (types, formats, panes).
/// </summary>
public sealed class WorkbookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Shares_workbook_has_an_About_sheet_and_one_sheet_per_table()
    {
        var path = await SharesWorkbook();

        // Hand-made records: the headline, the member states, the groups and the top partners in scope; the top partners
        // in total trade are n/a (TOTAL rows with the World only), so they have no table.
        MiniExcel.GetSheetNames(path).Should().Equal("About", "ASEAN headline", "ASEAN members", "ASEAN groups", "ASEAN partners in scope");
    }

    [Fact]
    public async Task Shares_workbook_values_are_the_JSON_outputs_numbers()
    {
        var path = await SharesWorkbook();
        var json = await CliRun.RunAsync("shares", HandMade, "--format", "json");
        var asean = Reporter(ParseJson(json.Out), "ASEAN");

        var headline = Rows(path, "ASEAN headline");
        Number(headline.Single(r => (string)r["Figure"]! == "total trade")["Value (USD)"]).Should().Be(asean.GetProperty("totalTrade").GetProperty("valueUsd").GetDouble());
        Number(headline.Single(r => (string)r["Figure"]! == "share of trade in scope minerals in total trade")["Share"])
            .Should().Be(asean.GetProperty("mineralsShareOfTotal").GetProperty("share").GetDouble());

        var members = Rows(path, "ASEAN members");
        foreach (var member in asean.GetProperty("byMemberState").GetProperty("members").EnumerateArray())
        {
            var row = members.Single(r => (string)r["Code"]! == member.GetProperty("code").GetString());
            if (member.GetProperty("mineralsTrade").GetProperty("valueUsd") is { ValueKind: JsonValueKind.Number } value)
            {
                Number(row["Trade in scope (USD)"]).Should().Be(value.GetDouble());
                Number(row["Share of its total trade"]).Should().Be(member.GetProperty("mineralsShareOfTotal").GetProperty("share").GetDouble());
            }
            else
            {
                ((string)row["Trade in scope (USD)"]!).Should().StartWith("n/a [");
            }
        }

        var groups = Rows(path, "ASEAN groups");
        foreach (var part in asean.GetProperty("byCommodityGroup").GetProperty("parts").EnumerateArray())
        {
            var row = groups.Single(r => (string)r["Code"]! == part.GetProperty("key").GetString());
            Number(row["Value (USD)"]).Should().Be(part.GetProperty("valueUsd").GetDouble());
            Number(row["Share"]).Should().BeApproximately(part.GetProperty("share").GetDouble(), 1e-12);
        }
    }

    [Fact]
    public async Task Shares_workbook_stores_numbers_as_numbers_with_formats_and_freezes_the_header_row()
    {
        var path = await SharesWorkbook();

        using var workbook = SpreadsheetDocument.Open(path, false);
        var part = workbook.WorkbookPart!;
        var formats = part.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().ToDictionary(static f => f.NumberFormatId!.Value, static f => f.FormatCode!.Value);
        var cellFormats = part.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "ASEAN members");
        var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;

        var pane = worksheet.Descendants<Pane>().Single();
        pane.State!.Value.Should().Be(PaneStateValues.Frozen);
        pane.VerticalSplit!.Value.Should().Be(1);

        // Indonesia's row (the fourth member by code, row 5): 400 in scope, 20% of its total trade (400 of 2,000).
        var indonesia = worksheet.Descendants<Row>().Single(r => r.RowIndex! == 5).Elements<Cell>().ToList();
        indonesia[2].DataType!.Value.Should().Be(CellValues.Number);
        indonesia[2].CellValue!.Text.Should().Be("400");
        Format(indonesia[2]).Should().Be("#,##0");
        indonesia[4].CellValue!.Text.Should().Be("0.2");
        Format(indonesia[4]).Should().Be("0.00%");

        string Format(Cell cell) => formats[cellFormats[(int)cell.StyleIndex!.Value].NumberFormatId!.Value]!;
    }

    [Fact]
    public async Task Shares_workbook_About_sheet_names_scope_membership_sources_and_the_command()
    {
        var path = await SharesWorkbook();

        var about = MiniExcel.Query(path, sheetName: "About").Select(static r => (string?)((IDictionary<string, object?>)r)["A"]).OfType<string>().ToList();

        about[0].Should().Be("Trade shares, 2022, scope minerals");
        about.Should().Contain(l => l.StartsWith("Scope: minerals (HS 25, 26, 68-76, 78-83); in the data: HS 25, 26, 72.", StringComparison.Ordinal));
        about.Should().Contain("Membership basis: changing composition: the members at each period's end.");
        about.Should().Contain(l => l.StartsWith("Source: ", StringComparison.Ordinal) && l.Contains("hand-made-2022.jsonl (JSON Lines, Utf8): 10 rows read", StringComparison.Ordinal));
        about.Should().Contain(l => l.StartsWith("Made by: asean-minerals shares ", StringComparison.Ordinal) && l.Contains("--format xlsx", StringComparison.Ordinal));
        about.Should().Contain(l => l.StartsWith("[1] ", StringComparison.Ordinal), "the reasons of the n/a cells are listed");
    }

    [Fact]
    public async Task Report_workbook_has_a_sheet_per_section_and_the_indicators_as_numbers()
    {
        var path = Path.Combine(_folder, "reference.xlsx");

        var run = await CliRun.RunAsync("report", "--format", "xlsx", "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        MiniExcel.GetSheetNames(path).Should().Equal(
            "About", "Member states", "Objectives", "Meetings", "Bodies", "Action plans", "Initiatives by area", "Initiatives by supporter", "Indicators");

        // seeds/reference/indicators.json: the minerals share of total trade 2018 is 9 (percent), the minerals trade 2002 US$10.5 billion.
        var indicators = Rows(path, "Indicators");
        Number(indicators.Single(r => (string)r["Indicator"]! == "minerals share of total trade")["Share"]).Should().Be(0.09);
        Number(indicators.Single(r => (string)r["Indicator"]! == "minerals trade" && Number(r["Year"]) == 2002)["US$ billion"]).Should().Be(10.5);
        Rows(path, "Member states").Should().HaveCount(11);
    }

    [Fact]
    public async Task Xlsx_without_o_is_a_usage_error_and_reads_no_input()
    {
        var run = await CliRun.RunAsync("shares", "no-such-file.jsonl", "--format", "xlsx");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--format xlsx: a workbook is written to a file; name it with -o FILE.xlsx");
    }

    private async Task<string> SharesWorkbook()
    {
        var path = Path.Combine(_folder, "shares.xlsx");
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "xlsx", "-o", path);
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("shares.xlsx: Excel workbook, 5 sheets");
        return path;
    }

    private static List<IDictionary<string, object?>> Rows(string path, string sheet) =>
        [.. MiniExcel.Query(path, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()];

    private static double Number(object? value) => value.Should().BeOfType<double>().Subject;
}
