using System.Text;
using System.Text.Json;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>Gets a member's value from the object.</summary>
internal delegate TMember MemberGetter<T, TMember>(in T value);

/// <summary>Sets a member's value in the object being read.</summary>
internal delegate void MemberSetter<T, TMember>(ref T value, TMember member);

/// <summary>
/// One member of an object of a <see cref="JsonMemberTable{T}"/>: its name (UTF-8 for matching, encoded for writing),
/// whether it is required, its place in the record for messages, and how its value is read into the object and written
/// from it. Made with <see cref="JsonMembers{T}"/>.
/// </summary>
/// <typeparam name="T">The object's type, which is also the state it is read into.</typeparam>
internal abstract class JsonMember<T>
    where T : struct
{
    protected JsonMember(string name, bool isRequired)
    {
        Name = name;
        Utf8Name = Encoding.UTF8.GetBytes(name);
        PlainName = Encoding.UTF8.GetBytes($"\"{name}\":");
        EncodedName = JsonEncodedText.Encode(name);
        IsRequired = isRequired;
        Path = "." + name;
    }

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary>The name as UTF-8, to match the input without decoding it.</summary>
    public byte[] Utf8Name { get; }

    /// <summary>The name as this library writes it, quoted and followed by its colon (<c>"period":</c>), for the plain way of reading.</summary>
    public byte[] PlainName { get; }

    /// <summary>The name ready for the writer.</summary>
    public JsonEncodedText EncodedName { get; }

    /// <summary>True when every object has the member; false when it may be left out (then it reads as its default).</summary>
    public bool IsRequired { get; }

    /// <summary>The member's place in the record, as errors give it: <c>.period</c>, <c>.breakdown.transportMode</c>.</summary>
    public string Path { get; private set; }

    /// <summary>Reads the value of the token the reader is on into the object.</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last.</param>
    /// <param name="value">The object being read.</param>
    /// <param name="unknownMembers">Where unknown members of an object value go, or null to refuse them.</param>
    /// <param name="error">The broken rule and place, when the value is not valid.</param>
    /// <returns>True when the value was read.</returns>
    public abstract bool TryRead(ref Utf8JsonReader reader, ref T value, UnknownMemberSink? unknownMembers, out RecordError error);

    /// <summary>Reads the value at <paramref name="position"/> the plain way (see <see cref="IJsonValueFormat{T}.TryReadPlain"/>) into the object.</summary>
    /// <param name="line">The line.</param>
    /// <param name="position">Where the value starts; moved past it when read.</param>
    /// <param name="value">The object being read.</param>
    /// <returns>True when the value was read the plain way.</returns>
    public abstract bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, ref T value);

    /// <summary>Writes the member, unless it is optional and at its default.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The object.</param>
    /// <param name="unknownMembers">Unknown members to write back, if any.</param>
    public abstract void Write(Utf8JsonWriter writer, in T value, RecordUnknownMembers? unknownMembers);

    /// <summary>Places the member (and the members of an object value) inside an object at <paramref name="parentPath"/>.</summary>
    /// <param name="parentPath">The place of the object the member belongs to; empty for the record.</param>
    internal virtual void Place(string parentPath) => Path = parentPath + "." + Name;
}

/// <summary>A member whose value has the format <typeparamref name="TFormat"/>.</summary>
/// <typeparam name="T">The object's type.</typeparam>
/// <typeparam name="TMember">The member's type.</typeparam>
/// <typeparam name="TFormat">How the value is read and written (a struct: its calls are direct).</typeparam>
internal sealed class JsonMember<T, TMember, TFormat>(string name, bool isRequired, TFormat format, MemberGetter<T, TMember> get, MemberSetter<T, TMember> set)
    : JsonMember<T>(name, isRequired)
    where T : struct
    where TFormat : struct, IJsonValueFormat<TMember>
{
    public override bool TryRead(ref Utf8JsonReader reader, ref T value, UnknownMemberSink? unknownMembers, out RecordError error)
    {
        TMember member;
        if (reader.TokenType == format.Token)
        {
            if (!format.TryRead(ref reader, Path, unknownMembers, out member, out error))
            {
                return false;
            }
        }
        else if (reader.TokenType == JsonTokenType.Null && format.AcceptsNull)
        {
            member = default!;
            error = default;
        }
        else
        {
            error = RecordError.WrongType(format.AcceptsNull ? format.Expected + " or null" : format.Expected, ref reader, Path);
            return false;
        }

        set(ref value, member);
        return true;
    }

    public override bool TryReadPlain(ReadOnlySpan<byte> line, ref int position, ref T value)
    {
        if (!format.TryReadPlain(line, ref position, out var member))
        {
            return false;
        }

        set(ref value, member);
        return true;
    }

    public override void Write(Utf8JsonWriter writer, in T value, RecordUnknownMembers? unknownMembers)
    {
        var member = get(in value);
        if (IsRequired || !EqualityComparer<TMember>.Default.Equals(member, default!) || format.MustWrite(unknownMembers))
        {
            format.Write(writer, EncodedName, member, unknownMembers);
        }
    }

    internal override void Place(string parentPath)
    {
        base.Place(parentPath);
        if (format is IJsonObjectFormat nested)
        {
            nested.Place(Path);
        }
    }
}

/// <summary>A format whose values are objects with a table of their own, placed inside the record.</summary>
internal interface IJsonObjectFormat
{
    /// <summary>Places the object's members under <paramref name="path"/>.</summary>
    /// <param name="path">The object's place in the record.</param>
    void Place(string path);
}

/// <summary>Makes the members of a table over <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The object's type.</typeparam>
internal static class JsonMembers<T>
    where T : struct
{
    /// <summary>A member every object has.</summary>
    public static JsonMember<T> Required<TMember, TFormat>(string name, TFormat format, MemberGetter<T, TMember> get, MemberSetter<T, TMember> set)
        where TFormat : struct, IJsonValueFormat<TMember> =>
        new JsonMember<T, TMember, TFormat>(name, isRequired: true, format, get, set);

    /// <summary>A member that may be left out; it is not written at its default.</summary>
    public static JsonMember<T> Optional<TMember, TFormat>(string name, TFormat format, MemberGetter<T, TMember> get, MemberSetter<T, TMember> set)
        where TFormat : struct, IJsonValueFormat<TMember> =>
        new JsonMember<T, TMember, TFormat>(name, isRequired: false, format, get, set);
}
