using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Countries;

/// <summary>
/// A numeric area code as UN M49 and UN Comtrade use it for reporters and partners: 0 to 999, written with three digits
/// (<c>096</c> is Brunei Darussalam, <c>000</c> the World). For most countries it is the ISO 3166-1 numeric code;
/// Comtrade uses a few codes of its own (USA <c>842</c>, France <c>251</c>, India <c>699</c>), which stay as they are.
/// </summary>
[JsonConverter(typeof(AreaCodeJsonConverter))]
public readonly struct AreaCode
    : IEquatable<AreaCode>, IComparable<AreaCode>, ISpanParsable<AreaCode>, IUtf8SpanParsable<AreaCode>, ISpanFormattable, IUtf8SpanFormattable
{
    private readonly ushort _value;

    /// <summary>Creates a code from its number.</summary>
    /// <param name="value">The number, 0 to 999.</param>
    /// <exception cref="ArgumentOutOfRangeException">The number is outside 0 to 999.</exception>
    public AreaCode(int value)
    {
        if (value is < 0 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An area code is a number from 0 to 999.");
        }

        _value = (ushort)value;
    }

    /// <summary>The World (<c>000</c>): the total over all partners.</summary>
    public static AreaCode World => default;

    /// <summary>The number, 0 to 999.</summary>
    public int Value => _value;

    /// <summary>True for the World (<c>000</c>).</summary>
    public bool IsWorld => _value == 0;

    /// <summary>
    /// What the parsers accept, for error messages and docs: one to three digits. <see cref="ToString()"/> writes three;
    /// <see cref="CanonicalFormatDescription"/> describes that form, which trade records require.
    /// </summary>
    public const string FormatDescription = "an area code (one to three digits, 0 to 999)";

    /// <summary>
    /// The canonical written form, for error messages and docs: exactly three digits, the form
    /// <see cref="TryParseCanonical(ReadOnlySpan{char}, out AreaCode)"/> accepts and trade records require.
    /// </summary>
    public const string CanonicalFormatDescription = "a three-digit area code such as \"096\"";

    /// <summary>Parses one to three digits (<c>96</c>, <c>096</c>, <c>0</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not one to three ASCII digits.</exception>
    public static AreaCode Parse(string text) => Parse(text.AsSpan(), null);

    /// <summary>Parses one to three digits (<c>96</c>, <c>096</c>, <c>0</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not one to three ASCII digits.</exception>
    public static AreaCode Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    /// <summary>Parses one to three digits (<c>96</c>, <c>096</c>, <c>0</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not one to three ASCII digits.</exception>
    public static AreaCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, out var code) ? code : throw Invalid(s);

    /// <summary>Parses one to three digits written in UTF-8, without decoding them.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not one to three ASCII digits.</exception>
    public static AreaCode Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) =>
        TryParseCore(utf8Text, out var code) ? code : throw Invalid(utf8Text);

    /// <summary>Tries to parse one to three ASCII digits.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>True when the text is one to three digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AreaCode code) => TryParseCore(text, out code);

    /// <summary>Tries to parse one to three ASCII digits written in UTF-8, without decoding them.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>True when the text is one to three digits.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, out AreaCode code) => TryParseCore(utf8Text, out code);

    /// <summary>Tries to parse one to three ASCII digits.</summary>
    /// <param name="s">The text; null is no code.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The code, when parsed.</param>
    /// <returns>True when the text is one to three digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AreaCode result) => TryParseCore(s.AsSpan(), out result);

    /// <summary>Tries to parse one to three ASCII digits.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The code, when parsed.</param>
    /// <returns>True when the text is one to three digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out AreaCode result) => TryParseCore(s, out result);

    /// <summary>Tries to parse one to three ASCII digits written in UTF-8, without decoding them.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <param name="result">The code, when parsed.</param>
    /// <returns>True when the text is one to three digits.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out AreaCode result) => TryParseCore(utf8Text, out result);

    /// <summary>Tries to parse exactly three ASCII digits, the canonical written form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>True when the text is exactly three digits.</returns>
    public static bool TryParseCanonical(ReadOnlySpan<char> text, out AreaCode code)
    {
        code = default;
        return text.Length == 3 && TryParseCore(text, out code);
    }

    /// <summary>Tries to parse exactly three ASCII digits written in UTF-8, the canonical form, without decoding them.</summary>
    /// <param name="utf8Text">The text, in UTF-8.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>True when the text is exactly three digits.</returns>
    public static bool TryParseCanonical(ReadOnlySpan<byte> utf8Text, out AreaCode code)
    {
        code = default;
        return utf8Text.Length == 3 && TryParseCore(utf8Text, out code);
    }

    /// <summary>The three-digit form, for example <c>096</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>The three-digit form, for example <c>096</c>; there is one form, so the format is ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored: the form does not depend on culture.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the three-digit form, for example <c>096</c>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of chars written.</param>
    /// <param name="format">Ignored: there is one form.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>False when the destination is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiDigits.TryFormat(_value, 3, destination, out charsWritten);

    /// <summary>Writes the three-digit form, for example <c>096</c>, in UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format">Ignored: there is one form.</param>
    /// <param name="provider">Ignored: the form does not depend on culture.</param>
    /// <returns>False when the destination is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiDigits.TryFormat(_value, 3, utf8Destination, out bytesWritten);

    /// <inheritdoc />
    public bool Equals(AreaCode other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AreaCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <inheritdoc />
    public int CompareTo(AreaCode other) => _value.CompareTo(other._value);

    /// <summary>Equality.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AreaCode left, AreaCode right) => left._value == right._value;

    /// <summary>Inequality.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(AreaCode left, AreaCode right) => left._value != right._value;

    /// <summary>Order.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>True when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(AreaCode left, AreaCode right) => left._value < right._value;

    /// <summary>Order.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>True when <paramref name="left"/> is larger.</returns>
    public static bool operator >(AreaCode left, AreaCode right) => left._value > right._value;

    /// <summary>Order.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>True when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(AreaCode left, AreaCode right) => left._value <= right._value;

    /// <summary>Order.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>True when <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(AreaCode left, AreaCode right) => left._value >= right._value;

    // The one parser, for chars and UTF-8 bytes alike.
    private static bool TryParseCore<T>(ReadOnlySpan<T> text, out AreaCode code)
        where T : unmanaged, IBinaryInteger<T>
    {
        code = default;
        if (text.Length > 3 || !AsciiDigits.TryParse(text, out var value))
        {
            return false;
        }

        code = new AreaCode(value);
        return true;
    }

    private static FormatException Invalid<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T> =>
        new($"'{AsciiDigits.Show(text)}' is not {FormatDescription}.");
}
