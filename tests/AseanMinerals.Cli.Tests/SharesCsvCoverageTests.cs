using nietras.SeparatedValues;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// Review finding 6 (issue 11, "coverage is part of every group figure"): every group figure of <c>shares --format csv</c>
/// carries its coverage in columns of its own (sentence, counts, covered and missing members, why), as the table and JSON do.
/// </summary>
public sealed class SharesCsvCoverageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asean-minerals-cli-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Header =
        "period,scope,membership_basis,reporter,section,key,name,measure,value_usd,share,note,coverage,members_in_group,members_covered,covered,missing,missing_why";

    [Fact]
    public async Task Shares_csv_gives_each_group_figure_its_members_covered_and_missing_with_the_reason()
    {
        var run = await CliRun.RunAsync("shares", Fixture("partner-rows-for-one-member-2022.jsonl"), "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var rows = Rows(run.Out);

        // By hand: HS 26 is 100 + 50 (Indonesia, World rows) + 400 + 50 (Malaysia, Singapore rows) = 600, from IDN and MYS;
        // the eight others of 2022's ten members have no rows (name order: Brunei, Cambodia, Lao PDR, Myanmar, Philippines,
        // Singapore, Thailand, Viet Nam).
        var minerals = rows.Single(r => r["section"] == "headline" && r["measure"] == "trade in scope minerals");
        minerals["value_usd"].Should().Be("600");
        minerals["coverage"].Should().Be("2 of 10 members: IDN MYS; missing BRN KHM LAO MMR PHL SGP THA VNM");
        minerals["members_in_group"].Should().Be("10");
        minerals["members_covered"].Should().Be("2");
        minerals["covered"].Should().Be("IDN MYS");
        minerals["missing"].Should().Be("BRN KHM LAO MMR PHL SGP THA VNM");
        minerals["missing_why"].Should().Be("BRN: no rows; KHM: no rows; LAO: no rows; MMR: no rows; PHL: no rows; SGP: no rows; THA: no rows; VNM: no rows");

        // By partner only Malaysia's 450 with Singapore can be placed; the breakdown splits the headline's whole (600, both
        // members), so Indonesia's 150 of World rows is its line "not assigned to a partner": 450 / 600 = 0.75 and
        // 150 / 600 = 0.25, each row covering the two members of the whole.
        var singapore = rows.Single(r => r["section"] == "top partners in scope" && r["key"] == "702");
        singapore["value_usd"].Should().Be("450");
        singapore["share"].Should().Be("0.75");
        singapore["members_covered"].Should().Be("2");
        singapore["covered"].Should().Be("IDN MYS");
        singapore["missing_why"].Should().Contain("SGP: no rows").And.NotContain("IDN");
        var unassigned = rows.Single(r => r["section"] == "top partners in scope" && r["key"] == "unassigned");
        unassigned["value_usd"].Should().Be("150");
        unassigned["share"].Should().Be("0.25");
    }

    [Fact]
    public async Task Shares_csv_gives_a_figure_that_is_there_the_engines_notes_in_its_note_column()
    {
        // The reviewer's tp (no final newline): Indonesia's World rows 1,000 exports and 1,000 imports; partner rows 600
        // exports to Malaysia and 100 imports from China. The imports share of ASEAN is 0 / 1,000 with 900 assigned to no
        // partner; every top-partners row says 1,300 of 2,000 is assigned to none. Before, the CSV's note was empty there.
        var input = Path.Combine(_folder, "tp.jsonl");
        await File.WriteAllTextAsync(input, string.Join('\n',
            "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"export\",\"commodity\":\"TOTAL\",\"value\":1000}",
            "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"458\",\"flow\":\"export\",\"commodity\":\"TOTAL\",\"value\":600}",
            "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"000\",\"flow\":\"import\",\"commodity\":\"TOTAL\",\"value\":1000}",
            "{\"period\":\"2022\",\"reporter\":\"360\",\"partner\":\"156\",\"flow\":\"import\",\"commodity\":\"TOTAL\",\"value\":100}"));

        var run = await CliRun.RunAsync("shares", input, "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var rows = Rows(run.Out);
        var imports = rows.Single(r => r["section"] == "partner group" && r["key"] == "imports" && r["measure"] == "share of ASEAN in total trade");
        imports["share"].Should().Be("0");
        imports["note"].Should().Contain("partner rows cover US$100.00 of the whole US$1,000.00 (10.00%)");
        rows.Where(r => r["section"] == "top partners in total trade").Should().HaveCount(3)
            .And.OnlyContain(r => r["note"].Contains("US$1,300.00 of the World rows of Indonesia is assigned to no partner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shares_csv_has_a_coverage_on_every_row_of_a_figure_and_the_same_columns_on_every_row()
    {
        var run = await CliRun.RunAsync("shares", Fixture("partner-rows-for-one-member-2022.jsonl"), "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Split('\n')[0].TrimEnd('\r').Should().Be(Header);
        var rows = Rows(run.Out);

        // Reasons hold commas, so they are quoted (RFC 4180) and every row parses to the header's 17 columns.
        rows.Should().OnlyContain(r => r.Count == 17);
        rows.Should().OnlyContain(r => r["coverage"].Length > 0 && r["members_in_group"].Length > 0);

        // A member's part of ASEAN's trade in scope is a group figure too (the table prints it): 150 of 600 for Indonesia.
        var part = rows.Single(r => r["key"] == "360" && r["measure"] == "part of ASEAN's trade in scope minerals");
        part["share"].Should().Be("0.25");
        part["coverage"].Should().StartWith("2 of 10 members");
    }

    [Fact]
    public async Task Shares_csv_of_the_2017_legacy_file_says_total_trade_covers_6_of_10_members()
    {
        if (SharedFile("comtrade_legacy_total_2017/comtrade.csv") is not { } file)
        {
            return;
        }

        var run = await CliRun.RunAsync("shares", file, "--format", "csv");

        // Issue 11, case 1: the file has TOTAL rows for 6 members; Cambodia, Lao PDR, Thailand and Viet Nam have none.
        run.ExitCode.Should().Be(0, run.Error);
        var total = Rows(run.Out).Single(r => r["section"] == "headline" && r["measure"] == "total trade");
        total["value_usd"].Should().Be("1649836220726");
        total["coverage"].Should().Be("6 of 10 members: BRN IDN MYS MMR PHL SGP; missing KHM LAO THA VNM");
        total["missing_why"].Should().Be("KHM: no rows; LAO: no rows; THA: no rows; VNM: no rows");
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        using var reader = Sep.Reader(static o => o with { Unescape = true, DisableColCountCheck = true }).FromText(csv);
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var fields = new Dictionary<string, string>();
            for (var i = 0; i < row.ColCount; i++)
            {
                fields[reader.Header.ColNames[i]] = row[i].ToString();
            }

            rows.Add(fields);
        }

        return rows;
    }
}
