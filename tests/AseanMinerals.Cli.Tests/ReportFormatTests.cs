using System.Text.Json;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// The text formats of <c>report</c> and <c>shares</c>: GitHub Markdown that parses as tables, plain aligned text, JSON;
/// numbers right-aligned with one format per column, each n/a reason once, words for readers.
/// </summary>
public sealed partial class ReportFormatTests
{
    // The sections of the reference-data report, one table each: member states, objectives, meetings, bodies, action
    // plans, initiatives by area and by supporter, indicators.
    private const int ReportTables = 8;

    private static readonly MarkdownPipeline GitHub = new MarkdownPipelineBuilder().UsePipeTables().Build();

    [Fact]
    public async Task Report_redirected_is_GitHub_Markdown_whose_tables_parse_as_tables_and_nothing_as_code()
    {
        var run = await CliRun.RunAsync("report");

        run.ExitCode.Should().Be(0, run.Error);
        var document = Markdown.Parse(run.Out, GitHub);
        document.Descendants<Table>().Should().HaveCount(ReportTables);
        document.Descendants<CodeBlock>().Should().BeEmpty("an indented title would be read as code");
        document.Descendants<HeadingBlock>().Where(static h => h.Level == 3).Should().HaveCount(ReportTables, "each table has its title as a heading");
    }

    [Fact]
    public async Task Report_md_is_the_same_as_the_redirected_default()
    {
        var byDefault = await CliRun.RunAsync("report");
        var md = await CliRun.RunAsync("report", "--format", "md");

        Strip(md.Out).Should().Be(Strip(byDefault.Out));

        static string Strip(string text) => MadeBy().Replace(text, string.Empty);
    }

    [Fact]
    public async Task Markdown_numeric_columns_are_right_aligned_and_text_columns_left_aligned()
    {
        var run = await CliRun.RunAsync("report", "--format", "md");

        var indicators = Markdown.Parse(run.Out, GitHub).Descendants<Table>().Last();
        var headings = ((TableRow)indicators[0]).Select(static c => Text((TableCell)c)).ToList();
        headings.Should().Equal("Indicator", "Year", "Share", "US$ billion", "Qualifier", "Source");
        indicators.ColumnDefinitions.Take(6).Select(static d => d.Alignment).Should().Equal(
            TableColumnAlign.Left, TableColumnAlign.Right, TableColumnAlign.Right, TableColumnAlign.Right, TableColumnAlign.Left, TableColumnAlign.Left);
    }

    [Fact]
    public async Task Report_shows_display_names_and_no_raw_type_names_nor_seed_paths()
    {
        var run = await CliRun.RunAsync("report");

        run.Out.Should().NotContainAny("DialoguePartner", "MineralsTrade", "IntraAseanShare", "WorkingGroup", "seeds/reference");
        run.Out.Should().Contain("| dialogue partner |").And.Contain("| intra-ASEAN share of minerals trade |");
        run.Out.Should().Contain("asean-minerals report --sources");
    }

    [Fact]
    public async Task Report_indicators_put_percentages_and_US_dollars_in_columns_of_their_own()
    {
        var run = await CliRun.RunAsync("report", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        var indicators = ParseJson(run.Out).GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("title").GetString() == "Published trade indicators");
        var rows = indicators.GetProperty("rows").EnumerateArray().ToList();

        // seeds/reference/indicators.json: minerals trade 2002 is US$10.5 billion; the minerals share of total trade 2018 is 9%.
        var trade2002 = rows.Single(r => r.GetProperty("Indicator").GetString() == "minerals trade" && r.GetProperty("Year").GetInt32() == 2002);
        trade2002.GetProperty("US$ billion").GetDecimal().Should().Be(10.5m);
        var share2018 = rows.Single(r => r.GetProperty("Indicator").GetString() == "minerals share of total trade");
        share2018.GetProperty("Share").GetDecimal().Should().Be(0.09m);
        indicators.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("heading").GetString() == "Share").GetProperty("numberFormat").GetString().Should().Be("0.00%");
    }

    [Fact]
    public async Task Report_text_is_plain_aligned_text_without_pipes()
    {
        var run = await CliRun.RunAsync("report", "--format", "text");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().NotContain("| ").And.NotContain("\u001b[");
        var lines = run.Out.Split('\n');

        // The member-state table: each code starts in the same column on every row.
        // The member-state table comes first; the supporters' table names members too, further down.
        var rows = lines.Where(static l => Regex.IsMatch(l, @"^(Indonesia|Timor-Leste|Brunei Darussalam) ")).Take(3).ToList();
        rows.Should().HaveCount(3);
        rows.Select(static r => r.IndexOf(" IDN ", StringComparison.Ordinal) is var i and >= 0 ? i : r.IndexOf(r.Contains("TLS", StringComparison.Ordinal) ? " TLS " : " BRN ", StringComparison.Ordinal)).Distinct().Should().HaveCount(1);
    }

    [Fact]
    public async Task Shares_text_right_aligns_money_with_thousands_separators()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "text");

        run.ExitCode.Should().Be(0, run.Error);

        // The commodity groups of the 450 (300, 100, 50) and their total: the numbers end in the same column.
        var lines = run.Out.Split('\n').Where(static l => Regex.IsMatch(l, @"^(Metallic ores, slag and ash|Iron and steel|Industrial minerals|Total) ")).Take(4).ToList();
        lines.Should().HaveCount(4);
        lines.Select(static l => Regex.Match(l, @"\d(?=\s+\d+\.\d\d%)").Index).Distinct().Should().HaveCount(1);

        // Total trade of ASEAN: 1,000 + 1,000 + 500 + 500 = 3,000.
        run.Out.Should().Contain("3,000");
    }

    [Fact]
    public async Task Shares_money_column_has_one_number_format_even_where_values_differ_in_decimals()
    {
        if (SharedComtradePlus is not { } file)
        {
            return;
        }

        var run = await CliRun.RunAsync("shares", file, "--reporter", "DEU", "--format", "md");

        // Germany's values carry up to three decimals in the file: every number of the Value column then shows three.
        var headline = Markdown.Parse(run.Out, GitHub).Descendants<Table>().First();
        var values = headline.Skip(1).Select(static r => Text((TableCell)((TableRow)r)[1])).Where(static v => v.Length > 0 && char.IsDigit(v[0])).ToList();
        values.Should().NotBeEmpty();
        values.Should().AllSatisfy(static v => v.Should().MatchRegex(@"^\d{1,3}(,\d{3})*\.\d{3}$"));
        headline.ColumnDefinitions[1].Alignment.Should().Be(TableColumnAlign.Right);
    }

    [Fact]
    public async Task Shares_prints_each_na_reason_once_and_refers_to_it_from_the_cells()
    {
        var run = await CliRun.RunAsync("shares", HandMade, "--format", "md");

        run.ExitCode.Should().Be(0, run.Error);
        var notes = Regex.Matches(run.Out, @"^- \[(\d+)\] (.+)$", RegexOptions.Multiline).Select(static m => (Number: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        notes.Should().NotBeEmpty();
        notes.Select(static n => n.Number).Should().OnlyHaveUniqueItems();
        notes.Select(static n => n.Text).Should().OnlyHaveUniqueItems();
        foreach (var (number, text) in notes)
        {
            Regex.Matches(run.Out, @"^- \[\d+\] " + Regex.Escape(text) + "$", RegexOptions.Multiline).Should().HaveCount(1, $"note {number} is printed once");
            run.Out.Should().Contain($"n/a [{number}]");
        }

        // The eight members without rows share their reasons: far fewer notes than n/a cells.
        Regex.Matches(run.Out, @"n/a \[\d+\]").Count.Should().BeGreaterThan(3 * notes.Count);
    }

    [Fact]
    public async Task Shares_counts_say_1_record_and_never_1_records()
    {
        var run = await CliRun.RunAsync("shares", HandMade);

        run.Out.Should().NotMatchRegex(@"\b1 records\b");
        DisplayCount(1).Should().Be("1 record");
        DisplayCount(1352).Should().Be("1,352 records");

        static string DisplayCount(long n) => AseanMinerals.Cli.Rendering.DisplayText.Count(n, "record");
    }

    [Fact]
    public async Task Report_sources_lists_each_source_with_the_records_citing_it()
    {
        var run = await CliRun.RunAsync("report", "--sources");

        run.ExitCode.Should().Be(0, run.Error);
        var table = Markdown.Parse(run.Out, GitHub).Descendants<Table>().Single();
        var rows = table.Skip(1).Cast<TableRow>().Select(static r => r.Select(static c => Text((TableCell)c)).ToList()).ToList();

        // seeds/reference/member-states.json: Timor-Leste cites AsiaOne's report of its admission, and no other member does.
        rows.Should().Contain(r => r[1].StartsWith("AsiaOne, Timor-Leste officially admitted to ASEAN", StringComparison.Ordinal) && r[3] == "TLS");
        rows.Select(static r => r[2]).Should().OnlyContain(static url => url.StartsWith("http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_sources_of_a_record_by_id_prints_the_sources_it_cites()
    {
        var run = await CliRun.RunAsync("report", "--sources", "tls");

        run.ExitCode.Should().Be(0, run.Error);

        // The five sources of TLS in seeds/reference/member-states.json (the ISO dataset for its codes, three news
        // reports of its accession, UNSD's M49 page for its region).
        run.Out.Should().Contain("ISO 3166 countries with regional codes")
            .And.Contain("IANS, Timor-Leste becomes 11th member of ASEAN, 26 October 2025")
            .And.Contain("https://www.asiaone.com/asia/timor-leste-officially-admitted-asean-becoming-its-11th-member")
            .And.Contain("Viet Nam News, 47th ASEAN Summit: Timor-Leste officially becomes ASEAN's 11th member")
            .And.Contain("https://unstats.un.org/unsd/methodology/m49/overview/");
        Markdown.Parse(run.Out, GitHub).Descendants<Table>().Single().Should().HaveCount(1 + 5);
    }

    [Fact]
    public async Task Report_sources_of_an_unknown_id_is_a_usage_error_with_exit_code_2()
    {
        var run = await CliRun.RunAsync("report", "--sources", "ATLANTIS");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--sources ATLANTIS: no record has this id");
    }

    [Fact]
    public async Task Shares_help_says_what_the_reporter_defaults_to_and_the_tool_does_so()
    {
        var help = await CliRun.RunAsync("shares", "--help");
        var noAsean = await CliRun.RunAsync("shares", ComtradePlusExcerpt, "--format", "json");
        var asean = await CliRun.RunAsync("shares", HandMade, "--format", "json");

        help.Out.Should().Contain("Left out: ASEAN where a member state reports in the data, otherwise each reporter of the data.");
        help.Out.Should().NotContain("ASEAN (the default)");

        // The excerpt's reporters are China, Germany and the USA (see its README); the hand-made file's are Indonesia and Malaysia.
        Reporters(noAsean.Out).Should().Equal("China", "Germany", "USA");
        Reporters(asean.Out).Should().Equal("ASEAN");

        static List<string?> Reporters(string json) =>
            [.. ParseJson(json).GetProperty("reporters").EnumerateArray().Select(static r => r.GetProperty("reporter").GetString())];
    }

    [Fact]
    public async Task Shares_writes_to_a_file_with_o_and_leaves_standard_output_empty()
    {
        var folder = Directory.CreateTempSubdirectory("asean-minerals-md-").FullName;
        try
        {
            var path = Path.Combine(folder, "shares.md");
            var run = await CliRun.RunAsync("shares", HandMade, "-o", path);

            run.ExitCode.Should().Be(0, run.Error);
            run.Out.Should().BeEmpty();
            Markdown.Parse(await File.ReadAllTextAsync(path), GitHub).Descendants<Table>().Should().NotBeEmpty();
            Directory.GetFiles(folder).Should().Equal(path);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Shares_on_a_terminal_draws_rounded_tables_with_numbers_right_aligned()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApplication.RunAsync(["shares", HandMade], new CliEnvironment(output, error, IsTerminal: true));

        code.Should().Be(0, error.ToString());
        var text = Regex.Replace(output.ToString(), @"\u001b\[[0-9;]*m", string.Empty);
        text.Should().Contain("╭");

        // ASEAN's total trade, 3,000: right-aligned, so the cell ends with the number and one space.
        text.Should().MatchRegex(@"│ total trade +│ +3,000 │");
    }

    private static string Text(TableCell cell) =>
        string.Concat(cell.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(static l => l.Content.ToString())).Trim();

    [GeneratedRegex(@"Made by: .*")]
    private static partial Regex MadeBy();
}
