using AseanMinerals.Core.Aggregation;
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
