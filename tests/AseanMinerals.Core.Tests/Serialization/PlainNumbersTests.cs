using System.Text;
using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Tests.Serialization;

/// <summary>
/// The plain-number fast path shared by the JSON and Comtrade readers: what it reads it reads exactly (the expected values
/// are the numbers as written, scale included), and what it does not read it leaves to the general parser (false).
/// </summary>
public class PlainNumbersTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("1.50", "1.50")]
    [InlineData("1588852981506.719", "1588852981506.719")]
    [InlineData("9999999999999999999", "9999999999999999999")] // 19 digits: the most read here
    [InlineData("0.000000000000000001", "0.000000000000000001")] // 19 digits, the leading zero counted
    public void A_plain_decimal_is_read_with_the_scale_written(string text, string expected)
    {
        PlainNumbers.TryParseDecimal(Encoding.UTF8.GetBytes(text), out var value).Should().BeTrue();

        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        value.Scale.Should().Be(expected.Contains('.') ? (byte)(expected.Length - expected.IndexOf('.') - 1) : (byte)0);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData("1.2.3")]
    [InlineData("1 000")]
    [InlineData("12345678901234567890")] // 20 digits: left to the general parser
    [InlineData("0.0000000000000000001")] // 20 digits, the leading zero counted
    public void Anything_but_plain_digits_is_left_to_the_general_parser(string text)
    {
        PlainNumbers.TryParseDecimal(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("7", 7d)]
    [InlineData("839062", 839062d)]
    [InlineData("999999999999999", 999999999999999d)] // 15 digits, exact in a double
    public void A_whole_number_of_up_to_15_digits_is_an_exact_double(string text, double expected)
    {
        PlainNumbers.TryParseWholeDouble(Encoding.UTF8.GetBytes(text), out var value).Should().BeTrue();
        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.5")]
    [InlineData("-3")]
    [InlineData("1234567890123456")] // 16 digits
    public void Other_numbers_are_left_to_the_double_parser(string text)
    {
        PlainNumbers.TryParseWholeDouble(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }
}
