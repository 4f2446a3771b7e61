using System.Text.Json;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>Why a trade record could not be read: the rule, a message, the path inside the record and where the token starts.</summary>
/// <param name="Rule">The broken rule.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="RelativePath">Where inside the record (<c>.value</c>, <c>.breakdown.transportMode</c>); empty for the record itself.</param>
/// <param name="TokenStart">The offset of the offending token in the reader's input.</param>
internal readonly record struct RecordError(ValidationRule Rule, string Message, string RelativePath, long TokenStart)
{
    public static RecordError WrongType(string expected, ref Utf8JsonReader reader, string path) =>
        new(JsonRules.WrongType, $"Expected {expected}, found {Describe(reader.TokenType)}.", path, reader.TokenStartIndex);

    public static RecordError Invalid(string expected, ReadOnlySpan<byte> text, string path, long tokenStart) =>
        new(JsonRules.InvalidValue, $"Expected {expected}, found \"{QuotedText.Cut(text)}\".", path, tokenStart);

    public static RecordError Invalid(string expected, string text, string path, long tokenStart) =>
        new(JsonRules.InvalidValue, $"Expected {expected}, found \"{QuotedText.Cut(text)}\".", path, tokenStart);

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
