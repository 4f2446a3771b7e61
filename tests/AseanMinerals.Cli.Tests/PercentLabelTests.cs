using AseanMinerals.Cli.Charts;

namespace AseanMinerals.Cli.Tests;

public sealed class PercentLabelTests
{
    // Expected labels worked by hand: the share times 100, to two significant digits.
    [Theory]
    [InlineData("0.2", "20%")]
    [InlineData("0.05", "5.0%")]
    [InlineData("0.6666", "67%")]
    [InlineData("1", "100%")]
    [InlineData("0.0002", "0.020%")]
    [InlineData("0.000218", "0.022%")]
    [InlineData("0.000000743", "0.000074%")]
    [InlineData("0.0996", "10%")]
    [InlineData("0.00996", "1.0%")]
    [InlineData("0", "0%")]
    public void A_share_is_labelled_to_two_significant_digits(string share, string label) =>
        PercentLabel.Of(decimal.Parse(share, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(label);

    [Fact]
    public void A_non_zero_share_is_never_labelled_zero()
    {
        for (var exponent = 1; exponent <= 20; exponent++)
        {
            var share = 1m / (decimal)Math.Pow(10, exponent);
            PercentLabel.Of(share).Should().NotMatchRegex("^0(\\.0+)?%$", $"1e-{exponent} is not zero");
        }
    }
}
