using AseanMinerals.Core.Production;

namespace AseanMinerals.Core.Tests.Production;

public class ProductionUnitTests
{
    [Fact]
    public void Units_of_one_dimension_convert_exactly()
    {
        // 1,600 kg = 1.6 t; 2,030,000 t = 2,030 kt; 58,000 Mt = 58,000,000 kt (by hand: factors 0.001, 1,000, 1,000,000).
        ProductionUnit.Kilogram.Convert(1_600m, ProductionUnit.MetricTon).Should().Be(1.6m);
        ProductionUnit.MetricTon.Convert(2_030_000m, ProductionUnit.ThousandMetricTons).Should().Be(2_030m);
        ProductionUnit.MillionMetricTons.Convert(58_000m, ProductionUnit.ThousandMetricTons).Should().Be(58_000_000m);
        ProductionUnit.ThousandCarats.Convert(16_000m, ProductionUnit.MillionCarats).Should().Be(16m);
    }

    [Fact]
    public void Dry_tons_carats_and_tons_do_not_convert_into_each_other()
    {
        var dryToWet = () => ProductionUnit.ThousandMetricDryTons.Convert(1m, ProductionUnit.ThousandMetricTons);
        var caratsToTons = () => ProductionUnit.MillionCarats.Convert(1m, ProductionUnit.MetricTon);

        dryToWet.Should().Throw<InvalidOperationException>().WithMessage("*dry tons*");
        caratsToTons.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("metric tons", "t")]
    [InlineData("thousand metric tons", "kt")]
    [InlineData("  Thousand Metric Dry Tons ", "kdt")]
    [InlineData("kilograms", "kg")]
    [InlineData("million cubic meters", "Mm3")]
    public void A_USGS_unit_name_is_found(string name, string symbol)
    {
        ProductionUnit.TryFind(name, out var unit).Should().BeTrue();
        unit!.Value.Symbol.Should().Be(symbol);
    }
}
