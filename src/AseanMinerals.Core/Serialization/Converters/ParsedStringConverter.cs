using System.Text.Json;
using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Internal;

namespace AseanMinerals.Core.Serialization.Converters;

/// <summary>
/// The base of converters for value types written as one JSON string (codes, dates, periods): reads the string,
/// parses it with the type's own rules and reports a failure as a <see cref="JsonException"/> naming the rule.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal abstract class ParsedStringConverter<T> : JsonConverter<T>
{
    private const int MaxLength = 64;

    /// <summary>What a valid value looks like, for error messages ("a three-digit area code such as \"096\"").</summary>
    protected abstract string Expected { get; }

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonReadFailure(JsonRules.WrongType, $"Expected {Expected}, found {RecordError.Describe(reader.TokenType)}.", tokenStart: reader.TokenStartIndex);
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxLength * 4)
        {
            throw new JsonReadFailure(JsonRules.InvalidValue, $"Expected {Expected}, found a string of {length} bytes.", tokenStart: reader.TokenStartIndex);
        }

        Span<char> buffer = stackalloc char[MaxLength * 4];
        var written = reader.CopyString(buffer);
        var text = buffer[..written];
        return TryParse(text, out var value)
            ? value
            : throw new JsonReadFailure(JsonRules.InvalidValue, $"Expected {Expected}, found \"{Truncate(text)}\".", tokenStart: reader.TokenStartIndex);
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    protected abstract bool TryParse(ReadOnlySpan<char> text, out T value);

    protected abstract string Format(T value);

    private static string Truncate(ReadOnlySpan<char> text) => text.Length <= MaxLength ? text.ToString() : text[..MaxLength].ToString() + "...";
}
