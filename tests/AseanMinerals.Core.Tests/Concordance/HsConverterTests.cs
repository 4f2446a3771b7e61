using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Concordance;

// Every expectation is computed by hand from the UNSD tables (seeds/hs, read from the xlsx in shared/data):
//   HS 2022 -> HS 2017: 252310 -> 252310 (1:1); 811269 -> 810720, 810790 (1:n; UNSD converts to 810720);
//   070952..070956 -> 070959 (n:1); 070410 -> 070410, 070490 and 070490 -> 070490 (a group of two with an n:n pair).
public class HsConverterTests
{
    private static readonly AreaCode Indonesia = new(360);
    private static readonly AreaCode World = new(0);

    private static TradeRecord Record(string code, HsRevision revision, decimal value, TradeFlow flow = TradeFlow.Export) =>
        new(TradePeriod.Annual(2023), Indonesia, World, flow, HsCode.Parse(code), value) { Revision = revision };

    private static Dictionary<string, decimal> ByCode(HsConversionResult result) =>
        result.Records.GroupBy(r => r.Record.Commodity.ToString()).ToDictionary(g => g.Key, g => g.Sum(r => r.Record.Value));

    [Fact]
    public void A_one_to_one_code_keeps_its_value_in_every_mode()
    {
        HsCorrelationTables.Default.Correlate(HsCode.Parse("252310"), HsRevision.Hs2022, HsRevision.Hs1992)
            .Should().Equal(new HsCorrelation(HsCode.Parse("252310"), HsCode.Parse("252310"), HsRelationship.OneToOne, true));
        foreach (var mode in Enum.GetValues<HsSplitMode>())
        {
            var result = new HsConverter(HsRevision.Hs1992, mode).Convert([Record("252310", HsRevision.Hs2022, 123.45m)]);
            ByCode(result).Should().Equal(new Dictionary<string, decimal> { ["252310"] = 123.45m });
            result.ValueMovedBetweenCodes.Should().Be(0m);
            result.Records.Should().ContainSingle().Which.IsConverted.Should().BeTrue();
        }
    }

    [Fact]
    public void A_one_to_many_code_splits_by_mode()
    {
        var pairs = HsCorrelationTables.Default.Correlate(HsCode.Parse("811269"), HsRevision.Hs2022, HsRevision.Hs2017);
        pairs.Select(p => (p.Target.ToString(), p.RelationshipText, p.IsUnsdConversion))
            .Should().Equal(("810720", "1:n", true), ("810790", "1:n", false));

        var source = Record("811269", HsRevision.Hs2022, 100m);
        ByCode(new HsConverter(HsRevision.Hs2017, HsSplitMode.Unsd).Convert([source]))
            .Should().Equal(new Dictionary<string, decimal> { ["810720"] = 100m });
        ByCode(new HsConverter(HsRevision.Hs2017, HsSplitMode.Equal).Convert([source]))
            .Should().Equal(new Dictionary<string, decimal> { ["810720"] = 50m, ["810790"] = 50m });

        // The reporter's own exports in HS 2017: 30 in 810720, 10 in 810790, so 3/4 and 1/4 of 100 (plus those 40 themselves).
        var weighted = new HsConverter(HsRevision.Hs2017, HsSplitMode.TradeWeighted).Convert(
            [source, Record("810720", HsRevision.Hs2017, 30m), Record("810790", HsRevision.Hs2017, 10m), Record("810790", HsRevision.Hs2017, 5m, TradeFlow.Import)]);
        var parts = weighted.Records.Where(r => r.IsConverted).Select(r => (r.Record.Commodity.ToString(), r.Record.Value, r.Weight, r.SourceCommodity.ToString(), r.SourceRevision));
        parts.Should().Equal(("810720", 75m, 0.75m, "811269", HsRevision.Hs2022), ("810790", 25m, 0.25m, "811269", HsRevision.Hs2022));
        weighted.ConvertedRecords.Should().Be(1);
        weighted.ValueMovedBetweenCodes.Should().Be(100m);
    }

    [Fact]
    public void Many_to_one_codes_merge_in_every_mode()
    {
        HsCorrelationTables.Default.Correlate(HsCode.Parse("070952"), HsRevision.Hs2022, HsRevision.Hs2017)
            .Should().Equal(new HsCorrelation(HsCode.Parse("070952"), HsCode.Parse("070959"), HsRelationship.ManyToOne, true));
        foreach (var mode in Enum.GetValues<HsSplitMode>())
        {
            var result = new HsConverter(HsRevision.Hs2017, mode).Convert(
                [Record("070952", HsRevision.Hs2022, 10m), Record("070953", HsRevision.Hs2022, 20.5m), Record("070956", HsRevision.Hs2022, 0.01m)]);
            ByCode(result).Should().Equal(new Dictionary<string, decimal> { ["070959"] = 30.51m });
        }
    }

    [Fact]
    public void A_group_with_a_many_to_many_pair_is_split_as_one_group()
    {
        var pairs = HsCorrelationTables.Default.Correlate(HsCode.Parse("070410"), HsRevision.Hs2022, HsRevision.Hs2017);
        pairs.Select(p => (p.Target.ToString(), p.RelationshipText)).Should().Equal(("070410", "1:n"), ("070490", "n:n"));
        HsCorrelationTables.Default.Correlate(HsCode.Parse("070490"), HsRevision.Hs2022, HsRevision.Hs2017)
            .Select(p => (p.Target.ToString(), p.RelationshipText)).Should().Equal([("070490", "n:1")]);

        TradeRecord[] input = [Record("070410", HsRevision.Hs2022, 90m), Record("070490", HsRevision.Hs2022, 30m)];
        ByCode(new HsConverter(HsRevision.Hs2017, HsSplitMode.Unsd).Convert(input))
            .Should().Equal(new Dictionary<string, decimal> { ["070410"] = 90m, ["070490"] = 30m });

        // The group's 120 split equally over its two target codes: 60 each.
        ByCode(new HsConverter(HsRevision.Hs2017, HsSplitMode.Equal).Convert(input))
            .Should().Equal(new Dictionary<string, decimal> { ["070410"] = 60m, ["070490"] = 60m });

        // Weights 1 : 3 from the reporter's HS 2017 exports: 30 and 90 of the group's 120, plus the 1 and 3 themselves.
        var weighted = new HsConverter(HsRevision.Hs2017, HsSplitMode.TradeWeighted).Convert(
            [.. input, Record("070410", HsRevision.Hs2017, 1m), Record("070490", HsRevision.Hs2017, 3m)]);
        ByCode(weighted).Should().Equal(new Dictionary<string, decimal> { ["070410"] = 31m, ["070490"] = 93m });
    }

    [Fact]
    public void Towards_HS_2022_a_split_code_merges_back()
    {
        // HS 2017 810720 and 810790 both became HS 2022 811269: n:1 seen from HS 2017.
        HsCorrelationTables.Default.Correlate(HsCode.Parse("810720"), HsRevision.Hs2017, HsRevision.Hs2022)
            .Should().Equal(new HsCorrelation(HsCode.Parse("810720"), HsCode.Parse("811269"), HsRelationship.ManyToOne, true));
        var result = new HsConverter(HsRevision.Hs2022, HsSplitMode.Equal).Convert([Record("810720", HsRevision.Hs2017, 7m), Record("810790", HsRevision.Hs2017, 3m)]);
        ByCode(result).Should().Equal(new Dictionary<string, decimal> { ["811269"] = 10m });
    }

    [Fact]
    public void Thirds_add_up_exactly_and_the_largest_part_takes_the_remainder()
    {
        // HS 1992 -> HS 2022 through the tables; an equal split of 1 into three parts: 0.333333, 0.333333, 0.333334.
        var three = HsCorrelationTables.Default.SubheadingsOf(HsRevision.Hs2017)
            .First(c => new HsConverter(HsRevision.Hs2022, HsSplitMode.Equal).Convert([Record(c.ToString(), HsRevision.Hs2017, 1m)]).Records.Count == 3);
        var parts = new HsConverter(HsRevision.Hs2022, HsSplitMode.Equal).Convert([Record(three.ToString(), HsRevision.Hs2017, 1m)]).Records
            .Select(r => r.Record.Value).ToList();
        parts.Should().BeEquivalentTo([0.333334m, 0.333333m, 0.333333m]);
        parts.Sum().Should().Be(1m);
    }

    [Fact]
    public void Chapter_and_heading_codes_convert_at_their_own_level()
    {
        // Heading 8112 of HS 2022 took cadmium (HS 2017 heading 8107) in: 8112 correlates with 8107 and 8112 of HS 2017.
        HsCorrelationTables.Default.Correlate(HsCode.Parse("8112"), HsRevision.Hs2022, HsRevision.Hs2017)
            .Select(p => p.Target.ToString()).Should().Contain(["8107", "8112"]);
        var result = new HsConverter(HsRevision.Hs2022, HsSplitMode.Equal).Convert([Record("25", HsRevision.Hs1992, 5m), Record("2523", HsRevision.Hs1992, 2m)]);
        result.Records.Select(r => r.Record.Commodity.Digits).Should().OnlyContain(d => d == 2 || d == 4);
        result.Records.Sum(r => r.Record.Value).Should().Be(7m);
    }

    [Fact]
    public void Unknown_codes_and_unstated_editions_are_reported_and_kept()
    {
        // 811269 is new in HS 2022: HS 2017 does not have it. TOTAL and records already in the target pass through silently.
        TradeRecord[] input =
        [
            Record("811269", HsRevision.Hs2017, 4m), Record("811269", HsRevision.Hs2017, 1m), Record("252310", HsRevision.AsReported, 2m),
            Record("TOTAL", HsRevision.Hs2017, 9m), Record("252310", HsRevision.Hs2022, 3m),
        ];
        var result = new HsConverter(HsRevision.Hs2022).Convert(input);
        result.Records.Select(r => r.Record).Should().Equal(input);
        result.Records.Should().OnlyContain(r => !r.IsConverted);
        result.ConvertedRecords.Should().Be(0);
        result.Issues.Select(i => (i.Code, i.Message)).Should().Equal(
            ("AMC2020", "The HS code 252310 has no stated edition: 1 record(s), US$2, kept unconverted."),
            ("AMC2020", "The HS code 811269 is not a code of H5: 2 record(s), US$5, kept unconverted."));
    }
}
