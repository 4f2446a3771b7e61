using System.Globalization;
using AseanMinerals.Core.Internal;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// Number parsing for the hot path, over the UTF-8 bytes of a field: Comtrade writes plain digits with an optional
/// decimal point, which are read here without the general parser; anything else (a sign, an exponent, more than 19
/// digits) goes to the BCL parser, invariant culture, so the results are those of
/// <see cref="decimal.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out decimal)"/> in every case,
/// trailing zeros (the scale) included.
/// </summary>
internal static class Numbers
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>
    /// Parses a decimal number (invariant culture: '.' for the point, no thousands separators); a number with more
    /// significant digits than a decimal holds is refused, not rounded.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out decimal value) =>
        PlainNumbers.TryParseDecimal(text, out value) || TryParseExactly(text, out value);

    private static bool TryParseExactly(ReadOnlySpan<byte> text, out decimal value) =>
        decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out value) && ExactDecimal.IsExact(text, value);

    /// <summary>Parses a floating-point number (invariant culture); whole numbers of up to 15 digits are read directly, exactly.</summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value) =>
        PlainNumbers.TryParseWholeDouble(text, out value)
        || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value));

    /// <summary>Parses a whole number of up to nine digits with an optional leading minus sign (codes, years, flags).</summary>
    public static bool TryParseInt(ReadOnlySpan<byte> text, out int value)
    {
        var negative = text is [(byte)'-', _, ..];
        if (!AsciiDigits.TryParse(negative ? text[1..] : text, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }
}
