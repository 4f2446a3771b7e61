using System.Globalization;
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
public readonly struct AreaCode : IEquatable<AreaCode>, IComparable<AreaCode>, ISpanFormattable
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

    /// <summary>Parses one to three digits (<c>96</c>, <c>096</c>, <c>0</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not one to three ASCII digits.</exception>
    public static AreaCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an area code (one to three digits, 0 to 999).");

    /// <summary>Tries to parse one to three ASCII digits.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>True when the text is one to three digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AreaCode code)
    {
        code = default;
        if (text.Length > 3 || !AsciiDigits.TryParse(text, out var value))
        {
            return false;
        }

        code = new AreaCode(value);
        return true;
    }

    /// <summary>Tries to parse exactly three ASCII digits, the canonical written form.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when parsed.</param>
    /// <returns>True when the text is exactly three digits.</returns>
    public static bool TryParseCanonical(ReadOnlySpan<char> text, out AreaCode code)
    {
        code = default;
        return text.Length == 3 && TryParse(text, out code);
    }

    /// <summary>The three-digit form, for example <c>096</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _value.ToString("D3", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        _value.TryFormat(destination, out charsWritten, "D3", CultureInfo.InvariantCulture);

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
}
