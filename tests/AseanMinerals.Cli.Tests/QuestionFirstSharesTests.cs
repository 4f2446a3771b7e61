using System.Text;
using static AseanMinerals.Cli.Tests.Support;

namespace AseanMinerals.Cli.Tests;

/// <summary>
/// Issue 18: <c>shares --year</c> reads question-first (the rows of other years set aside as they are read, the cube built
/// for that year): the figures are those of the whole reading, and every row is still accounted for.
/// </summary>
public sealed class QuestionFirstSharesTests : IDisposable
{
    // ASEAN members reporting; the 2017 row is outside a 2018 question; the last line has no final newline.
    private const string Lines =
        """{"period":"2018","reporter":"360","partner":"156","flow":"export","commodity":"260111","value":100}""" + "\n"
        + """{"period":"2018","reporter":"360","partner":"458","flow":"import","commodity":"260111","value":50}""" + "\n"
        + """{"period":"2018","reporter":"458","partner":"156","flow":"export","commodity":"090111","value":250}""" + "\n"
        + """{"period":"2017","reporter":"360","partner":"156","flow":"export","commodity":"260111","value":1000}""" + "\n"
        + """{"period":"2018","reporter":"704","partner":"360","flow":"import","commodity":"260111","value":20}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("shares-question-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Shares_for_a_year_give_the_hand_computed_figures_of_the_whole_reading_and_account_for_every_row()
    {
        var path = Path.Combine(_folder, "asean.jsonl");
        await File.WriteAllTextAsync(path, Lines, new UTF8Encoding(false));

        var asked = await CliRun.RunAsync("shares", path, "--year", "2018", "--reporter", "ASEAN", "--format", "json");
        var latest = await CliRun.RunAsync("shares", path, "--reporter", "ASEAN", "--format", "json"); // 2018 is the latest: read whole

        asked.ExitCode.Should().Be(0, asked.Error);
        latest.ExitCode.Should().Be(0, latest.Error);
        var report = ParseJson(asked.Out);
        var whole = ParseJson(latest.Out);

        // By hand: ASEAN's 2018 trade in HS 26 (minerals) is 100 + 50 + 20 = 170 (the 2017 row is another year).
        var asean = Reporter(report, "ASEAN");
        Decimal(asean.GetProperty("mineralsTrade").GetProperty("valueUsd")).Should().Be(170m);
        asean.GetRawText().Should().Be(Reporter(whole, "ASEAN").GetRawText());

        // Every row: 5 read = 4 records + 1 set aside outside the question (the 2017 row); read whole, 5 records.
        var source = report.GetProperty("sources")[0];
        (source.GetProperty("rowsRead").GetInt64(), source.GetProperty("records").GetInt64(), source.GetProperty("setAside").GetInt64(), source.GetProperty("rejected").GetInt64())
            .Should().Be((5L, 4L, 1L, 0L));
        source.GetProperty("setAsideByReason").GetProperty("OutsideQuestion").GetInt64().Should().Be(1);
        whole.GetProperty("sources")[0].GetProperty("records").GetInt64().Should().Be(5);
    }

    [Fact]
    public async Task Shares_for_a_year_the_file_does_not_hold_still_name_the_years_it_holds()
    {
        var path = Path.Combine(_folder, "asean.jsonl");
        await File.WriteAllTextAsync(path, Lines, new UTF8Encoding(false));

        var run = await CliRun.RunAsync("shares", path, "--year", "2020", "--format", "json");

        run.ExitCode.Should().Be(1);
        run.Error.Trim().Should().Be("asean-minerals: no data for 2020; the files hold 2017, 2018");
        run.Out.Should().BeEmpty();
    }
}
