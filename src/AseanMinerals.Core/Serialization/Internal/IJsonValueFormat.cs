using System.Text.Json;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// How one kind of value is written as a JSON token and read back: the token it takes, what a valid one looks like (the
/// words every error message about it uses), the check and the parse. Implemented by small structs so that a member of a
/// <see cref="JsonMemberTable{T}"/> calls them directly (no virtual call per value on the hot path of JSON Lines).
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal interface IJsonValueFormat<T>
{
    /// <summary>The token a value is written as (a string, a number or an object); another one is a wrong type.</summary>
    JsonTokenType Token { get; }

    /// <summary>What a valid value looks like, for messages: "a string (a trade period of the form YYYY or YYYY-MM)".</summary>
    string Expected { get; }

    /// <summary>True when JSON <c>null</c> is a value (then read as <c>default</c>).</summary>
    bool AcceptsNull { get; }

    /// <summary>Reads the value of the token the reader is on, which is of type <see cref="Token"/>.</summary>
    /// <param name="reader">The reader, on the value's token (left on its last token).</param>
    /// <param name="path">The value's place in the record (<c>.period</c>), for the error.</param>
    /// <param name="unknownMembers">Where unknown members of an object value go, or null to refuse them.</param>
    /// <param name="value">The value, when valid.</param>
    /// <param name="error">The broken rule and the place, when not.</param>
    /// <returns>True when the value was read.</returns>
    bool TryRead(ref Utf8JsonReader reader, string path, UnknownMemberSink? unknownMembers, out T value, out RecordError error);

    /// <summary>
    /// Reads the value at <paramref name="position"/> of a line without a JSON reader, when it is written the plain way this
    /// library writes it (a string without escapes, a number without sign or exponent); false for anything else, which the
    /// JSON reader then reads (and reports), so the plain way never accepts what the reader would refuse.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="position">Where the value starts; moved past it when read.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>True when the value was read the plain way.</returns>
    bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, out T value);

    /// <summary>Writes the member with its value.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="unknownMembers">Unknown members to write back inside an object value, if any.</param>
    void Write(Utf8JsonWriter writer, JsonEncodedText name, T value, RecordUnknownMembers? unknownMembers);

    /// <summary>True when the member is written even at its default value (an object with unknown members to write back).</summary>
    /// <param name="unknownMembers">The unknown members of the record, if any.</param>
    /// <returns>True to write it.</returns>
    bool MustWrite(RecordUnknownMembers? unknownMembers);
}
