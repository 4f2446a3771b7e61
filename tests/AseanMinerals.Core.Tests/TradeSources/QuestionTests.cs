using System.Text;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Core.Tests.TradeSources;

/// <summary>
/// A source read for a question hands out only the records inside its periods, reporters and flows, and counts every
/// other well-read row as set aside outside the question: rows read = records + set aside + rejected still holds.
/// </summary>
public sealed class QuestionTests
{
    // Five lines (the last without a final newline): Indonesia 2018 export (inside), Indonesia 2019 export (another year),
    // Malaysia 2018 import (another reporter), Indonesia 2018 import (inside), and a line whose value is not a number.
    private const string Lines =
        """{"period":"2018","reporter":"360","partner":"000","flow":"export","commodity":"26","value":100}""" + "\n"
        + """{"period":"2019","reporter":"360","partner":"000","flow":"export","commodity":"26","value":200}""" + "\n"
        + """{"period":"2018","reporter":"458","partner":"000","flow":"import","commodity":"26","value":300}""" + "\n"
        + """{"period":"2018","reporter":"360","partner":"000","flow":"import","commodity":"26","value":400}""" + "\n"
        + """{"period":"2018","reporter":"360","partner":"000","flow":"import","commodity":"26","value":true}""";

    [Fact]
    public async Task Json_lines_read_for_a_question_hand_out_only_its_records_and_count_the_rest_as_set_aside()
    {
        var question = new TradeCubeFilter([TradePeriod.Annual(2018)], [new AreaCode(360)]);
        var options = new TradeSourceOptions { Question = question, OnInvalidRow = InvalidRowHandling.Collect };
        var source = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(Encoding.UTF8.GetBytes(Lines)), options);

        var values = new List<decimal>();
        await foreach (var record in source)
        {
            values.Add(record.Value);
        }

        // By hand: lines 1 and 4 are inside; lines 2 and 3 are outside; line 5 has a value that is not a number and is rejected.
        values.Should().Equal(100m, 400m);
        var summary = source.Summary;
        (summary.RowsRead, summary.Records, summary.SetAside, summary.Rejected).Should().Be((5L, 2L, 2L, 1L));
        summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(2);
    }

    [Fact]
    public async Task A_question_on_flows_keeps_only_those_flows()
    {
        var options = new TradeSourceOptions { Question = new TradeCubeFilter(flows: [TradeFlow.Import]), OnInvalidRow = InvalidRowHandling.Collect };
        var source = AseanMineralsJson.ReadTradeRecordLines(new MemoryStream(Encoding.UTF8.GetBytes(Lines)), options);

        var values = new List<decimal>();
        await foreach (var record in source)
        {
            values.Add(record.Value);
        }

        // By hand: the imports are lines 3 and 4 (line 5 is rejected); the two exports are outside.
        values.Should().Equal(300m, 400m);
        source.Summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(2);
    }

    [Fact]
    public async Task Without_a_question_nothing_is_set_aside_outside_one()
    {
        var source = AseanMineralsJson.ReadTradeRecordLines(
            new MemoryStream(Encoding.UTF8.GetBytes(Lines)), new TradeSourceOptions { OnInvalidRow = InvalidRowHandling.Collect });
        var count = 0;
        await foreach (var unused in source)
        {
            count++;
        }

        count.Should().Be(4);
        source.Summary.SetAsideByReason[TradeSetAsideReason.OutsideQuestion].Should().Be(0);
    }
}
