using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// The rules JSON input is read against (codes <c>AMC4xxx</c>): each <see cref="AseanMineralsJsonException"/> and each
/// rejected JSON Lines line carries one of these codes.
/// </summary>
public static class JsonRules
{
    /// <summary>The deepest nesting of objects and arrays the library reads.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most characters (Unicode code points) a string or member name may hold.</summary>
    public const int MaxStringLength = 16_384;

    /// <summary>
    /// The largest document the library reads, in bytes of UTF-8 (32 MiB, some 200,000 trade records): documents are read
    /// whole, so a larger input is refused before it is read (from a stream, as soon as it passes the limit). Stream trade
    /// records of any number as JSON Lines instead.
    /// </summary>
    public const int MaxDocumentLength = 32 << 20;

    /// <summary>AMC4001: the input is well-formed JSON (UTF-8, no comments, no trailing commas).</summary>
    public static ValidationRule MalformedJson { get; } = new("AMC4001", ValidationSeverity.Error, "The input is well-formed UTF-8 JSON.");

    /// <summary>AMC4002: nothing but white space follows the JSON value (of the document, or of a JSON Lines line).</summary>
    public static ValidationRule TrailingContent { get; } = new("AMC4002", ValidationSeverity.Error, "Nothing but white space follows the JSON value.");

    /// <summary>AMC4003: an object names each member once.</summary>
    public static ValidationRule DuplicateMember { get; } = new("AMC4003", ValidationSeverity.Error, "An object names each member once.");

    /// <summary>AMC4004: an object has only the members its schema version defines (a newer minor version may add members).</summary>
    public static ValidationRule UnknownMember { get; } = new("AMC4004", ValidationSeverity.Error, "An object has only the members its schema version defines.");

    /// <summary>AMC4005: a value has the JSON type its member requires (string, number, boolean, object, array; null only where allowed).</summary>
    public static ValidationRule WrongType { get; } = new("AMC4005", ValidationSeverity.Error, "A value has the JSON type its member requires.");

    /// <summary>AMC4006: a required member is present.</summary>
    public static ValidationRule MissingMember { get; } = new("AMC4006", ValidationSeverity.Error, "A required member is present.");

    /// <summary>AMC4007: a number lies in the range its member allows.</summary>
    public static ValidationRule ValueOutOfRange { get; } = new("AMC4007", ValidationSeverity.Error, "A number lies in the range its member allows.");

    /// <summary>AMC4008: a value has the form its member requires (a code, a date, a period, a source address, an enum name).</summary>
    public static ValidationRule InvalidValue { get; } = new("AMC4008", ValidationSeverity.Error, "A value has the form its member requires.");

    /// <summary>AMC4009: objects and arrays nest no deeper than <see cref="MaxDepth"/> levels.</summary>
    public static ValidationRule TooDeep { get; } = new("AMC4009", ValidationSeverity.Error, $"Objects and arrays nest no deeper than {MaxDepth} levels.");

    /// <summary>
    /// AMC4010: a string or member name holds at most <see cref="MaxStringLength"/> characters, a document at most
    /// <see cref="MaxDocumentLength"/> bytes, and a JSON Lines line is no longer than its limit.
    /// </summary>
    public static ValidationRule TooLong { get; } = new("AMC4010", ValidationSeverity.Error, $"A string holds at most {MaxStringLength:N0} characters, a document at most {MaxDocumentLength:N0} bytes, and a line no more than its limit.");

    /// <summary>AMC4011: a document states its schema version as <c>MAJOR.MINOR</c>, of a major version this library reads.</summary>
    public static ValidationRule UnsupportedSchemaVersion { get; } = new("AMC4011", ValidationSeverity.Error, "A document's schema version is MAJOR.MINOR of a major version this library reads.");

    /// <summary>Every JSON rule, by code.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        MalformedJson,
        TrailingContent,
        DuplicateMember,
        UnknownMember,
        WrongType,
        MissingMember,
        ValueOutOfRange,
        InvalidValue,
        TooDeep,
        TooLong,
        UnsupportedSchemaVersion,
    ];
}
