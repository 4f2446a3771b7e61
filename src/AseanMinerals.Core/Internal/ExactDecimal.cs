using System.Globalization;
using System.Numerics;

namespace AseanMinerals.Core.Internal;

/// <summary>
/// A decimal holds 28 to 29 significant digits: a number written with more (or with an exponent that pushes digits out,
/// such as <c>-1e-30</c>) would be rounded when parsed, and a value read must be the value written. Every reader of trade
/// values (JSON, JSON Lines, Comtrade CSV and JSON) checks the digits written against the digits kept here, over UTF-8
/// bytes or chars alike.
/// </summary>
internal static class ExactDecimal
{
    private const int MaxNumberLength = 64;

    /// <summary>True when <paramref name="value"/> keeps every significant digit of <paramref name="written"/>.</summary>
    public static bool IsExact<T>(ReadOnlySpan<T> written, decimal value)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (written.IndexOfAny(T.CreateTruncating('e'), T.CreateTruncating('E')) < 0 && written.Length <= 28)
        {
            return true;
        }

        Span<char> kept = stackalloc char[40];
        var length = value.TryFormat(kept, out var count, default, CultureInfo.InvariantCulture) ? count : 0;
        Span<char> writtenDigits = stackalloc char[Math.Min(written.Length, MaxNumberLength)];
        Span<char> keptDigits = stackalloc char[40];
        return written.Length <= MaxNumberLength
            && SignificantDigits(written, writtenDigits).SequenceEqual(SignificantDigits<char>(kept[..length], keptDigits));
    }

    /// <summary>True when the number is written with a minus sign and a digit other than 0: negative, however small.</summary>
    public static bool IsWrittenNegative<T>(ReadOnlySpan<T> written)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (written.IsEmpty || written[0] != T.CreateTruncating('-'))
        {
            return false;
        }

        var end = written.IndexOfAny(T.CreateTruncating('e'), T.CreateTruncating('E'));
        var mantissa = end < 0 ? written : written[..end];
        return mantissa.IndexOfAnyInRange(T.CreateTruncating('1'), T.CreateTruncating('9')) >= 0;
    }

    private static ReadOnlySpan<char> SignificantDigits<T>(ReadOnlySpan<T> number, Span<char> digits)
        where T : unmanaged, IBinaryInteger<T>
    {
        var end = number.IndexOfAny(T.CreateTruncating('e'), T.CreateTruncating('E'));
        var mantissa = end < 0 ? number : number[..end];
        var n = 0;
        foreach (var unit in mantissa)
        {
            var c = (char)ushort.CreateTruncating(unit);
            if (c is >= '0' and <= '9' && (n > 0 || c != '0') && n < digits.Length)
            {
                digits[n++] = c;
            }
        }

        return digits[..n].TrimEnd('0');
    }
}
