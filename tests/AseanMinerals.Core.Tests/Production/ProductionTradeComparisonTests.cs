using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Production;

public class ProductionTradeComparisonTests
{
    private static readonly AreaCode Indonesia = new(360);
    private static readonly AreaCode Philippines = new(608);

    [Fact]
    public void Nickel_exports_are_shown_beside_mine_production_once_each_and_never_divided()
    {
        var figures = new ProductionFigures(UsgsExcerpts.Read(UsgsExcerpts.Mcs2025).Figures);
        var series = figures.Series(MineralCommodities.Find("nickel"), ProductionFigureKind.Production, ProductionStage.Mine, 2023)[0];
        var asean = AreaGroup.Asean();
        var production = figures.Share(series, asean);
        TradeRecord[] trade =
        [
            Export(Indonesia, "2604", 100m, 1_000_000),
            Export(Indonesia, "260400", 100m, 1_000_000), // the same goods at six digits: not added again
            Export(Philippines, "2604", 50m, null),
            Export(Philippines, "2604", 30m, 9) with { Partner = new AreaCode(156) }, // a partner row, not the World
            Export(Indonesia, "7501", 200m, 500_000),
            Export(new AreaCode(458), "2604", 70m, 1) with { Period = TradePeriod.Annual(2022) }, // another year
        ];

        var side = ProductionTradeComparison.Compare(production, asean, trade, [HsCode.Parse("2604"), HsCode.Parse("7501")]);

        // By hand: 100 (Indonesia 2604) + 50 (Philippines 2604) + 200 (Indonesia 7501) = 350 US$; weight 1,000 t + 500 t.
        (side.ValueUsd, side.NetWeightTonnes, side.Records, side.RecordsWithoutWeight).Should().Be((350m, 1_500m, 3L, 1L));
        side.ReportersWithTrade.Should().Equal(Indonesia, Philippines);
        side.Production.GroupAmount.Should().Be(2_443_000m);
        side.UnitQuestion.Should().Contain("never divided").And.Contain("metric tons of 'Mine production, nickel content'");
    }

    private static TradeRecord Export(AreaCode reporter, string hs, decimal value, double? kg) =>
        new(TradePeriod.Annual(2023), reporter, AreaCode.World, TradeFlow.Export, HsCode.Parse(hs), value) { NetWeightKg = kg };
}
