using System.Numerics;

namespace AseanMinerals.Core.Internal;

/// <summary>
/// Parsing and formatting of short runs of ASCII digits, for codes and dates (no sign, no white space, no culture), over
/// chars and UTF-8 bytes alike so that the value types read UTF-8 without copying it to chars.
/// </summary>
internal static class AsciiDigits
{
    /// <summary>Parses a non-empty run of at most nine ASCII digits (chars or UTF-8 bytes).</summary>
    public static bool TryParse<T>(ReadOnlySpan<T> text, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = uint.CreateTruncating(c) - '0';
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }

    /// <summary>Writes a non-negative number as exactly <paramref name="width"/> digits, with leading zeros.</summary>
    /// <remarks>The number must have no more than <paramref name="width"/> digits.</remarks>
    public static bool TryFormat<T>(int value, int width, Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (destination.Length < width)
        {
            written = 0;
            return false;
        }

        for (var i = width - 1; i >= 0; i--)
        {
            destination[i] = T.CreateTruncating('0' + (value % 10));
            value /= 10;
        }

        written = width;
        return true;
    }

    /// <summary>Whether the text equals an ASCII word, compared char by char or byte by byte.</summary>
    public static bool EqualsAscii<T>(ReadOnlySpan<T> text, string word)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (text.Length != word.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (uint.CreateTruncating(text[i]) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Copies an ASCII word into chars or UTF-8 bytes.</summary>
    public static bool TryCopyAscii<T>(string word, Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (destination.Length < word.Length)
        {
            written = 0;
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            destination[i] = T.CreateTruncating(word[i]);
        }

        written = word.Length;
        return true;
    }

    /// <summary>The text as a string, for an error message (UTF-8 is decoded; invalid bytes become U+FFFD).</summary>
    public static string Show<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T> =>
        typeof(T) == typeof(byte)
            ? System.Text.Encoding.UTF8.GetString(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text))
            : new string(System.Runtime.InteropServices.MemoryMarshal.Cast<T, char>(text));
}
