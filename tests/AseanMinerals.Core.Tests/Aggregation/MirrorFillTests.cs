using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>
/// Issue 11, mirror fill-in (review 2026-12-02, findings 2 and 11): a mirror-filled figure is absent with the reason where
/// neither the members' own rows nor their partners' rows can tell it (never 0), says which members were reported, which
/// mirror-filled from whom and which are missing, and refuses a CIF/FOB factor outside (0, 1]. Answers worked by hand.
/// </summary>
public class MirrorFillTests
{
    private static readonly AreaGroup Asean = AreaGroup.Asean();

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2")]
    [InlineData("1.0000001")]
    public void A_CIF_FOB_factor_outside_zero_to_one_is_refused_with_the_reason(string factor)
    {
        // 0 divided the import estimates by zero (DivideByZeroException), -1 made totals negative, 2 was taken.
        var make = () => new MirrorFillOptions { CifToFobFactor = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture) };

        make.Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("above 0 and at most 1").And.Contain("freight and insurance");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0.95")]
    [InlineData("0.0001")]
    public void A_CIF_FOB_factor_in_zero_to_one_is_taken(string factor)
    {
        var value = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture);

        new MirrorFillOptions { CifToFobFactor = value }.CifToFobFactor.Should().Be(value);
    }

    [Fact]
    public void A_factor_of_one_leaves_the_estimates_as_reported()
    {
        // China reports imports of 200 from Malaysia and exports of 80 to it: with a factor of 1, 200 and 80.
        var cube = TradeCube.Build([
            Record(China, Malaysia, TradeFlow.Import, "TOTAL", 200m),
            Record(China, Malaysia, TradeFlow.Export, "TOTAL", 80m)]);

        var filled = cube.MirrorFill(Y2018, Asean, CommoditySelection.All(), options: new MirrorFillOptions { CifToFobFactor = 1m });

        filled.Total.Should().Be(280m);
    }
}
