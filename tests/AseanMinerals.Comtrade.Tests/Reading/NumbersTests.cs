using System.Globalization;
using System.Text;
using AseanMinerals.Comtrade.Reading;

namespace AseanMinerals.Comtrade.Tests.Reading;

/// <summary>The number parsers read a field's UTF-8 bytes, as the row sources give them.</summary>
public class NumbersTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("58552")]
    [InlineData("2715997517261")]
    [InlineData("1588852981506.719")]
    [InlineData("6804128143.0")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("9999999999999999999")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1.5E+3")]
    [InlineData("-12")]
    [InlineData("0.000000000000000001")]
    public void The_fast_decimal_path_gives_what_the_BCL_parser_gives_scale_included(string text)
    {
        var expected = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

        Numbers.TryParseDecimal(Encoding.UTF8.GetBytes(text), out var value).Should().BeTrue();

        value.Should().Be(expected);
        value.Scale.Should().Be(expected.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    [InlineData("1,000")]
    public void Text_that_is_not_a_number_is_refused(string text)
    {
        Numbers.TryParseDecimal(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
        Numbers.TryParseDouble(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("0", 0.0)]
    [InlineData("839062", 839062.0)]
    [InlineData("4975685101.5", 4975685101.5)]
    [InlineData("1.2e3", 1200.0)]
    public void Doubles_are_read_exactly(string text, double expected)
    {
        Numbers.TryParseDouble(Encoding.UTF8.GetBytes(text), out var value).Should().BeTrue();

        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-1", -1)]
    [InlineData("2018", 2018)]
    [InlineData("201806", 201806)]
    [InlineData("999999999", 999_999_999)]
    public void Whole_numbers_are_read(string text, int expected)
    {
        Numbers.TryParseInt(Encoding.UTF8.GetBytes(text), out var value).Should().BeTrue();

        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData("1.0")]
    [InlineData("1000000000")]
    [InlineData("--1")]
    public void Text_that_is_not_a_whole_number_of_nine_digits_is_refused(string text)
    {
        Numbers.TryParseInt(Encoding.UTF8.GetBytes(text), out _).Should().BeFalse();
    }
}
