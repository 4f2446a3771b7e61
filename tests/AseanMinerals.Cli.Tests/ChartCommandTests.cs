using System.Xml.Linq;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

public sealed class ChartCommandTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-chart-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Chart_writes_a_PNG_file_with_the_PNG_signature()
    {
        var path = Path.Combine(_folder, "shares.png");

        var run = await CliRun.RunAsync("chart", HandMade, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes.Length.Should().BeGreaterThan(PngSignature.Length);
        bytes[..PngSignature.Length].Should().Equal(PngSignature);
    }

    [Fact]
    public async Task Chart_writes_an_SVG_that_parses_as_XML_with_the_bar_labels_and_the_caption()
    {
        var path = Path.Combine(_folder, "shares.svg");

        var run = await CliRun.RunAsync("chart", HandMade, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var texts = XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

        // Indonesia: 400 of its 2,000 = 20%; Malaysia 50 of 1,000 = 5.0%; groups of the 450: 300, 100 and 50 (67%, 22%, 11%),
        // each to two significant digits.
        texts.Should().Contain(["IDN", "MYS", "THA", "n/a", "20%", "5.0%", "67%", "22%", "11%", "intra-ASEAN part", "extra-ASEAN part"]);
        texts.Should().Contain(t => t.StartsWith("Membership basis: changing composition", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("Data: hand-made-2022.jsonl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chart_caption_names_two_inputs_of_one_file_name_with_their_folders()
    {
        // The hand-made file's lines split between two folders, each file called trade.jsonl: one caption must tell them apart.
        var lines = (await File.ReadAllTextAsync(HandMade)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var first = Path.Combine(_folder, "first", "trade.jsonl");
        var second = Path.Combine(_folder, "second", "trade.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(first)!);
        Directory.CreateDirectory(Path.GetDirectoryName(second)!);
        await File.WriteAllTextAsync(first, string.Join('\n', lines[..(lines.Length / 2)]));
        await File.WriteAllTextAsync(second, string.Join('\n', lines[(lines.Length / 2)..]));
        var path = Path.Combine(_folder, "two.svg");

        var run = await CliRun.RunAsync("chart", first, second, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var texts = XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        texts.Should().Contain(t => t.StartsWith("Data: first/trade.jsonl, second/trade.jsonl;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chart_SVG_holds_each_label_once()
    {
        var path = Path.Combine(_folder, "once.svg");

        await CliRun.RunAsync("chart", HandMade, "-o", path);

        var texts = XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        texts.Count(t => t == "20%").Should().Be(1);
        texts.Count(t => t == "IDN").Should().Be(1);
    }

    [Fact]
    public async Task Chart_of_a_file_without_commodity_rows_draws_nothing_and_says_why_with_exit_code_1()
    {
        var path = Path.Combine(_folder, "nothing.png");

        var run = await CliRun.RunAsync("chart", ComtradePlusExcerpt, "-o", path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("asean-minerals: nothing to chart for ASEAN");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public async Task Chart_to_a_file_that_is_neither_png_nor_svg_is_a_usage_error_with_exit_code_2()
    {
        var run = await CliRun.RunAsync("chart", HandMade, "-o", Path.Combine(_folder, "shares.gif"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("the chart is written as .png or .svg");
    }

    [Fact]
    public async Task Chart_title_and_caption_name_the_codes_the_data_holds_and_the_scope_asked_for()
    {
        var path = Path.Combine(_folder, "codes.svg");

        var run = await CliRun.RunAsync("chart", Fixture("world-only-2017.jsonl"), "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var texts = SvgTexts(path);

        // The file holds HS 252310 alone: the title says so rather than "minerals"; the caption names the scope's chapters
        // as the classification seed lists them (25, 26, 68-83 without the chapter 77 that the HS reserves).
        texts.Should().Contain(t => t.StartsWith("Trade in HS 252310 as a share of each ASEAN member state's total trade, 2017", StringComparison.Ordinal));
        texts.Should().Contain("Scope asked for: minerals (HS 25, 26, 68-76, 78-83); in the data: HS 252310.");
    }

    [Fact]
    public async Task Chart_legend_of_an_unsplit_bar_does_not_claim_missing_partner_rows_when_the_split_is_absent_for_another_reason()
    {
        // Indonesia 2017: TOTAL 60,000 + 40,000; minerals (HS 260111) World rows 100 + 50, so 150 of 100,000 = 0.15% of
        // total trade. Its partner rows with ASEAN (150 to Malaysia, 10 from Singapore) add to 160, above the 150 of its
        // World rows: the intra-ASEAN split is absent because the parts exceed the whole, not for want of partner rows.
        var input = Path.Combine(_folder, "parts-exceed-whole.jsonl");
        File.WriteAllText(input, string.Join('\n', [
            """{"period":"2017","reporter":"360","partner":"000","flow":"export","commodity":"TOTAL","value":60000}""",
            """{"period":"2017","reporter":"360","partner":"000","flow":"import","commodity":"TOTAL","value":40000}""",
            """{"period":"2017","reporter":"360","partner":"000","flow":"export","commodity":"260111","value":100}""",
            """{"period":"2017","reporter":"360","partner":"000","flow":"import","commodity":"260111","value":50}""",
            """{"period":"2017","reporter":"360","partner":"458","flow":"export","commodity":"260111","value":150}""",
            """{"period":"2017","reporter":"360","partner":"702","flow":"import","commodity":"260111","value":10}""",
        ]));
        var path = Path.Combine(_folder, "parts-exceed-whole.svg");

        var run = await CliRun.RunAsync("chart", input, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var texts = SvgTexts(path);
        texts.Should().Contain("0.15%");
        texts.Should().Contain("share of total trade; intra/extra-ASEAN split n/a (the data cannot give it; see the report's reasons)");
        texts.Should().NotContain(t => t.Contains("no rows by partner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chart_explains_every_bar_colour_and_labels_a_small_share_with_two_significant_digits()
    {
        var path = Path.Combine(_folder, "world-only.svg");

        var run = await CliRun.RunAsync("chart", Fixture("world-only-2017.jsonl"), "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var texts = SvgTexts(path);

        // Indonesia 20 of 100,000 = 0.020%; Malaysia 50 of 2,000 = 2.5%. Rows with the World only: no intra/extra split, so
        // the bars are of the third colour, which the legend names, and the split's legend entries are not shown.
        texts.Should().Contain(["0.020%", "2.5%", "share of total trade; intra/extra-ASEAN split n/a (no rows by partner)"]);
        texts.Should().NotContain(t => t.EndsWith("0.0%", StringComparison.Ordinal) || t == "0%");
        texts.Should().NotContain("intra-ASEAN part");
    }

    [Fact]
    public async Task Chart_leaves_out_a_commodity_panel_of_one_group_at_100_percent_and_says_why()
    {
        var path = Path.Combine(_folder, "one-group.svg");

        var run = await CliRun.RunAsync("chart", Fixture("world-only-2017.jsonl"), "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var texts = SvgTexts(path);

        // All the trade in scope is HS 252310, in the group Industrial minerals: a panel of one 100% bar says nothing.
        texts.Should().NotContain("100%");
        texts.Should().NotContain(t => t.StartsWith("Commodity groups in", StringComparison.Ordinal));
        texts.Should().Contain("Not drawn: the commodity groups (the trade in scope is all in one commodity group (Industrial minerals), which would be a single 100% bar).");
    }

    [Theory]
    [InlineData("png")]
    [InlineData("svg")]
    public async Task Chart_with_no_member_figure_and_one_commodity_group_draws_nothing_with_exit_code_1(string extension)
    {
        // HS 252310 rows without TOTAL rows, as the shared clinker file holds for 2020: no share of total trade for any
        // member, and one commodity group at 100%.
        var path = Path.Combine(_folder, "empty." + extension);

        var run = await CliRun.RunAsync("chart", Fixture("clinker-only-2020.jsonl"), "-o", path);

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("asean-minerals: nothing to chart for ASEAN in 2020: no member state's share of total trade (");
        run.Error.Should().Contain("the trade in scope is all in one commodity group (Industrial minerals)");
        File.Exists(path).Should().BeFalse();
        Directory.GetFiles(_folder).Should().BeEmpty("no temporary file is left behind");
    }

    [Fact]
    public async Task Chart_of_the_shared_cement_clinker_file_in_2020_draws_nothing_with_exit_code_1()
    {
        if (SharedFile("comtrade_legacy_hs252310_cement_clinker/comtrade.csv") is not { } clinker)
        {
            return;
        }

        var run = await CliRun.RunAsync("chart", clinker, "--year", "2020", "-o", Path.Combine(_folder, "clinker.png"));

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("asean-minerals: nothing to chart for ASEAN in 2020");
    }

    [Fact]
    public async Task Chart_of_the_shared_2017_totals_and_clinker_files_draws_clinker_shares_in_grey_with_no_zero_label()
    {
        if (SharedFile("comtrade_legacy_total_2017/comtrade.csv") is not { } totals || SharedFile("comtrade_legacy_hs252310_cement_clinker/comtrade.csv") is not { } clinker)
        {
            return;
        }

        var path = Path.Combine(_folder, "clinker-2017.svg");

        var run = await CliRun.RunAsync("chart", totals, clinker, "--year", "2017", "-o", path);

        // Both files hold rows with the World only (their SOURCE.txt), so the bars are unsplit; the only code is HS 252310,
        // in one group, so the commodity panel is left out.
        run.ExitCode.Should().Be(0, run.Error);
        var texts = SvgTexts(path);
        texts.Should().Contain(t => t.StartsWith("Trade in HS 252310 as a share of each ASEAN member state's total trade, 2017", StringComparison.Ordinal));
        texts.Should().Contain("share of total trade; intra/extra-ASEAN split n/a (no rows by partner)");
        texts.Should().NotContain("intra-ASEAN part");

        // In the file, every member with a bar has clinker rows of positive value in 2017 (Singapore: US$0.5 million of its
        // several hundred billion, 0.000074%): no label may read as zero (0%, 0.0%, 0.00%).
        texts.Where(static t => t.EndsWith('%')).Should().NotBeEmpty().And.NotContain(static t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^0(\.0+)?%$"));

        // Cambodia, Lao PDR, Thailand and Viet Nam are absent from the 2017 totals (SOURCE.txt): no bar, n/a under their codes.
        texts.Should().Contain(["KHM", "LAO", "THA", "VNM"]);
    }

    [Fact]
    public async Task Chart_caption_of_the_shared_2017_files_gives_the_coverage_of_the_bars_drawn_not_of_the_trade_in_scope()
    {
        if (SharedFile("comtrade_legacy_total_2017/comtrade.csv") is not { } totals || SharedFile("comtrade_legacy_hs252310_cement_clinker/comtrade.csv") is not { } clinker)
        {
            return;
        }

        var path = Path.Combine(_folder, "coverage-2017.svg");

        var run = await CliRun.RunAsync("chart", totals, clinker, "--year", "2017", "-o", path);

        // A bar needs both files: TOTAL rows (BRN IDN MYS MMR PHL SGP, the totals' SOURCE.txt) and clinker rows (all but
        // MMR in 2017). So 5 bars: BRN IDN MYS PHL SGP; the trade in scope alone covers 9 (all but MMR), which the bars do not.
        // MMR has TOTAL rows but no clinker rows (too coarse for the scope); KHM LAO THA VNM clinker rows but no TOTAL rows.
        run.ExitCode.Should().Be(0, run.Error);
        var caption = string.Join(' ', SvgTexts(path));
        caption.Should().Contain("Coverage of the member states' bars (share of trade in scope minerals in total trade): 5 of 10 members: BRN IDN MYS PHL SGP; missing MMR (rows too coarse); KHM LAO THA VNM (no TOTAL rows");
        caption.Should().NotContain("9 of 10 members");

        // World rows only in both files: no bar is split, and the caption says so for the five drawn.
        caption.Should().Contain("Split of the bars into intra- and extra-ASEAN parts: 0 of 5 members: none; missing BRN IDN MYS PHL SGP");

        // The two inputs are both comtrade.csv: the caption tells them apart by their folders.
        caption.Should().Contain("Data: comtrade_legacy_total_2017/comtrade.csv, comtrade_legacy_hs252310_cement_clinker/comtrade.csv;");
    }

    [Fact]
    public async Task Chart_legend_names_only_the_parts_drawn_and_the_caption_the_split_coverage()
    {
        var path = Path.Combine(_folder, "all-intra.svg");

        var run = await CliRun.RunAsync("chart", Fixture("partner-rows-for-one-member-2022.jsonl"), "-o", path);

        // Malaysia's HS 26 (400 + 50) is all with Singapore, a member: its bar is all intra-ASEAN, nothing orange is drawn.
        // Indonesia's HS 26 has World rows only: a grey bar, 150 of 2,000 = 7.5%; Malaysia 450 of 2,000 = 23% (22.5).
        run.ExitCode.Should().Be(0, run.Error);
        var texts = SvgTexts(path);
        texts.Should().Contain(["7.5%", "23%", "intra-ASEAN part"]);
        texts.Should().NotContain("extra-ASEAN part");
        string.Join(' ', texts).Should().Contain("Split of the bars into intra- and extra-ASEAN parts: 1 of 2 members: MYS; missing IDN (rows too coarse).");
    }

    [Fact]
    public async Task Chart_draws_trade_that_no_partner_row_names_apart_never_as_extra_ASEAN()
    {
        // Indonesia, HS 26: World rows 100 + 100, partner rows with Malaysia 30 + 10 only (the reviewer's ch1): of its 200,
        // 40 is intra-ASEAN (20%) and 160 has no partner named; none is known to be extra-ASEAN. Before, the bar drew the
        // 160 in orange as the "extra-ASEAN part". No final newline.
        var input = Path.Combine(_folder, "partial-partner-rows.jsonl");
        await File.WriteAllTextAsync(input, string.Join('\n',
            Line("000", "export", "TOTAL", 1000), Line("000", "import", "TOTAL", 1000),
            Line("000", "export", "26", 100), Line("458", "export", "26", 30),
            Line("000", "import", "26", 100), Line("458", "import", "26", 10)));
        var path = Path.Combine(_folder, "partial.svg");

        var run = await CliRun.RunAsync("chart", input, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        var texts = SvgTexts(path);
        texts.Should().Contain(["10%", "intra-ASEAN part", "part with no partner named (World rows beyond the partner rows, or the member itself)"]);
        texts.Should().NotContain("extra-ASEAN part");
    }

    [Fact]
    public async Task Chart_draws_intra_extra_and_unnamed_parts_when_partner_rows_name_some_of_each()
    {
        // Indonesia's HS 26 exports: World 100, Malaysia 30 (intra), China 20 (extra), 50 with no partner named.
        var input = Path.Combine(_folder, "three-parts.jsonl");
        await File.WriteAllTextAsync(input, string.Join('\n',
            Line("000", "export", "TOTAL", 1000), Line("000", "export", "26", 100), Line("458", "export", "26", 30), Line("156", "export", "26", 20)));
        var path = Path.Combine(_folder, "three.svg");

        var run = await CliRun.RunAsync("chart", input, "-o", path);

        run.ExitCode.Should().Be(0, run.Error);
        SvgTexts(path).Should().Contain(["10%", "intra-ASEAN part", "extra-ASEAN part", "part with no partner named (World rows beyond the partner rows, or the member itself)"]);
    }

    private static string Line(string partner, string flow, string commodity, int value) =>
        $"{{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"{partner}\",\"flow\":\"{flow}\",\"commodity\":\"{commodity}\",\"value\":{value}}}";

    [Fact]
    public async Task Chart_help_offers_no_reporter_and_the_option_is_refused_as_unknown()
    {
        var help = await CliRun.RunAsync("chart", "--help");
        var run = await CliRun.RunAsync("chart", HandMade, "--reporter", "CHN", "-o", Path.Combine(_folder, "chn.png"));

        help.Out.Should().NotContain("--reporter");
        help.Out.Should().Contain("The reporter is always ASEAN");
        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--reporter");
    }

    [Fact]
    public async Task Chart_PNG_and_SVG_are_drawn_from_the_same_plan_and_have_the_same_size()
    {
        var png = Path.Combine(_folder, "same.png");
        var svg = Path.Combine(_folder, "same.svg");

        await CliRun.RunAsync("chart", HandMade, "-o", png);
        await CliRun.RunAsync("chart", HandMade, "-o", svg);

        // PNG: width and height are the big-endian integers at bytes 16 and 20 of the IHDR chunk.
        var bytes = await File.ReadAllBytesAsync(png);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        var root = XDocument.Load(svg).Root!;
        ((int)double.Parse(root.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(width);
        ((int)double.Parse(root.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(height);
    }

    private static List<string> SvgTexts(string path) =>
        [.. XDocument.Load(path).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
}
