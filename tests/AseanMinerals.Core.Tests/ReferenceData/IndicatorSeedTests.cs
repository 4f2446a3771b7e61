using AseanMinerals.Core.Indicators;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Core.Tests.ReferenceData;

public class IndicatorSeedTests
{
    private static readonly IReadOnlyList<PublishedIndicator> Indicators = AseanReferenceData.Default.Indicators;

    private static PublishedIndicator Find(IndicatorMeasure measure, int year) =>
        Indicators.Single(i => i.Measure == measure && i.Year == year);

    [Fact]
    public void The_2018_minerals_figures_are_250_billion_close_to_9_percent_and_21_percent_intra_ASEAN()
    {
        // "Trade in minerals accounted for $250 billion or close to 9% of ASEAN's total trade in 2018.
        //  21% of the trade in minerals are internal ASEAN trade." (ASEAN Secretariat)
        var trade = Find(IndicatorMeasure.MineralsTrade, 2018);
        var share = Find(IndicatorMeasure.MineralsShareOfTotalTrade, 2018);
        var intra = Find(IndicatorMeasure.IntraAseanShareOfMineralsTrade, 2018);

        (trade.Value, trade.Unit, trade.Qualifier).Should().Be((250m, IndicatorUnit.UsDollarsBillion, IndicatorQualifier.Exact));
        (share.Value, share.Unit, share.Qualifier).Should().Be((9m, IndicatorUnit.Percent, IndicatorQualifier.Approximately));
        (intra.Value, intra.Unit, intra.Qualifier).Should().Be((21m, IndicatorUnit.Percent, IndicatorQualifier.Exact));
    }

    [Fact]
    public void Minerals_trade_grew_from_about_14_billion_in_2004_to_44_billion_in_2013()
    {
        var start = Find(IndicatorMeasure.MineralsTrade, 2004);
        var end = Find(IndicatorMeasure.MineralsTrade, 2013);

        (start.Value, start.Qualifier).Should().Be((14m, IndicatorQualifier.Approximately));
        (end.Value, end.Qualifier).Should().Be((44m, IndicatorQualifier.Exact));
        // "more than three-fold": 44 / 14 = 3.14.
        (end.Value / start.Value).Should().BeGreaterThan(3m);
    }

    [Fact]
    public void ASEAN_total_trade_2019_and_its_intra_ASEAN_shares_are_as_published()
    {
        Find(IndicatorMeasure.TotalTrade, 2019).Value.Should().Be(2815.2m);
        Find(IndicatorMeasure.IntraAseanShareOfTotalTrade, 2019).Value.Should().Be(22.5m);
        Find(IndicatorMeasure.IntraAseanShareOfTotalTrade, 2018).Value.Should().Be(23.0m);
        Find(IndicatorMeasure.IntraAseanShareOfExports, 2019).Value.Should().Be(23.4m);
        Find(IndicatorMeasure.IntraAseanShareOfImports, 2019).Value.Should().Be(21.5m);
    }

    [Fact]
    public void The_2018_minerals_trade_is_close_to_9_percent_of_total_trade_derived_from_the_2019_total()
    {
        // 2019 total trade US$2,815.2 bn was 0.3% below 2018: 2,815.2 / 0.997 = 2,823.67 bn in 2018.
        // 250 / 2,823.67 = 8.85%, which is "close to 9%".
        var total2018 = Find(IndicatorMeasure.TotalTrade, 2019).Value / 0.997m;
        var share = Find(IndicatorMeasure.MineralsTrade, 2018).Value / total2018 * 100m;

        share.Should().BeApproximately(8.85m, 0.01m);
        Math.Round(share).Should().Be(Find(IndicatorMeasure.MineralsShareOfTotalTrade, 2018).Value);
    }

    [Fact]
    public void Every_indicator_quoting_its_source_quotes_the_number_it_holds()
    {
        foreach (var indicator in Indicators.Where(i => i.Quote is not null))
        {
            indicator.Quote.Should().Contain(
                indicator.Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
                $"the quote of {indicator.Id} states its value");
        }
    }
}
