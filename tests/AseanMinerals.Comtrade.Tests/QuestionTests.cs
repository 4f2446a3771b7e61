using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>
/// A Comtrade file read for a question (<see cref="TradeSourceOptions.Question"/>): a row whose period, reporter and flow
/// already place it outside is set aside as outside the question without the rest of it being checked; a row whose
/// period, reporter or flow cannot be read is still rejected; every row is accounted for.
/// </summary>
public sealed class QuestionTests : IDisposable
{
    // Indonesia (360), 2018, exports (X) and their parts (RX): the question of every test below.
    private static readonly TradeCubeFilter Question = new([TradePeriod.Annual(2018)], [new AreaCode(360)], [TradeFlow.Export]);

    // Eleven rows; the last has no final newline. Rows 2 to 5 are outside the question (row 5 with a value that is not a
    // number), rows 6 to 9 are rejected, row 10 is a re-export (a part of exports), rows 1 and 11 are inside.
    private static readonly string File = string.Join(
        "\n",
        "period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,primaryValue",
        "2018,360,X,0,H5,26,100", // 1: inside
        "2019,360,X,0,H5,26,200", // 2: another year
        "2018,458,X,0,H5,26,300", // 3: another reporter (Malaysia)
        "2018,360,M,0,H5,26,400", // 4: another flow (imports)
        "2019,360,X,0,H5,26,not a number", // 5: another year; its value is not checked
        "2018,360,X,0,H5,26,-5", // 6: inside, negative value: rejected
        "20X8,360,X,0,H5,26,600", // 7: the period is not one: rejected
        "2019,3600,X,0,H5,26,700", // 8: the reporter is not an area code: rejected
        "2019,360,Q,0,H5,26,800", // 9: the flow is not one: rejected
        "2018,360,RX,0,H5,26,50", // 10: re-exports, a part of exports: set aside as a subset flow
        "2018,360,X,4,H5,26,900"); // 11: inside, partner Afghanistan, no final newline

    private readonly string _folder = Directory.CreateTempSubdirectory("question-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Rows_outside_the_question_are_set_aside_unchecked_and_bad_rows_are_still_rejected()
    {
        var result = await Fixture.ReadTextAsync(File, Options());

        // By hand from the comments above: records 1 and 11; outside 2, 3, 4, 5; subset flow 10; rejected 6, 7, 8, 9.
        result.Records.Select(static r => r.Value).Should().Equal(100m, 900m);
        var summary = result.Summary;
        (summary.RowsRead, summary.Records, summary.SetAside, summary.Rejected).Should().Be((11L, 2L, 5L, 4L));
        summary.IsReconciled.Should().BeTrue();
        summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(4);
        summary.SetAsideByReason[TradeSetAsideReason.SubsetFlow].Should().Be(1);
        summary.RejectedByRule.Should().BeEquivalentTo(new Dictionary<string, long>
        {
            [TradeRules.NegativeValue.Code] = 1, // row 6: -5
            [ComtradeImportRules.MalformedPeriod.Code] = 1,
            [ComtradeImportRules.MalformedAreaCode.Code] = 1,
            [ComtradeImportRules.UnknownFlow.Code] = 1,
        });
        summary.Issues.Issues.Where(i => summary.RejectedByRule.ContainsKey(i.Code)).Select(static i => i.Line)
            .Should().Equal(7L, 8L, 9L, 10L); // the header is line 1
    }

    [Fact]
    public async Task Without_a_question_the_same_rows_are_all_checked()
    {
        var result = await Fixture.ReadTextAsync(File, new ComtradeImportOptions { OnInvalidRow = InvalidRowHandling.Collect });

        // By hand: rows 1, 2, 3, 4 and 11 are records; 10 is a subset flow; 5 to 9 are rejected (5 for its value).
        (result.Summary.RowsRead, result.Summary.Records, result.Summary.SetAside, result.Summary.Rejected).Should().Be((11L, 5L, 1L, 5L));
        result.Summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(0);
    }

    [Fact]
    public async Task A_question_read_in_parts_on_several_threads_gives_the_same_records_and_summary()
    {
        // The rows above grouped by reporter and period, as Comtrade writes them (parts are split between groups).
        var grouped = string.Join(
            "\n",
            "period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,primaryValue",
            "2018,360,X,0,H5,26,100",
            "2018,360,X,0,H5,26,-5",
            "2018,360,M,0,H5,26,400",
            "2018,360,RX,0,H5,26,50",
            "2018,360,X,4,H5,26,900",
            "2018,458,X,0,H5,26,300",
            "20X8,360,X,0,H5,26,600",
            "2019,360,X,0,H5,26,200",
            "2019,360,X,0,H5,26,not a number",
            "2019,360,Q,0,H5,26,800",
            "2019,3600,X,0,H5,26,700");
        var path = Path.Combine(_folder, "question.csv");
        await System.IO.File.WriteAllTextAsync(path, grouped);

        var expected = await ComtradeFile.ReadAllAsync(path, Options());
        var parallel = ComtradeFile.OpenParallel(path, Options(), threads: 3, partBytes: 64);
        var records = new List<TradeRecord>();
        await foreach (var record in parallel)
        {
            records.Add(record);
        }

        // By hand: records 100 and 900; the summary as in the first test (the same rows in another order).
        expected.Records.Select(static r => r.Value).Should().Equal(100m, 900m);
        (expected.Summary.RowsRead, expected.Summary.Records, expected.Summary.SetAside, expected.Summary.Rejected).Should().Be((11L, 2L, 5L, 4L));
        parallel.PartsRead.Should().BeGreaterThan(2);
        records.Should().Equal(expected.Records);
        parallel.Summary.Should().BeEquivalentTo(expected.Summary);
    }

    [Fact]
    public async Task Parts_of_a_flow_in_the_question_are_still_checked_against_their_whole()
    {
        // Re-exports asked for: exports (their whole) are read in full, so a re-export with its aggregate row draws no
        // warning, and the export is set aside as outside the question only after it was read.
        var options = new ComtradeImportOptions
        {
            OnInvalidRow = InvalidRowHandling.Collect,
            IncludeSubsetFlows = true,
            Question = new TradeCubeFilter(flows: [TradeFlow.ReExport]),
        };
        var text = string.Join(
            "\n",
            "period,reporterCode,flowCode,partnerCode,classificationCode,cmdCode,primaryValue",
            "2018,360,X,0,H5,26,100",
            "2018,360,RX,0,H5,26,50",
            "2018,360,M,0,H5,26,70");

        var result = await Fixture.ReadTextAsync(text, options);

        result.Records.Select(static r => r.Value).Should().Equal(50m);
        result.Summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(2);
        result.Summary.Issues.Issues.Should().NotContain(static i => i.Code == ComtradeImportRules.MissingAggregate.Code);
    }

    [Fact]
    public async Task A_Comtrade_plus_JSON_response_read_for_a_question_sets_aside_its_elements_the_same_way()
    {
        var json = """
            {"count":3,"data":[
            {"period":"2018","reporterCode":360,"flowCode":"X","partnerCode":0,"classificationCode":"H5","cmdCode":"26","primaryValue":100},
            {"period":"2019","reporterCode":360,"flowCode":"X","partnerCode":0,"classificationCode":"H5","cmdCode":"26","primaryValue":"not a number"},
            {"period":"20X8","reporterCode":360,"flowCode":"X","partnerCode":0,"classificationCode":"H5","cmdCode":"26","primaryValue":300}
            ]}
            """;

        var result = await Fixture.ReadTextAsync(json, Options(), "question.json");

        // By hand: the first element is inside; the second is another year (its value unchecked); the third has no period.
        result.Records.Select(static r => r.Value).Should().Equal(100m);
        (result.Summary.RowsRead, result.Summary.Records, result.Summary.SetAside, result.Summary.Rejected).Should().Be((3L, 1L, 1L, 1L));
        result.Summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(1);
        result.Summary.RejectedByRule.Should().ContainKey(ComtradeImportRules.MalformedPeriod.Code);
    }

    private static ComtradeImportOptions Options() => new() { OnInvalidRow = InvalidRowHandling.Collect, Question = Question };
}
