using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// A commodity code of the Harmonized System at 2 (chapter), 4 (heading) or 6 (subheading) digits, or <c>TOTAL</c> for
/// all commodities. Leading zeros are part of the code (<c>010121</c>). Held in four bytes.
/// </summary>
[JsonConverter(typeof(HsCodeJsonConverter))]
public readonly struct HsCode
    : IEquatable<HsCode>, IComparable<HsCode>, ISpanParsable<HsCode>, IUtf8SpanParsable<HsCode>, ISpanFormattable, IUtf8SpanFormattable
{
    private const string TotalText = "TOTAL";
    private readonly int _packed; // digits << 24 | number; TOTAL is digits 0, so default(HsCode) is TOTAL.

    /// <summary>The code in 27 bits (the digits shifted 24 bits left, or-ed with the number), for packed keys.</summary>
    internal int Packed => _packed;

    private HsCode(int digits, int number) => _packed = (digits << 24) | number;

    /// <summary>All commodities (<c>TOTAL</c>).</summary>
    public static HsCode Total => default;

    /// <summary>The number of digits: 2, 4 or 6; 0 for <c>TOTAL</c>.</summary>
    public int Digits => _packed >> 24;

    /// <summary>True for <c>TOTAL</c>, all commodities.</summary>
    public bool IsTotal => Digits == 0;

    /// <summary>The code as a number (<c>010121</c> is 10121); 0 for <c>TOTAL</c>.</summary>
    public int Number => _packed & 0xFFFFFF;

    /// <summary>The chapter, 1 to 99; null for <c>TOTAL</c>.</summary>
    public int? Chapter => IsTotal ? null : Number / Pow10(Digits - 2);

    /// <summary>A chapter code (2 digits).</summary>
    /// <param name="chapter">The chapter, 1 to 99.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The chapter is outside 1 to 99.</exception>
    public static HsCode FromChapter(int chapter) => new(2, Preconditions.CheckRange(chapter, 1, 99));

    /// <summary>The code cut to fewer digits: the heading of a subheading, the chapter of a heading.</summary>
    /// <param name="digits">2, 4 or 6, no more than <see cref="Digits"/>.</param>
    /// <returns>The shorter code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The digits are not 2, 4 or 6, or more than this code has.</exception>
    public HsCode Truncate(int digits)
    {
        if (digits is not (2 or 4 or 6) || digits > Digits)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, $"A code of {Digits} digits can be cut to 2, 4 or 6 digits, no more than it has.");
        }

        return new HsCode(digits, Number / Pow10(Digits - digits));
    }

    /// <summary>Whether this code falls under a prefix: a chapter, heading or subheading, or the code itself.</summary>
    /// <param name="prefix">The prefix code. <c>TOTAL</c> is the prefix of no code.</param>
    /// <returns>True when this code starts with <paramref name="prefix"/>.</returns>
    public bool StartsWith(HsCode prefix) =>
        !prefix.IsTotal && !IsTotal && prefix.Digits <= Digits && Number / Pow10(Digits - prefix.Digits) == prefix.Number;

    /// <summary>
    /// What an HS code looks like as text, for error messages and docs: the one description every parser, reader and
    /// message uses.
    /// </summary>
    public const string FormatDescription = "an HS code: \"TOTAL\" or 2, 4 or 6 digits";

    /// <summary>Parses <c>TOTAL</c> or a code of 2, 4 or 6 digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static HsCode Parse(string text) => Parse(text.AsSpan(), null);

    /// <summary>Parses <c>TOTAL</c> or a code of 2, 4 or 6 digits.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static HsCode Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    /// <summary>Parses <c>TOTAL</c> or a code of 2, 4 or 6 digits.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static HsCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, out var code) ? code : throw Invalid(s);

    /// <summary>Parses <c>TOTAL</c> or a code of 2, 4 or 6 digits written in UTF-8, without decoding it.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static HsCode Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParseCore(utf8Text, out var code) ? code : throw Invalid(utf8Text);

    /// <summary>Tries to parse <c>TOTAL</c> or a code of 2, 4 or 6 digits.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out HsCode code) => TryParseCore(text, out code);

    /// <summary>Tries to parse <c>TOTAL</c> or a code of 2, 4 or 6 digits written in UTF-8, without decoding it.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out HsCode code) => TryParseCore(utf8Text, out code);

    /// <summary>Tries to parse <c>TOTAL</c> or a code of 2, 4 or 6 digits.</summary>
    /// <param name="s">The text; null is no code.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The code, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out HsCode result) =>
        TryParseCore(s.AsSpan(), out result); // null is empty, which no code is

    /// <summary>Tries to parse <c>TOTAL</c> or a code of 2, 4 or 6 digits.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The code, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out HsCode result) => TryParseCore(s, out result);

    /// <summary>Tries to parse <c>TOTAL</c> or a code of 2, 4 or 6 digits written in UTF-8, without decoding it.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The code, when parsed.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out HsCode result) => TryParseCore(utf8Text, out result);

    /// <summary>The code with its leading zeros (<c>010121</c>), or <c>TOTAL</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        IsTotal ? TotalText : Number.ToString(Digits switch { 2 => "D2", 4 => "D4", _ => "D6" }, CultureInfo.InvariantCulture);

    /// <summary>The code with its leading zeros, or <c>TOTAL</c>; there is one form, so the format is ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored: the form does not depend on culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the code with its leading zeros (<c>010121</c>), or <c>TOTAL</c>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of chars written.</param>
    /// <param name="format">Ignored: there is one form.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>False when the destination is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the code with its leading zeros (<c>010121</c>), or <c>TOTAL</c>, in UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format">Ignored: there is one form.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>False when the destination is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatCore(utf8Destination, out bytesWritten);

    /// <inheritdoc />
    public bool Equals(HsCode other) => _packed == other._packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is HsCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _packed;

    /// <summary>Orders <c>TOTAL</c> first, then as the codes read (<c>25</c>, <c>2523</c>, <c>252310</c>, <c>26</c>).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The order.</returns>
    public int CompareTo(HsCode other)
    {
        if (IsTotal || other.IsTotal)
        {
            return other.IsTotal.CompareTo(IsTotal);
        }

        var scaled = (long)Number * Pow10(6 - Digits);
        var otherScaled = (long)other.Number * Pow10(6 - other.Digits);
        return scaled != otherScaled ? scaled.CompareTo(otherScaled) : Digits.CompareTo(other.Digits);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(HsCode left, HsCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(HsCode left, HsCode right) => !left.Equals(right);

    // The one parser, for chars and UTF-8 bytes alike.
    private static bool TryParseCore<T>(ReadOnlySpan<T> text, out HsCode code)
        where T : unmanaged, IBinaryInteger<T>
    {
        code = default;
        if (AsciiDigits.EqualsAscii(text, TotalText))
        {
            return true;
        }

        if (text.Length is not (2 or 4 or 6) || !AsciiDigits.TryParse(text, out var number) || number < Pow10(text.Length - 2))
        {
            return false; // chapter 00 does not exist
        }

        code = new HsCode(text.Length, number);
        return true;
    }

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T> =>
        IsTotal ? AsciiDigits.TryCopyAscii(TotalText, destination, out written) : AsciiDigits.TryFormat(Number, Digits, destination, out written);

    private static FormatException Invalid<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T> =>
        new($"'{AsciiDigits.Show(text)}' is not {FormatDescription}.");

    private static int Pow10(int exponent) => exponent switch
    {
        0 => 1,
        2 => 100,
        4 => 10_000,
        _ => (int)Math.Pow(10, exponent),
    };
}
