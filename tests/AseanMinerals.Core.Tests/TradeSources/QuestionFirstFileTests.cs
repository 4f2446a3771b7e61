using System.Text;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Tests.TradeSources;

/// <summary>
/// Issue 18, file to answer: a file read question-first (<see cref="TradeCube.BuildFromSourceAsync"/>, the question pushed
/// down to the JSON Lines reader, which places a line outside it once its period, reporter and flow are read) gives the
/// whole cube's figures for the question, accounts for every line, and says a figure outside the question is absent.
/// </summary>
public sealed class QuestionFirstFileTests : IDisposable
{
    private static readonly TradePeriod Y2018 = TradePeriod.Annual(2018);
    private static readonly TradeSourceOptions Collect = new() { OnInvalidRow = InvalidRowHandling.Collect };

    // Nine lines, the last without a final newline. Inside the question (2018, ASEAN's members): lines 1, 2, 3, 6 and 9.
    // Outside: line 4 (2019), line 5 (China reporting), line 7 (2017, with a commodity and a value that are not valid:
    // never checked). Line 8 has a period that is not one: rejected, question or not.
    private static readonly string[] Lines =
    [
        """{"period":"2018","reporter":"360","partner":"156","flow":"export","commodity":"260111","value":100}""",
        """{"period":"2018","reporter":"360","partner":"458","flow":"import","commodity":"260111","value":50}""",
        """{"period":"2018","reporter":"458","partner":"156","flow":"export","commodity":"090111","value":250}""",
        """{"period":"2019","reporter":"360","partner":"156","flow":"export","commodity":"260111","value":1000}""",
        """{"period":"2018","reporter":"156","partner":"360","flow":"import","commodity":"260111","value":700}""",
        """{"period":"2018","reporter":"360","partner":"156","flow":"reExport","commodity":"260111","value":30}""",
        """{"period":"2017","reporter":"360","partner":"156","flow":"export","commodity":"XYZ","value":"bad","extra":1}""",
        """{"period":"20x8","reporter":"360","partner":"156","flow":"export","commodity":"260111","value":1}""",
        """{"reporter":"704","flow":"import","period":"2018","partner":"360","commodity":"260111","value":20}""",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("question-first-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // One reader is opened with the question (its options); a parallel source is given it by the build, or opened with it.
    [Theory]
    [InlineData(1, true)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    public async Task A_file_read_question_first_gives_the_hand_computed_figures_of_the_whole_cube(int threads, bool openedWithQuestion)
    {
        var path = Write(Lines);
        var question = TradeCubeFilter.For(Y2018, AreaGroup.Asean());
        var source = Open(path, openedWithQuestion ? Collect with { Question = question } : Collect, threads);

        var cube = await TradeCube.BuildFromSourceAsync(source, question);
        var whole = await TradeCube.BuildFromSourceAsync(Open(path, Collect, threads), question: null);

        // By hand, ASEAN 2018, imports and exports only (line 6 is a re-export, a subset flow): minerals (HS 2601) 100 + 50
        // + 20 = 170; all commodities 170 + 250 (coffee, HS 0901) = 420; with ASEAN partners 50 (Malaysia) + 20 (Indonesia) = 70.
        var headline = cube.Headline(Y2018, basis: TotalBasis.SumOfCommodities);
        headline.CommodityTrade.Value.Should().Be(170m);
        headline.ShareOfTotalTrade.Share.Should().Be(170m / 420m);
        headline.IntraGroupShare.Share.Should().Be(70m / 170m);
        var expected = whole.Headline(Y2018, basis: TotalBasis.SumOfCommodities);
        (headline.CommodityTrade.Value, headline.ShareOfTotalTrade.Share, headline.IntraGroupShare.Share)
            .Should().Be((expected.CommodityTrade.Value, expected.ShareOfTotalTrade.Share, expected.IntraGroupShare.Share));
        cube.BuiltFor.Should().Be(question);

        // Every line accounted for: 9 read = 5 records (1, 2, 3, 6, 9) + 3 outside the question (4, 5, 7) + 1 rejected (8).
        var summary = source.Summary;
        (summary.RowsRead, summary.Records, summary.SetAside, summary.Rejected, summary.IsComplete).Should().Be((9L, 5L, 3L, 1L, true));
        summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(3);
        summary.Issues.Errors.Select(static i => i.Line).Should().Equal(8L);
        cube.Statistics.RecordsRead.Should().Be(5);
        if (source is ParallelTradeSource parallel)
        {
            parallel.PartsRead.Should().BeGreaterThan(2);
        }
    }

    [Fact]
    public async Task Lines_outside_the_question_by_period_reporter_or_flow_in_any_member_order_are_set_aside()
    {
        // Inside: Indonesia's 2018 exports. Outside by period (1), by reporter (2), by flow (3), by all three (4); line 5
        // names its members in another order (flow first) and is outside by flow; line 6 is inside, its members reversed;
        // line 7, written with spaces, is outside by period.
        string[] lines =
        [
            """{"period":"2019","reporter":"360","partner":"156","flow":"export","commodity":"260111","value":1}""",
            """{"period":"2018","reporter":"458","partner":"156","flow":"export","commodity":"260111","value":2}""",
            """{"period":"2018","reporter":"360","partner":"156","flow":"import","commodity":"260111","value":4}""",
            """{"period":"2017","reporter":"458","partner":"156","flow":"import","commodity":"260111","value":8}""",
            """{"flow":"import","commodity":"260111","value":16,"partner":"156","reporter":"360","period":"2018"}""",
            """{"value":32,"commodity":"260111","flow":"export","partner":"156","reporter":"360","period":"2018"}""",
            """{ "period": "2019", "reporter": "360", "partner": "156", "flow": "export", "commodity": "260111", "value": 64 }""",
        ];
        var question = new TradeCubeFilter([Y2018], [new AreaCode(360)], [TradeFlow.Export]);
        var source = AseanMineralsJson.OpenTradeRecordLines(Write(lines), Collect with { Question = question });

        var values = new List<decimal>();
        await foreach (var record in source)
        {
            values.Add(record.Value);
        }

        values.Should().Equal(32m);
        (source.Summary.RowsRead, source.Summary.Records, source.Summary.SetAside, source.Summary.Rejected).Should().Be((7L, 1L, 6L, 0L));
        source.Summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(6);
    }

    [Fact]
    public async Task A_line_outside_the_question_is_not_checked_after_its_flow_but_its_period_reporter_and_flow_are()
    {
        // Line 1: 2017, outside, then a bad commodity, a value that is not a number and an unknown member: set aside, not
        // checked. Lines 2-4: outside too, but with a reporter, a flow, a period that are not valid: rejected at them.
        // Line 5 is inside and bad after its flow: rejected as without a question. Line 6 is outside, but its partner, read
        // before its flow, is not valid: rejected. Line 7, inside, has no final newline.
        string[] lines =
        [
            """{"period":"2017","reporter":"360","partner":"156","flow":"export","commodity":"XYZ","value":"bad","what":1}""",
            """{"period":"2017","reporter":"36","partner":"156","flow":"export","commodity":"260111","value":1}""",
            """{"period":"2017","reporter":"360","partner":"156","flow":"sideways","commodity":"260111","value":1}""",
            """{"period":"17","reporter":"360","partner":"156","flow":"export","commodity":"260111","value":1}""",
            """{"period":"2018","reporter":"360","partner":"156","flow":"export","commodity":"XYZ","value":1}""",
            """{"period":"2017","reporter":"360","partner":"15","flow":"export","commodity":"260111","value":1}""",
            """{"period":"2018","reporter":"360","partner":"156","flow":"export","commodity":"260111","value":64}""",
        ];
        var source = AseanMineralsJson.OpenTradeRecordLines(Write(lines), Collect with { Question = new TradeCubeFilter([Y2018]) });

        var values = new List<decimal>();
        await foreach (var record in source)
        {
            values.Add(record.Value);
        }

        values.Should().Equal(64m);
        var summary = source.Summary;
        (summary.RowsRead, summary.Records, summary.SetAside, summary.Rejected).Should().Be((7L, 1L, 1L, 5L));
        summary.Issues.Errors.Select(static i => (i.Line, i.Path)).Should().Equal((2L, "$.reporter"), (3L, "$.flow"), (4L, "$.period"), (5L, "$.commodity"), (6L, "$.partner"));
    }

    [Fact]
    public async Task A_bad_line_outside_the_question_does_not_stop_the_reading_but_a_bad_period_does()
    {
        var question = new TradeCubeFilter([Y2018]);
        var outsideOnly = AseanMineralsJson.OpenTradeRecordLines(Write([Lines[6], Lines[0]]), new TradeSourceOptions { Question = question });
        var cube = await TradeCube.BuildFromSourceAsync(outsideOnly, question);
        cube.Value(Y2018, AreaGroup.Of("Indonesia", new AreaCode(360))).Value.Should().Be(100m); // line 1 by hand

        var badPeriod = AseanMineralsJson.OpenTradeRecordLines(Write([Lines[7], Lines[0]]), new TradeSourceOptions { Question = question });
        var build = () => TradeCube.BuildFromSourceAsync(badPeriod, question);
        (await build.Should().ThrowAsync<ValidationException>()).Which.Result.Issues.Single().Line.Should().Be(1);
    }

    [Fact]
    public async Task A_question_first_cube_asked_outside_its_question_says_so_never_zero()
    {
        var cube = await TradeCube.BuildFromSourceAsync(Open(Write(Lines), Collect, threads: 2), TradeCubeFilter.For(Y2018, AreaGroup.Asean()));

        var otherYear = cube.Headline(TradePeriod.Annual(2019), basis: TotalBasis.SumOfCommodities);
        var china = cube.Value(Y2018, AreaGroup.Of("China", new AreaCode(156)));

        otherYear.CommodityTrade.Value.Should().BeNull();
        otherYear.CommodityTrade.Absence!.Kind.Should().Be(FigureAbsenceKind.OutsideFilter);
        china.Value.Should().BeNull();
        china.Absence!.Kind.Should().Be(FigureAbsenceKind.OutsideFilter);
    }

    [Fact]
    public async Task A_parallel_source_opened_for_another_question_is_refused()
    {
        var source = ParallelTradeSource.OpenJsonLines(Write(Lines), new TradeSourceOptions { Question = new TradeCubeFilter([TradePeriod.Annual(2019)]) });

        var build = () => TradeCube.BuildFromSourceAsync(source, new TradeCubeFilter([Y2018]));

        await build.Should().ThrowAsync<ArgumentException>().WithMessage("*another question*");
    }

    [Fact]
    public async Task A_whole_cube_of_a_reader_opened_for_a_question_is_refused_rather_than_missing_rows()
    {
        var source = AseanMineralsJson.OpenTradeRecordLines(Write(Lines), Collect with { Question = new TradeCubeFilter([Y2018]) });

        var build = () => TradeCube.BuildFromSourceAsync(source, question: null);

        await build.Should().ThrowAsync<ArgumentException>().WithMessage("*set aside 2 rows outside it*"); // lines 4 (2019) and 7 (2017)
    }

    // Threads 1: the one reader of the file; more: the file split into parts of 200 bytes, about one line each.
    private static ITradeRecordSource Open(string path, TradeSourceOptions options, int threads) => threads == 1
        ? AseanMineralsJson.OpenTradeRecordLines(path, options)
        : new ParallelTradeSource(path, options, threads, ParallelTradeSource.JsonLinesSplit, partBytes: 200);

    private string Write(string[] lines)
    {
        var path = Path.Combine(_folder, $"trade-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, string.Join('\n', lines), new UTF8Encoding(false)); // no final newline
        return path;
    }
}
