using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>The cube reads a decimal's parts in place; these pin that reading to the public <see cref="decimal.GetBits(decimal)"/>.</summary>
public class ExactSumTests
{
    [Theory]
    [InlineData("1588852981506.719")]
    [InlineData("-0.001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("0")]
    public void Decompose_gives_the_integer_and_scale_that_GetBits_gives(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var mantissa = ExactSum.Decompose(value, out var scale);

        mantissa.Should().Be(FromGetBits(value, out var expectedScale));
        scale.Should().Be(expectedScale);
        ExactSum.ToDecimal(mantissa, scale).Should().Be(value);
    }

    [Theory]
    [InlineData("1000000000000000000000000000149", 30, "1.0000000000000000000000000001")] // "49" dropped: down (a digit at a time: 149 -> 15 -> 2, up)
    [InlineData("1000000000000000000000000000150", 30, "1.0000000000000000000000000002")] // "50" dropped: half, away from zero
    [InlineData("-1000000000000000000000000000149", 30, "-1.0000000000000000000000000001")]
    [InlineData("792281625142643375935439503354", 1, "79228162514264337593543950335")] // decimal.MaxValue + 0.4: down to it
    public void A_sum_with_more_digits_than_a_decimal_holds_is_rounded_once(string mantissa, int scale, string expected)
    {
        // A decimal holds 96 bits (29 digits here): the digits beyond are dropped together and rounded once, by hand.
        ExactSum.TryToDecimal(Int128.Parse(mantissa, System.Globalization.CultureInfo.InvariantCulture), scale, out var value).Should().BeTrue();

        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_sum_that_rounds_past_decimals_largest_value_does_not_fit()
    {
        // decimal.MaxValue + 0.5 rounds (half away from zero) to one more than decimal.MaxValue.
        ExactSum.TryToDecimal(Int128.Parse("792281625142643375935439503355", System.Globalization.CultureInfo.InvariantCulture), 1, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("50000000000000000000000000000", "50000000000000000000000000000", "0", "100000000000000000000000000000")]
    [InlineData("50000000000000000000000000000", "50000000000000000000000000000", "0.5", "100000000000000000000000000000.5")]
    [InlineData("-50000000000000000000000000000", "-50000000000000000000000000000", "-0.25", "-100000000000000000000000000000.25")]
    [InlineData("1.50", "2.25", "0", "3.75")]
    public void An_exact_total_names_its_value_in_digits_beyond_a_decimals_range_too(string a, string b, string c, string expected)
    {
        // Sums worked by hand: 5e28 + 5e28 = 1e29 is beyond decimal's 7.9e28, yet an error message must name it.
        var total = ExactTotal.Of(0m);
        foreach (var text in new[] { a, b, c })
        {
            total.Add(ExactTotal.Of(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)));
        }

        total.ToString().Should().Be(expected);
    }

    [Fact]
    public void A_cube_cell_beyond_a_decimals_range_is_refused_by_Cells_with_AMC4007_naming_the_cell()
    {
        // HS 2601 and 2602 share a commodity cell: 5e28 + 5e28 = 1e29 is exact in the cube but no decimal holds it.
        var cube = TradeCube.Build([
            new TradeRecord(TradePeriod.Annual(2022), new AreaCode(458), AreaCode.World, TradeFlow.Export, HsCode.Parse("2601"), 5e28m),
            new TradeRecord(TradePeriod.Annual(2022), new AreaCode(458), AreaCode.World, TradeFlow.Export, HsCode.Parse("2602"), 5e28m)]);

        var cells = () => cube.Cells.ToList();

        cells.Should().Throw<ValidationException>().Which.Result.Issues.Should().ContainSingle()
            .Which.Message.Should().Contain("2022 458->000 Export").And.Contain("sums to 100000000000000000000000000000");
    }

    [Property(MaxTest = 1000)]
    public Property Decompose_agrees_with_GetBits_for_any_decimal() =>
        Prop.ForAll(ArbMap.Default.ArbFor<decimal>(), value =>
            ExactSum.Decompose(value, out var scale) == FromGetBits(value, out var expectedScale) && scale == expectedScale);

    private static Int128 FromGetBits(decimal value, out int scale)
    {
        var bits = decimal.GetBits(value);
        scale = (bits[3] >> 16) & 0xFF;
        var magnitude = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        return bits[3] < 0 ? -magnitude : magnitude;
    }
}
