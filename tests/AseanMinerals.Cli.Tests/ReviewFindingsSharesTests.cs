using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// The reviewer's findings of 2026-12-02 on <c>shares</c> (3, 9a, 9b, 12c): the reviewer's hand-made files, one record a
/// line; the answers worked out by hand in each test.
/// </summary>
public sealed class ReviewFindingsSharesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Exports_partner_rows_above_the_World_row_make_the_exports_plus_imports_share_absent()
    {
        // c3b: exports World 100, partner rows 100 (MYS) + 50 (SGP) = 150; imports World 100, partner rows 100 (CHN).
        // Before: "share of ASEAN in total trade (exports + imports) 150 / 200 = 75.00%", exit 0.
        var file = Write("c3b.jsonl",
            Line("360", "000", "export", "TOTAL", "100"), Line("360", "458", "export", "TOTAL", "100"), Line("360", "702", "export", "TOTAL", "50"),
            Line("360", "000", "import", "TOTAL", "100"), Line("360", "156", "import", "TOTAL", "100"));

        var run = await CliRun.RunAsync("shares", file, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var both = PartnerShare(ParseJson(run.Out).GetProperty("reporters")[0], "exports + imports", "ofTotalTrade");
        Decimal(both.GetProperty("share")).Should().BeNull();
        both.GetProperty("absent").GetProperty("kind").GetString().Should().Be("partsExceedWhole");
        both.GetProperty("absent").GetProperty("flow").GetString().Should().Be("export");
        Decimal(both.GetProperty("absent").GetProperty("numeratorUsd")).Should().Be(150m);
        Decimal(both.GetProperty("absent").GetProperty("denominatorUsd")).Should().Be(100m);
    }

    [Fact]
    public async Task Exports_minerals_above_exports_TOTAL_make_the_minerals_share_of_total_trade_absent()
    {
        // c3c: exports TOTAL 100, chapter 26 150; imports TOTAL 1,000, chapter 26 10. Before: 160 / 1,100 = 14.55%.
        var file = Write("c3c.jsonl",
            Line("360", "000", "export", "TOTAL", "100"), Line("360", "000", "export", "26", "150"),
            Line("360", "000", "import", "TOTAL", "1000"), Line("360", "000", "import", "26", "10"));

        var run = await CliRun.RunAsync("shares", file, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var share = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mineralsShareOfTotal");
        Decimal(share.GetProperty("share")).Should().BeNull();
        share.GetProperty("absent").GetProperty("kind").GetString().Should().Be("partsExceedWhole");
        share.GetProperty("absent").GetProperty("flow").GetString().Should().Be("export");
    }

    [Fact]
    public async Task A_tiny_TOTAL_under_a_large_chapter_is_an_absent_share_not_exit_70()
    {
        // 9a: 1e10 / 1e-20 = 1e30, beyond decimal (7.9e28). Before: "internal error: OverflowException", exit 70.
        var file = Write("o1.jsonl", Line("458", "000", "export", "TOTAL", "1e-20"), Line("458", "000", "export", "26", "1e10"));

        var run = await CliRun.RunAsync("shares", file, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var share = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("mineralsShareOfTotal");
        share.GetProperty("absent").GetProperty("kind").GetString().Should().Be("partsExceedWhole");
    }

    [Fact]
    public async Task A_total_above_decimal_range_is_absent_with_the_reason_not_exit_70()
    {
        // 9b: 5e28 + 5e28 = 1e29 > 79,228,162,514,264,337,593,543,950,335. Before: "The sum exceeds the range of decimal", exit 70.
        var file = Write("o2.jsonl", Line("458", "000", "export", "TOTAL", "5e28"), Line("360", "000", "export", "TOTAL", "5e28"));

        var run = await CliRun.RunAsync("shares", file, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var total = ParseJson(run.Out).GetProperty("reporters")[0].GetProperty("totalTrade");
        Decimal(total.GetProperty("valueUsd")).Should().BeNull();
        total.GetProperty("absent").GetProperty("kind").GetString().Should().Be("outOfRange");
    }

    [Fact]
    public async Task One_cell_above_decimal_range_makes_its_figures_absent_not_exit_70()
    {
        // Chapter 26 of Malaysia's exports: 5e28 (2601) + 5e28 (2602) = 1e29 in one cube cell, beyond a decimal. Before:
        // listing the reporters read every cell's value: "internal error: OverflowException", exit 70.
        var file = Write("o3.jsonl",
            Line("458", "000", "export", "2601", "5e28"), Line("458", "000", "export", "2602", "5e28"), Line("458", "000", "export", "TOTAL", "5e28"));

        var run = await CliRun.RunAsync("shares", file, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var reporter = ParseJson(run.Out).GetProperty("reporters")[0];
        Decimal(reporter.GetProperty("totalTrade").GetProperty("valueUsd")).Should().Be(5e28m);
        reporter.GetProperty("mineralsTrade").GetProperty("absent").GetProperty("kind").GetString().Should().Be("outOfRange");
    }

    [Fact]
    public async Task A_reporter_list_with_one_that_reports_nothing_exits_1_naming_it_and_the_ones_that_report()
    {
        // 12c: the Comtrade+ excerpt holds China's rows; Indonesia is only a partner. Before: exit 0 and a page of n/a for
        // Indonesia saying "no TOTAL rows ... sum of its commodity rows".
        var run = await CliRun.RunAsync("shares", ComtradePlusExcerpt, "--reporter", "IDN,CHN");

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Should().Be(
            "asean-minerals: IDN reports nothing in these files for 2022; it appears as a partner. CHN does: leave the others out of --reporter to see its figures");
    }

    [Fact]
    public async Task Top_partners_in_total_trade_agree_with_the_headline_and_show_the_part_with_no_partner()
    {
        // tp: exports World 1,000, 600 to Malaysia; imports World 1,000, 100 from China. Headline total 2,000, ASEAN
        // (Malaysia) 600 / 2,000 = 30%. Before: Malaysia 85.71% of a total of 700. By hand: 600 (30%), 100 (5%), not
        // assigned 1,300 (65%), total 2,000; the imports share 0 / 1,000 notes that 900 of the 1,000 has no partner.
        var file = Write("tp.jsonl",
            Line("360", "000", "export", "TOTAL", "1000"), Line("360", "458", "export", "TOTAL", "600"),
            Line("360", "000", "import", "TOTAL", "1000"), Line("360", "156", "import", "TOTAL", "100"));

        var run = await CliRun.RunAsync("shares", file, "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var reporter = ParseJson(run.Out).GetProperty("reporters")[0];
        var top = reporter.GetProperty("topPartnersInTotalTrade");
        Decimal(top.GetProperty("totalUsd")).Should().Be(2_000m);
        top.GetProperty("parts").EnumerateArray().Select(static p => (p.GetProperty("key").GetString(), Decimal(p.GetProperty("share"))))
            .Should().Equal(("458", 0.3m), ("156", 0.05m), ("unassigned", 0.65m));
        var imports = PartnerShare(reporter, "imports", "ofTotalTrade");
        Decimal(imports.GetProperty("share")).Should().Be(0m);
        var note = imports.GetProperty("notes")[0];
        note.GetProperty("kind").GetString().Should().Be("partnerRowsShort");
        Decimal(note.GetProperty("valueUsd")).Should().Be(900m);
        Decimal(note.GetProperty("wholeUsd")).Should().Be(1_000m);
    }

    [Fact]
    public async Task Re_imports_are_no_part_of_the_intra_ASEAN_share_and_the_table_says_so()
    {
        // 13: Indonesia imports World 1,000, of which 200 from itself. Before: "share of ASEAN in total trade (imports)
        // 20.00%" and Indonesia its own top partner. By hand: 0 / 1,000 = 0.00% with a note of the 200 left out.
        var file = Write("self.jsonl", Line("360", "000", "import", "TOTAL", "1000"), Line("360", "360", "import", "TOTAL", "200"));

        var run = await CliRun.RunAsync("shares", file);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("| share of ASEAN in total trade (imports) | 0 | 0.00% [")
            .And.Contain("US$200.00 of trade of Indonesia with itself as partner (re-imports, re-exports) is in the whole and in no partner's part: a reporter is not its own partner")
            .And.Contain("| trade with itself as partner (re-imports, re-exports) | self | 200 | 20.00% |");
    }

    [Fact]
    public async Task Monthly_records_beside_annual_ones_are_said_to_be_in_no_figure_in_the_table_and_the_JSON()
    {
        // Review finding 14: 2022 annual TOTAL 1,000 and HS 26 100 for Indonesia, and monthly TOTAL rows for 2022-01 (90) and
        // 2022-02 (80). The Source line counts 4 records; the annual figures use 2 (total 1,000, minerals 100 = 10.00%).
        var file = Write("monthly.jsonl",
            Line("360", "000", "export", "TOTAL", "1000"),
            Line("360", "000", "export", "26", "100"),
            Line("360", "000", "export", "TOTAL", "90").Replace("\"2022\"", "\"2022-01\"", StringComparison.Ordinal),
            Line("360", "000", "export", "TOTAL", "80").Replace("\"2022\"", "\"2022-02\"", StringComparison.Ordinal));

        var table = await CliRun.RunAsync("shares", file);
        var json = await CliRun.RunAsync("shares", file, "--format", "json");

        table.ExitCode.Should().Be(0, table.Error);
        table.Out.Should().Contain("4 rows read = 4 records")
            .And.Contain("Not in these figures: the records of the monthly periods the files also hold (periods: 2022-01, 2022-02); the figures are annual.")
            .And.Contain("| share of trade in scope minerals in total trade | 100 | 10.00% | 1,000 |");
        json.ExitCode.Should().Be(0, json.Error);
        System.Text.Json.JsonDocument.Parse(json.Out).RootElement.GetProperty("monthlyPeriodsNotUsed").EnumerateArray()
            .Select(static p => p.GetString()).Should().Equal("2022-01", "2022-02");
    }

    private static string Line(string reporter, string partner, string flow, string commodity, string value) =>
        $"{{\"period\":\"2022\",\"reporter\":\"{reporter}\",\"partner\":\"{partner}\",\"flow\":\"{flow}\",\"commodity\":\"{commodity}\",\"value\":{value}}}";

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}
