using System.Text.Json;
using AseanMinerals.Core.Validation;
using AseanMinerals.Core.TradeSources.Internal;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// Reads a versioned document (reference data, trade dataset) the one way: find its <c>schemaVersion</c>; refuse another
/// major version; read a newer minor version keeping unknown members, and this version or an older one strictly; check
/// the whole structure (<see cref="DocumentScanner"/>); then build the object, turning every failure into an
/// <see cref="AseanMineralsJsonException"/> at its place. Nothing half-built ever leaves.
/// </summary>
internal static class DocumentReader
{
    public static T Read<T>(ReadOnlySpan<byte> json, string currentVersion)
        where T : ExtensibleRecord
    {
        json = json[ByteOrderMark.Utf8Length(json)..];

        if (json.Length > JsonRules.MaxDocumentLength)
        {
            throw TooLarge(json.Length);
        }

        if (Utf8Check.FirstInvalidByte(json) is >= 0 and var invalid)
        {
            var (line, position) = TextPosition.Of(json, invalid);
            throw AseanMineralsJsonException.Create(JsonRules.MalformedJson, Utf8Check.Describe(json, invalid), "$", line, position);
        }

        var current = SchemaVersion.Parse(currentVersion);
        var declared = PeekVersion(json);
        var profile = JsonProfile.Strict;
        var readAs = current;
        if (declared.Text is { } text)
        {
            var (line, position) = TextPosition.Of(json, declared.Offset);
            if (!SchemaVersion.TryParse(text, out var version))
            {
                throw AseanMineralsJsonException.Create(
                    JsonRules.UnsupportedSchemaVersion,
                    $"\"{Shorten(text)}\" is not a schema version of the form MAJOR.MINOR (this library writes \"{current}\").",
                    "$.schemaVersion",
                    line,
                    position);
            }

            if (version.Major != current.Major)
            {
                var advice = version.Major > current.Major ? " Update AseanMinerals.Core to read it." : string.Empty;
                throw AseanMineralsJsonException.Create(
                    JsonRules.UnsupportedSchemaVersion,
                    $"The document follows schema version {version}; this version of AseanMinerals.Core reads major version {current.Major} (up to {current}).{advice}",
                    "$.schemaVersion",
                    line,
                    position);
            }

            if (version.Minor > current.Minor)
            {
                profile = JsonProfile.Tolerant;
                readAs = version;
            }
        }

        var shape = profile.ShapeOf(typeof(T));
        DocumentScanner.Check(json, shape, profile.KeepsUnknownMembers, readAs.ToString());
        if (!declared.Found)
        {
            var (line, position) = TextPosition.Of(json, json.IndexOf((byte)'{'));
            throw AseanMineralsJsonException.Create(
                JsonRules.MissingMember,
                $"The required member 'schemaVersion' of {typeof(T).Name} is missing (\"{current}\" for documents this library writes).",
                "$",
                line,
                position);
        }

        try
        {
            return JsonSerializer.Deserialize(json, profile.TypeInfo<T>())
                ?? throw new InvalidOperationException("The document was checked to be an object, yet read as null.");
        }
        catch (JsonException e)
        {
            throw Translate(e, json);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            // A model type refused a value in its constructor or setter: find which object, and say where it is.
            var located = DocumentScanner.LocateConstructorFailure(json, shape, profile.KeepsUnknownMembers, readAs.ToString(), profile.Options);
            if (located is null)
            {
                throw;
            }

            throw located;
        }
    }

    /// <summary>The error for a document larger than <see cref="JsonRules.MaxDocumentLength"/>, refused before it is read.</summary>
    public static AseanMineralsJsonException TooLarge(long length) => AseanMineralsJsonException.Create(
        JsonRules.TooLong,
        $"The document holds {(length > JsonRules.MaxDocumentLength + 1L ? length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "more than " + JsonRules.MaxDocumentLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))} bytes; at most {JsonRules.MaxDocumentLength:N0} are read (stream trade records as JSON Lines instead).",
        "$",
        1,
        0);

    /// <summary>Turns a failure the serializer reported (a value it could not convert) into ours, at the offending token.</summary>
    public static AseanMineralsJsonException Translate(JsonException e, ReadOnlySpan<byte> json)
    {
        var path = e.Path ?? "$";
        var after = OffsetOf(json, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        ValidationRule rule;
        string message;
        long start;
        if (e is JsonReadFailure failure)
        {
            rule = failure.Rule;
            message = failure.Message;
            path += failure.RelativePath;
            start = failure.TokenStart ?? TextPosition.TokenStartBefore(json, after);
        }
        else
        {
            start = TextPosition.TokenStartBefore(json, after);
            var isString = start < json.Length && json[(int)start] == (byte)'"';
            (rule, message) = !isString
                ? (JsonRules.ValueOutOfRange, "The number is outside the range this member allows.")
                : e.InnerException is FormatException format
                    ? (JsonRules.InvalidValue, $"The value is not valid here: {format.Message}")
                    : (JsonRules.InvalidValue, "The value is not one this member allows (see the schema for the allowed names and forms).");
        }

        var (line, position) = TextPosition.Of(json, start);
        return AseanMineralsJsonException.Create(rule, message, path, line, position, e);
    }

    private static long OffsetOf(ReadOnlySpan<byte> json, long zeroBasedLine, long bytePositionInLine)
    {
        var offset = 0;
        for (var line = 0L; line < zeroBasedLine; line++)
        {
            var next = json[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
        }

        return offset + bytePositionInLine;
    }

    private static (bool Found, string? Text, long Offset) PeekVersion(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = JsonRules.MaxDepth + 1 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return default;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    return (true, text, reader.TokenStartIndex);
                }

                reader.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed input, or a string that is not valid Unicode: the scanner reports it at its place.
        }

        return default;
    }

    private static string Shorten(string text) => text.Length <= 32 ? text : text[..32] + "...";
}
