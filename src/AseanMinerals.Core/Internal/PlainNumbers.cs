namespace AseanMinerals.Core.Internal;

/// <summary>
/// The common case of a number in trade data, parsed straight from its UTF-8 bytes: plain digits with at most one decimal
/// point, no sign and no exponent, as this library and UN Comtrade write values, weights and quantities. Anything else is
/// not parsed here (false), and the caller's general parser reads it (with its own checks: exactness, range).
/// </summary>
internal static class PlainNumbers
{
    /// <summary>
    /// Parses plain digits with at most one decimal point and at most 19 digits, such as <c>1588852981506.719</c>, into a
    /// decimal whose scale is the number of decimals written (<c>1.50</c> is 1.50, as the general parser keeps it).
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        value = default;
        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit <= 9)
            {
                if (++digits > 19)
                {
                    return false; // may not fit 64 bits: the general parser's
                }

                mantissa = (mantissa * 10) + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (b == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false; // a sign, an exponent, a second point, anything else
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Parses a whole number of 1 to 15 digits into a double: every such number converts to a double exactly.</summary>
    public static bool TryParseWholeDouble(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 15)
        {
            return false;
        }

        long whole = 0;
        foreach (var b in text)
        {
            var digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            whole = (whole * 10) + digit;
        }

        value = whole;
        return true;
    }
}
