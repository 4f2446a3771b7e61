using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Concordance;

// Expectations from the UNSD tables (seeds/hs, read from the xlsx in shared/data), by hand: HS 2022 -> HS 2017
// 811269 -> 810720 (UNSD's conversion), 810790 (1:n); 252310 -> 252310 (1:1); 811269 is not an HS 2017 code.
public class HsStreamingConversionTests
{
    private static readonly AreaCode Indonesia = new(360);

    private static TradeRecord Record(string code, HsRevision revision, decimal value, TradeFlow flow = TradeFlow.Export) =>
        new(TradePeriod.Annual(2023), Indonesia, AreaCode.World, flow, HsCode.Parse(code), value) { Revision = revision };

    [Fact]
    public void Records_are_read_lazily_once_and_converted_as_they_come()
    {
        var read = 0;
        IEnumerable<TradeRecord> Source()
        {
            for (var i = 0; i < 3; i++)
            {
                read++;
                yield return Record("811269", HsRevision.Hs2022, 100m + i);
            }
        }

        var tally = new HsConversionTally();
        using var parts = new HsConverter(HsRevision.Hs2017, HsSplitMode.Equal).ConvertEach(Source(), tally).GetEnumerator();

        read.Should().Be(0);
        parts.MoveNext().Should().BeTrue();
        read.Should().Be(1);
        // Equal split of 811269 (HS 2022) into 810720 and 810790 (HS 2017): half of 100 each, the source on the part.
        parts.Current.Record.Should().Be(Record("810720", HsRevision.Hs2017, 50m) with
        {
            Revision = HsRevision.Hs2017,
            Conversion = new HsConversion(HsCode.Parse("811269"), HsRevision.Hs2022, 0.5m),
        });
        parts.MoveNext().Should().BeTrue();
        parts.Current.Record.Commodity.Should().Be(HsCode.Parse("810790"));
        read.Should().Be(1);
        while (parts.MoveNext())
        {
        }

        read.Should().Be(3);
        // 100 + 101 + 102, halves: every value left 811269 for 810720 and 810790.
        (tally.RecordsRead, tally.RecordsWritten, tally.ConvertedRecords, tally.ValueMovedBetweenCodes).Should().Be((3L, 6L, 3L, 303m));
    }

    [Fact]
    public void The_tally_reports_unknown_codes_and_counts_what_passed_through()
    {
        // 811269 is not an HS 2017 code; TOTAL and a record already in HS 2022 pass through; 252310 (H5) is 1:1.
        TradeRecord[] input =
        [
            Record("811269", HsRevision.Hs2017, 4m), Record("811269", HsRevision.Hs2017, 1m), Record("TOTAL", HsRevision.Hs2017, 9m),
            Record("252310", HsRevision.Hs2022, 3m), Record("252310", HsRevision.Hs2017, 7m),
        ];
        var tally = new HsConversionTally();

        var output = new HsConverter(HsRevision.Hs2022).ConvertEach(input, tally).ToList();

        output.Select(static r => r.Record.Value).Should().Equal(4m, 1m, 9m, 3m, 7m);
        output.Select(static r => r.IsConverted).Should().Equal(false, false, false, false, true);
        (tally.RecordsRead, tally.RecordsWritten, tally.ConvertedRecords, tally.ValueMovedBetweenCodes).Should().Be((5L, 5L, 1L, 0m));
        tally.Issues.Select(static i => i.Message).Should().Equal("The HS code 811269 is not a code of H5: 2 record(s), US$5, kept unconverted.");
    }

    [Fact]
    public void A_trade_weighted_stream_takes_its_weights_first_and_refuses_to_start_without_them()
    {
        var converter = new HsConverter(HsRevision.Hs2017, HsSplitMode.TradeWeighted);
        var source = new[] { Record("811269", HsRevision.Hs2022, 100m) };

        var without = () => converter.ConvertEach(source, new HsConversionTally());
        without.Should().Throw<ArgumentException>().WithMessage("*needs the weights before the first record*");
        var otherEdition = () => converter.ConvertEach(source, new HsConversionTally(), new HsTradeWeights(HsRevision.Hs2012));
        otherEdition.Should().Throw<ArgumentException>().WithMessage("*weights are for H4*");
        var otherMode = () => new HsConverter(HsRevision.Hs2017).ConvertEach(source, new HsConversionTally(), new HsTradeWeights(HsRevision.Hs2017));
        otherMode.Should().Throw<ArgumentException>();

        // The user's own HS 2017 exports: 30 in 810720, 10 in 810790 (an import and an HS 2022 record add nothing).
        var weights = HsTradeWeights.From(
            [Record("810720", HsRevision.Hs2017, 30m), Record("810790", HsRevision.Hs2017, 10m), Record("810790", HsRevision.Hs2017, 5m, TradeFlow.Import), source[0]],
            HsRevision.Hs2017);
        var parts = converter.ConvertEach(source, new HsConversionTally(), weights).Select(static r => (r.Record.Commodity.ToString(), r.Record.Value, r.Weight));

        weights.Count.Should().Be(3);
        parts.Should().Equal(("810720", 75m, 0.75m), ("810790", 25m, 0.25m));
    }

    [Fact]
    public void A_converter_used_twice_splits_by_each_calls_own_weights()
    {
        // One converter, two data sets: 30/10 in 810720/810790 first (3/4, 1/4 of 100), then 10/30 (1/4, 3/4). The
        // fractions of one call must not be kept for the next.
        var converter = new HsConverter(HsRevision.Hs2017, HsSplitMode.TradeWeighted);
        var source = Record("811269", HsRevision.Hs2022, 100m);

        var first = converter.Convert([source, Record("810720", HsRevision.Hs2017, 30m), Record("810790", HsRevision.Hs2017, 10m)]);
        var second = converter.Convert([source, Record("810720", HsRevision.Hs2017, 10m), Record("810790", HsRevision.Hs2017, 30m)]);

        first.Records.Where(static r => r.IsConverted).Select(static r => r.Record.Value).Should().Equal(75m, 25m);
        second.Records.Where(static r => r.IsConverted).Select(static r => r.Record.Value).Should().Equal(25m, 75m);
    }

    [Fact]
    public async Task The_asynchronous_stream_gives_what_the_list_gives()
    {
        TradeRecord[] input =
        [
            Record("811269", HsRevision.Hs2022, 100.5m), Record("252310", HsRevision.Hs2022, 3m), Record("811269", HsRevision.Hs2022, 1m, TradeFlow.Import),
        ];
        var converter = new HsConverter(HsRevision.Hs2017, HsSplitMode.Equal);
        var tally = new HsConversionTally();

        var streamed = new List<ConvertedTradeRecord>();
        await foreach (var part in converter.ConvertEachAsync(input.ToAsyncEnumerable(), tally))
        {
            streamed.Add(part);
        }

        var listed = converter.Convert(input);
        streamed.Should().Equal(listed.Records);
        (tally.ConvertedRecords, tally.ValueMovedBetweenCodes).Should().Be((listed.ConvertedRecords, listed.ValueMovedBetweenCodes));
        // 100.5 + 3 + 1 kept; 811269's 100.5 and 1 moved (halves to 810720 and 810790), 252310 stayed.
        streamed.Sum(static r => r.Record.Value).Should().Be(104.5m);
        tally.ValueMovedBetweenCodes.Should().Be(101.5m);
    }
}
