using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>Issue 18: a cube built for one question (a <see cref="TradeCubeFilter"/>) answers it as the whole cube does, and nothing else.</summary>
public class QuestionFirstCubeTests
{
    private static readonly TradeRecord[] Generated = [.. new TradeRecordGenerator(seed: 11).Generate(50_000)];
    private static readonly TradePeriod Generated2018 = TradePeriod.Annual(2018);

    [Fact]
    public void The_headline_of_a_cube_built_for_it_equals_the_whole_cube_headline()
    {
        var whole = TradeCube.Build(Generated);
        var filtered = TradeCube.Build(Generated, MineralsClassification.DefaultClassifier, TradeCubeFilter.For(Generated2018, AreaGroup.Asean()));

        var expected = whole.Headline(Generated2018, basis: TotalBasis.SumOfCommodities);
        var actual = filtered.Headline(Generated2018, basis: TotalBasis.SumOfCommodities);

        actual.CommodityTrade.Value.Should().Be(expected.CommodityTrade.Value).And.NotBeNull();
        actual.ShareOfTotalTrade.Share.Should().Be(expected.ShareOfTotalTrade.Share).And.NotBeNull();
        actual.IntraGroupShare.Share.Should().Be(expected.IntraGroupShare.Share).And.NotBeNull();
        filtered.Statistics.Cells.Should().BeLessThan(whole.Statistics.Cells / 10, "the generator spreads the records over 20 years");
    }

    [Fact]
    public void Every_record_is_accounted_for_read_equals_aggregated_plus_set_aside_plus_outside()
    {
        // The 17 hand-made 2018 records (6 TOTAL rows, 7 minerals rows, 4 others of which one is a breakdown row) plus two
        // of 2019: read 19 = 16 aggregated + 1 breakdown row set aside + the 2 of 2019 outside a 2018 filter.
        TradeRecord[] records =
        [
            .. Year2018,
            Record(Indonesia, China, TradeFlow.Export, "260111", 1m, TradePeriod.Annual(2019)),
            Record(Malaysia, China, TradeFlow.Export, "260111", 2m, TradePeriod.Annual(2019)),
        ];
        var builder = new TradeCubeBuilder { Filter = new TradeCubeFilter(periods: [Y2018]) };
        builder.AddRange(records);

        var statistics = builder.ToCube().Statistics;

        statistics.RecordsRead.Should().Be(19);
        statistics.BreakdownRecordsSetAside.Should().Be(1);
        statistics.RecordsOutsideFilter.Should().Be(2);
        statistics.RecordsAggregated.Should().Be(16);
        statistics.ToString().Should().Contain("2 outside the cube's filter");
    }

    [Fact]
    public void A_figure_outside_the_filter_is_absent_with_the_reason_never_zero()
    {
        var asean = AreaGroup.Asean();
        var cube = TradeCube.Build(Generated, MineralsClassification.DefaultClassifier, TradeCubeFilter.For(Generated2018, asean));

        var otherYear = cube.Value(TradePeriod.Annual(2017), asean);
        var china = cube.Value(Generated2018, AreaGroup.Of("China", new AreaCode(156)));

        otherYear.Value.Should().BeNull();
        otherYear.Absence!.Kind.Should().Be(FigureAbsenceKind.OutsideFilter);
        otherYear.AbsentReason.Should().Contain("built for one question").And.Contain("2017");
        china.Value.Should().BeNull();
        china.Absence!.Kind.Should().Be(FigureAbsenceKind.OutsideFilter);
        china.AbsentReason.Should().Contain("reporters 156");
    }

    [Fact]
    public void A_cube_of_one_scope_cannot_tell_a_share_of_total_trade()
    {
        // Minerals only: the minerals trade is there (5,000 + 7,000 + 2,000 + 3,000 + 4,000 + 1,500.25 + 2,999.75 =
        // 25,500.00 by hand, see HandMadeRecords), but total trade needs the TOTAL rows, which the filter dropped.
        var cube = TradeCube.Build(Year2018, MineralsClassification.DefaultClassifier, new TradeCubeFilter(commodities: CommoditySelection.DefaultScope));
        var members = AreaGroup.Of("three", Indonesia, Malaysia, Singapore);

        var share = cube.ShareOfTotalTrade(Y2018, members);

        cube.Value(Y2018, members).Value.Should().Be(25_500.00m);
        share.Share.Should().BeNull();
        share.AbsentReason.Should().Contain("built for one question");
    }

    [Fact]
    public void Cubes_built_for_different_questions_do_not_merge()
    {
        var a = TradeCube.Build(Year2018, MineralsClassification.DefaultClassifier, new TradeCubeFilter(periods: [Y2018]));
        var b = TradeCube.Build(Year2018);

        var merge = () => a.Merge(b);

        merge.Should().Throw<ArgumentException>().WithMessage("*different questions*");
        a.Merge(TradeCube.Build(Year2018, MineralsClassification.DefaultClassifier, new TradeCubeFilter(periods: [Y2018]))).BuiltFor.Should().Be(a.BuiltFor);
    }
}
