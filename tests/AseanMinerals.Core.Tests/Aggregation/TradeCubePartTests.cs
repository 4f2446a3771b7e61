using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Tests.Properties;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>Partial cubes: built on parts of the records, written to JSON, read back, merged and queried.</summary>
[Properties(MaxTest = 100)]
public sealed class TradeCubePartTests
{
    [Property]
    public Property Any_split_along_period_reporter_partner_and_flow_merges_into_the_cube_of_all_the_records() =>
        Prop.ForAll(SplitAlongCoverage().ToArbitrary(), split =>
        {
            var (records, parts) = split;
            var whole = TradeCube.Build(records);

            // Each part goes through JSON, as it would between machines, before the merge.
            var merged = TradeCubePart.Merge(parts.Select((p, i) => AseanMineralsJson.DeserializeTradeCubePart(AseanMineralsJson.Serialize(TradeCubePart.Build($"part-{i}", p)))));

            var cube = merged.ToCube();
            return cube.Cells.SequenceEqual(whole.Cells)
                && merged.Statistics == whole.Statistics
                && merged.Coverage.Sum(static c => c.Records) == records.Length
                && whole.Periods.All(period => cube.Value(period, AreaGroup.Asean()) == whole.Value(period, AreaGroup.Asean())
                    && cube.TotalTrade(period, AreaGroup.Asean()) == whole.TotalTrade(period, AreaGroup.Asean()));
        });

    [Property]
    public Property Parts_that_share_a_period_reporter_partner_and_flow_are_refused_naming_both() =>
        Prop.ForAll(CubeGenerators.RecordSets.Where(static r => r.Length >= 2).ToArbitrary(), records =>
        {
            // The last record also goes into a second part: the same trade in two parts, which cells cannot show.
            records = Distinct(records);
            var a = TradeCubePart.Build("machine-a", records);
            var b = TradeCubePart.Build("machine-b", [records[^1]]);

            var merge = () => TradeCubePart.Merge([a, b]);

            var thrown = merge.Should().Throw<TradeCubePartOverlapException>().Which;
            return thrown.First == "machine-a" && thrown.Second == "machine-b"
                && thrown.Coverage.Period == records[^1].Period && thrown.Coverage.Reporter == records[^1].Reporter;
        });

    [Fact]
    public void Two_machines_each_with_its_reporters_give_the_hand_computed_figures()
    {
        var records = Year2018;
        var indonesia = TradeCubePart.Build("machine-1", records.Where(static r => r.Reporter == Indonesia));
        var others = TradeCubePart.Build("machine-2", records.Where(static r => r.Reporter != Indonesia));

        var merged = TradeCubePart.Merge([others, indonesia]);

        // HandMadeRecords: minerals by partner 25,500.00, total trade from the TOTAL x World rows 570,000.75.
        merged.ToCube().Value(Y2018, AreaGroup.Asean()).Value.Should().Be(25_500.00m);
        merged.ToCube().TotalTrade(Y2018, AreaGroup.Asean()).Value.Should().Be(570_000.75m);
        merged.Parts.Should().Equal("machine-2", "machine-1");
        // 17 records read, the breakdown row set aside: 16 aggregated.
        merged.Statistics.Should().Be(new TradeCubeStatistics(17, 16, 1, merged.Cells.Count));
    }

    [Fact]
    public void Within_a_part_a_duplicate_is_refused_or_under_keep_first_left_out_and_counted()
    {
        var record = Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 5_000.00m);

        var refuse = () => TradeCubePart.Build("part", [record, record]);
        var kept = TradeCubePart.Build("part", [record, record with { Value = 9_999m }], duplicates: DuplicateTradeRule.KeepFirst);

        refuse.Should().Throw<DuplicateTradeException>().WithMessage("part, record 2: AMC2009*");
        kept.DuplicatesLeftOut.Should().Be(1);
        kept.ToCube().Value(Y2018, AreaGroup.Asean()).Value.Should().Be(5_000.00m); // the first record's value, once
        kept.Statistics.RecordsRead.Should().Be(1);
    }

    [Fact]
    public void The_json_of_a_part_keeps_every_value_exact_and_a_member_the_schema_lacks_is_refused()
    {
        var part = TradeCubePart.Build("part", [Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 0.000000001m), Record(Indonesia, China, TradeFlow.Export, "260111", 79_228_162_514_264_337_593_543.950335m)]);

        var json = AseanMineralsJson.Serialize(part);
        var back = AseanMineralsJson.DeserializeTradeCubePart(json);
        var extra = () => AseanMineralsJson.DeserializeTradeCubePart(json.Replace("\"parts\":", "\"machine\":\"x\",\"parts\":", StringComparison.Ordinal));

        back.Cells.Should().Equal(part.Cells);
        back.Coverage.Should().Equal(part.Coverage);
        back.Statistics.Should().Be(part.Statistics);
        back.Cells.Select(static c => c.Value).Should().Contain([0.000000001m, 79_228_162_514_264_337_593_543.950335m]);
        extra.Should().Throw<AseanMineralsJsonException>().WithMessage("*machine*");
    }

    [Fact]
    public void A_part_of_another_classification_is_refused()
    {
        var part = TradeCubePart.Build("part", Year2018) with { Classification = "another-classification" };

        var merge = () => TradeCubePart.Merge([part]);
        var cube = () => part.ToCube();

        merge.Should().Throw<ArgumentException>().WithMessage("*'another-classification'*not comparable*");
        cube.Should().Throw<ArgumentException>().WithMessage($"*not '{MineralsClassification.DefaultClassifier.Classification.Id}'*");
    }

    // A record set without duplicate keys, its coverage groups dealt at random into one to four parts.
    private static Gen<(TradeRecord[] Records, TradeRecord[][] Parts)> SplitAlongCoverage() =>
        from generated in CubeGenerators.RecordSets
        let records = Distinct(generated)
        let groups = records.GroupBy(static r => (r.Period, r.Reporter, r.Partner, r.Flow)).ToArray()
        from count in Gen.Choose(1, 4)
        from owners in Gen.Choose(0, count - 1).ArrayOf(groups.Length)
        select (records, Enumerable.Range(0, count).Select(part => groups.Where((_, g) => owners[g] == part).SelectMany(static g => g).ToArray()).ToArray());

    // The generator may repeat a trade key; the laws are about distinct trades (the duplicate rule is tested on its own).
    private static TradeRecord[] Distinct(TradeRecord[] records) =>
        [.. records.DistinctBy(static r => (r.Period, r.Reporter, r.Partner, r.Flow, r.Commodity, r.Breakdown))];
}
