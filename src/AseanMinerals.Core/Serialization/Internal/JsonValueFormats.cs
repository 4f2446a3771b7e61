using System.Globalization;
using System.Text.Json;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// A short code written as a JSON string, with one description used in every message about it, parsed from the UTF-8
/// input directly and written from the value's own UTF-8 form. Implemented by a struct per code (periods, areas, flows...).
/// </summary>
/// <typeparam name="T">The code's type.</typeparam>
internal interface IUtf8Code<T>
{
    /// <summary>What a valid code looks like: "a trade period of the form YYYY or YYYY-MM".</summary>
    static abstract string Description { get; }

    /// <summary>The longest valid code in UTF-8 bytes; a longer string is refused before it is parsed.</summary>
    static abstract int MaxBytes { get; }

    /// <summary>Parses the code's UTF-8 text.</summary>
    static abstract bool TryParse(ReadOnlySpan<byte> utf8, out T value);

    /// <summary>Writes the member with the code.</summary>
    static abstract void Write(Utf8JsonWriter writer, JsonEncodedText name, T value);
}

/// <summary>A code written as a JSON string (see <see cref="IUtf8Code{T}"/>).</summary>
internal readonly struct CodeFormat<T, TCode> : IJsonValueFormat<T>
    where TCode : struct, IUtf8Code<T>
{
    public JsonTokenType Token => JsonTokenType.String;

    public string Expected => $"a string ({TCode.Description})";

    public bool AcceptsNull => false;

    public bool TryRead(ref Utf8JsonReader reader, string path, UnknownMemberSink? unknownMembers, out T value, out RecordError error)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > TCode.MaxBytes && (!reader.ValueIsEscaped || Utf8Token.Bytes(ref reader).Length > TCode.MaxBytes))
        {
            value = default!;
            error = RecordError.Invalid(TCode.Description, reader.GetString()!, path, reader.TokenStartIndex);
            return false;
        }

        var text = Utf8Token.Bytes(ref reader);
        if (TCode.TryParse(text, out value))
        {
            error = default;
            return true;
        }

        error = RecordError.Invalid(TCode.Description, text, path, reader.TokenStartIndex);
        return false;
    }

    public bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, out T value)
    {
        value = default!;
        if (!PlainJson.TryTakeString(line, ref position, out var text) || text.Length > TCode.MaxBytes || !TCode.TryParse(text, out value))
        {
            return false;
        }

        return true;
    }

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, T value, RecordUnknownMembers? unknownMembers) => TCode.Write(writer, name, value);

    public bool MustWrite(RecordUnknownMembers? unknownMembers) => false;
}

/// <summary>An exact decimal written as a JSON number; a number a decimal cannot hold exactly is refused, not rounded.</summary>
/// <param name="unit">What the number is, for messages: "US dollars".</param>
internal readonly struct DecimalFormat(string unit) : IJsonValueFormat<decimal>
{
    public JsonTokenType Token => JsonTokenType.Number;

    public string Expected => $"a number ({unit})";

    public bool AcceptsNull => false;

    public bool TryRead(ref Utf8JsonReader reader, string path, UnknownMemberSink? unknownMembers, out decimal value, out RecordError error)
    {
        if (PlainNumbers.TryParseDecimal(reader.ValueSpan, out value) || (reader.TryGetDecimal(out value) && ExactDecimal.IsExact(reader.ValueSpan, value)))
        {
            error = default;
            return true;
        }

        error = new RecordError(JsonRules.ValueOutOfRange, "The value does not fit a decimal (at most 28 to 29 significant digits, below 7.9e28).", path, reader.TokenStartIndex);
        return false;
    }

    public bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, out decimal value)
    {
        value = default;
        return PlainJson.TryTakeNumber(line, ref position, fraction: true, out var text) && PlainNumbers.TryParseDecimal(text, out value);
    }

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, decimal value, RecordUnknownMembers? unknownMembers) => writer.WriteNumber(name, value);

    public bool MustWrite(RecordUnknownMembers? unknownMembers) => false;
}

/// <summary>A share of a whole as an exact decimal, from 0 to 1.</summary>
internal readonly struct ShareFormat : IJsonValueFormat<decimal>
{
    private const string What = "a share from 0 to 1";

    public JsonTokenType Token => JsonTokenType.Number;

    public string Expected => $"a number ({What})";

    public bool AcceptsNull => false;

    public bool TryRead(ref Utf8JsonReader reader, string path, UnknownMemberSink? unknownMembers, out decimal value, out RecordError error)
    {
        if (!new DecimalFormat(What).TryRead(ref reader, path, unknownMembers, out value, out error))
        {
            return false;
        }

        if (value is >= 0 and <= 1)
        {
            return true;
        }

        error = new RecordError(JsonRules.ValueOutOfRange, $"Expected {What}.", path, reader.TokenStartIndex);
        return false;
    }

    public bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, out decimal value)
    {
        value = default; // a conversion's weight: rare, left to the JSON reader
        return false;
    }

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, decimal value, RecordUnknownMembers? unknownMembers) => writer.WriteNumber(name, value);

    public bool MustWrite(RecordUnknownMembers? unknownMembers) => false;
}

/// <summary>A finite double written as a JSON number.</summary>
internal readonly struct DoubleFormat : IJsonValueFormat<double>
{
    public JsonTokenType Token => JsonTokenType.Number;

    public string Expected => "a number";

    public bool AcceptsNull => false;

    public bool TryRead(ref Utf8JsonReader reader, string path, UnknownMemberSink? unknownMembers, out double value, out RecordError error)
    {
        if (PlainNumbers.TryParseWholeDouble(reader.ValueSpan, out value) || (reader.TryGetDouble(out value) && double.IsFinite(value)))
        {
            error = default;
            return true;
        }

        error = new RecordError(JsonRules.ValueOutOfRange, "The number is beyond the range of a double.", path, reader.TokenStartIndex);
        return false;
    }

    public bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, out double value)
    {
        value = default;
        return PlainJson.TryTakeNumber(line, ref position, fraction: true, out var text)
            && (PlainNumbers.TryParseWholeDouble(text, out value)
                || (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)));
    }

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, double value, RecordUnknownMembers? unknownMembers) => writer.WriteNumber(name, value);

    public bool MustWrite(RecordUnknownMembers? unknownMembers) => false;
}

/// <summary>A whole number in a range, written as a JSON number.</summary>
/// <param name="min">The smallest allowed.</param>
/// <param name="max">The largest allowed.</param>
/// <param name="what">What the number is, for messages: "a mode of transport code".</param>
internal readonly struct IntegerFormat(int min, int max, string what) : IJsonValueFormat<int>
{
    public int Min => min;

    public int Max => max;

    public JsonTokenType Token => JsonTokenType.Number;

    public string Expected => $"a number ({what})";

    public bool AcceptsNull => false;

    public bool TryRead(ref Utf8JsonReader reader, string path, UnknownMemberSink? unknownMembers, out int value, out RecordError error)
    {
        if (reader.TryGetInt32(out value) && value >= min && value <= max)
        {
            error = default;
            return true;
        }

        error = new RecordError(JsonRules.ValueOutOfRange, $"Expected {what}, a whole number from {min} to {max}.", path, reader.TokenStartIndex);
        return false;
    }

    public bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, out int value)
    {
        value = default;
        return PlainJson.TryTakeNumber(line, ref position, fraction: false, out var text)
            && AsciiDigits.TryParse(text, out value) && value >= min && value <= max;
    }

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, int value, RecordUnknownMembers? unknownMembers) => writer.WriteNumber(name, value);

    public bool MustWrite(RecordUnknownMembers? unknownMembers) => false;
}

/// <summary>A value of another format, or JSON <c>null</c> for none (not written when none).</summary>
/// <param name="format">The value's format.</param>
internal readonly struct OrNull<T, TFormat>(TFormat format) : IJsonValueFormat<T?>, IJsonObjectFormat
    where T : struct
    where TFormat : struct, IJsonValueFormat<T>
{
    public JsonTokenType Token => format.Token;

    public string Expected => format.Expected;

    public bool AcceptsNull => true;

    public bool TryRead(ref Utf8JsonReader reader, string path, UnknownMemberSink? unknownMembers, out T? value, out RecordError error)
    {
        var ok = format.TryRead(ref reader, path, unknownMembers, out var read, out error);
        value = ok ? read : null;
        return ok;
    }

    public bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, out T? value)
    {
        var ok = format.TryReadPlain(line, ref position, out var read);
        value = ok ? read : null;
        return ok;
    }

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, T? value, RecordUnknownMembers? unknownMembers)
    {
        if (value is { } present)
        {
            format.Write(writer, name, present, unknownMembers);
        }
    }

    public bool MustWrite(RecordUnknownMembers? unknownMembers) => false;

    public void Place(string path)
    {
        if (format is IJsonObjectFormat nested)
        {
            nested.Place(path);
        }
    }
}

/// <summary>An object with a table of its own (a trade record's breakdown).</summary>
/// <param name="table">The object's members.</param>
internal readonly struct ObjectFormat<T>(JsonMemberTable<T> table) : IJsonValueFormat<T>, IJsonObjectFormat
    where T : struct
{
    public JsonMemberTable<T> Table => table;

    public JsonTokenType Token => JsonTokenType.StartObject;

    public string Expected => $"an object ({string.Join(", ", table.Members.Select(static m => m.Name))})";

    public bool AcceptsNull => false;

    public bool TryRead(ref Utf8JsonReader reader, string path, UnknownMemberSink? unknownMembers, out T value, out RecordError error) =>
        table.TryRead(ref reader, unknownMembers, out value, out error);

    public bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, out T value)
    {
        value = default; // a breakdown or a conversion: rare, left to the JSON reader
        return false;
    }

    public void Write(Utf8JsonWriter writer, JsonEncodedText name, T value, RecordUnknownMembers? unknownMembers)
    {
        writer.WriteStartObject(name);
        table.WriteMembers(writer, in value, unknownMembers);
        writer.WriteEndObject();
    }

    public bool MustWrite(RecordUnknownMembers? unknownMembers) => unknownMembers?.Of(table.UnknownPlace) is { Count: > 0 };

    public void Place(string path) => table.Place(path);
}

/// <summary>
/// The values of a line written the plain way this library writes them, taken without a JSON reader: a string without
/// escapes or control characters, a number of digits with at most one fraction and no sign, exponent or leading zero.
/// Anything else is not taken (false), and the JSON reader reads the line.
/// </summary>
internal static class PlainJson
{
    /// <summary>Takes a string at <paramref name="position"/>: its text, between the quotes.</summary>
    public static bool TryTakeString(ReadOnlySpan<byte> line, ref int position, out ReadOnlySpan<byte> text)
    {
        text = default;
        if ((uint)position >= (uint)line.Length || line[position] != (byte)'"')
        {
            return false;
        }

        var rest = line[(position + 1)..];
        var end = rest.IndexOfAny((byte)'"', (byte)'\\');
        if (end < 0 || rest[end] != (byte)'"' || rest[..end].IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            return false;
        }

        text = rest[..end];
        position += end + 2;
        return true;
    }

    /// <summary>Takes a number at <paramref name="position"/>: digits, and with <paramref name="fraction"/> a point and digits.</summary>
    public static bool TryTakeNumber(ReadOnlySpan<byte> line, ref int position, bool fraction, out ReadOnlySpan<byte> text)
    {
        text = default;
        var rest = line[Math.Min(position, line.Length)..];
        var digits = rest.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
        if (digits < 0)
        {
            digits = rest.Length;
        }

        if (digits == 0 || (rest[0] == (byte)'0' && digits > 1))
        {
            return false; // no digit, or a leading zero (not JSON)
        }

        var length = digits;
        if (fraction && length < rest.Length && rest[length] == (byte)'.')
        {
            var decimals = rest[(length + 1)..].IndexOfAnyExceptInRange((byte)'0', (byte)'9');
            if (decimals == 0 || (decimals < 0 && length + 1 == rest.Length))
            {
                return false; // a point without digits after it (not JSON)
            }

            length += 1 + (decimals < 0 ? rest.Length - length - 1 : decimals);
        }

        text = rest[..length];
        position += length;
        return true;
    }
}

/// <summary>The UTF-8 text of the reader's current string or property name.</summary>
internal static class Utf8Token
{
    /// <summary>The unescaped UTF-8 bytes of the current string or name: the input itself unless escaped (rare).</summary>
    public static ReadOnlySpan<byte> Bytes(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return reader.ValueSpan;
        }

        var buffer = new byte[reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length];
        return buffer.AsSpan(0, reader.CopyString(buffer));
    }
}
