using System.Text;
using System.Text.Json;
using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// The one description of an object's JSON form (a trade record, its breakdown): its members in the order they are
/// written, each with its name, whether it is required, and how its value is read and written. The reader and the writer
/// both run from it, and so do the schema's required list: adding a member is one entry. Reading is strict and streaming
/// (no allocation per object): unknown and duplicate members, wrong types, invalid values and missing required members
/// are each a <see cref="RecordError"/> naming the rule and the member's place.
/// </summary>
/// <typeparam name="T">The object's type, read into a copy of <c>default(T)</c> member by member.</typeparam>
internal sealed class JsonMemberTable<T>
    where T : struct
{
    private readonly JsonMember<T>[] _members;
    private readonly ulong _required;

    /// <summary>Makes the table.</summary>
    /// <param name="noun">What the object is called in messages: "trade record", "trade breakdown".</param>
    /// <param name="unknownPlace">Where the object's unknown members are kept when a newer minor schema version is read.</param>
    /// <param name="members">The members, in the order they are written (and most likely read).</param>
    public JsonMemberTable(string noun, UnknownMemberPlace unknownPlace, params JsonMember<T>[] members)
    {
        if (members.Length > 64)
        {
            throw new ArgumentException("A table holds at most 64 members (one bit each).", nameof(members));
        }

        Noun = noun;
        UnknownPlace = unknownPlace;
        _members = members;
        for (var i = 0; i < members.Length; i++)
        {
            _required |= members[i].IsRequired ? 1UL << i : 0;
        }

        RequiredNames = [.. members.Where(static m => m.IsRequired).Select(static m => m.Name)];
        Place(string.Empty);
    }

    /// <summary>What the object is called in messages.</summary>
    public string Noun { get; }

    /// <summary>Where the object's unknown members are kept.</summary>
    public UnknownMemberPlace UnknownPlace { get; }

    /// <summary>The members, in the order they are written.</summary>
    public IReadOnlyList<JsonMember<T>> Members => _members;

    /// <summary>The names of the members every object has, in table order (the schema's <c>required</c>).</summary>
    public string[] RequiredNames { get; }

    /// <summary>The object's place in the record (empty for the record itself).</summary>
    public string Path { get; private set; } = string.Empty;

    /// <summary>Reads the object whose start token the reader is on; leaves the reader on its end token.</summary>
    /// <param name="reader">The reader, on the object's start token, with the whole object in its buffer.</param>
    /// <param name="unknownMembers">Null to refuse unknown members; otherwise where they go.</param>
    /// <param name="value">The object, when read.</param>
    /// <param name="error">What is wrong, when not.</param>
    /// <returns>True when the object was read.</returns>
    public bool TryRead(ref Utf8JsonReader reader, UnknownMemberSink? unknownMembers, out T value, out RecordError error) =>
        TryRead(ref reader, unknownMembers, null, out value, out error, out _);

    /// <summary>
    /// Reads the object whose start token the reader is on, stopping early when <paramref name="earlyOut"/> places it
    /// outside what is asked for as soon as its members are read: the rest of the object is then not read (nor checked),
    /// and the reader is left where it stopped.
    /// </summary>
    /// <param name="reader">The reader, on the object's start token, with the whole object in its buffer.</param>
    /// <param name="unknownMembers">Null to refuse unknown members; otherwise where they go.</param>
    /// <param name="earlyOut">The members that decide, and the test that places the object outside; null reads it all.</param>
    /// <param name="value">The object, when read (only the deciding members, when outside).</param>
    /// <param name="error">What is wrong, when not read.</param>
    /// <param name="outside">True when the object was placed outside: the result is then true and the object partial.</param>
    /// <returns>True when the object was read or placed outside.</returns>
    public bool TryRead(ref Utf8JsonReader reader, UnknownMemberSink? unknownMembers, JsonEarlyOut<T>? earlyOut, out T value, out RecordError error, out bool outside)
    {
        value = default;
        outside = false;
        var deciding = earlyOut?.Members ?? 0UL;
        var start = reader.TokenStartIndex;
        var seen = 0UL;
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = Find(ref reader, next);
            if (index < 0)
            {
                if (!TryKeepUnknown(ref reader, unknownMembers, out error))
                {
                    return false;
                }

                continue;
            }

            var member = _members[index];
            if ((seen & (1UL << index)) != 0)
            {
                error = new RecordError(JsonRules.DuplicateMember, $"The member '{member.Name}' appears more than once in the {Noun}.", member.Path, reader.TokenStartIndex);
                return false;
            }

            seen |= 1UL << index;
            next = index + 1;
            reader.Read();
            if (!member.TryRead(ref reader, ref value, unknownMembers, out error))
            {
                return false;
            }

            if (deciding != 0 && (seen & deciding) == deciding)
            {
                deciding = 0; // decided once, when the last of its members is read
                if (earlyOut!.IsOutside(in value))
                {
                    outside = true;
                    return true;
                }
            }
        }

        if ((seen & _required) != _required)
        {
            error = new RecordError(JsonRules.MissingMember, $"The {Noun} lacks its required member(s) {Missing(seen)}.", Path, start);
            return false;
        }

        error = default;
        return true;
    }

    /// <summary>
    /// Reads an object that fills a whole line the plain way this library writes it, without a JSON reader: its members in
    /// table order, no spaces, each value plain (<see cref="IJsonValueFormat{T}.TryReadPlain"/>), white space only after
    /// it. Any other line (spaces, escapes, another order, an unknown, duplicate or missing member, an invalid value) is
    /// not read (false): the JSON reader then reads it, and reports what is wrong with the usual rule and place.
    /// With <paramref name="earlyOut"/>, the object is placed outside as soon as its deciding members are read
    /// (<paramref name="outside"/>; the rest of the line is then neither read nor checked); inside, it is read on only when
    /// <paramref name="readWhole"/> (false: the caller reads the line another way, e.g. one not known to be UTF-8).
    /// </summary>
    /// <param name="line">The line (UTF-8 where it is read whole).</param>
    /// <param name="earlyOut">The question's early rule; null for none.</param>
    /// <param name="readWhole">Whether to read the whole object when it is not placed outside.</param>
    /// <param name="value">The object, when read (partly set, when not).</param>
    /// <param name="outside">True when the early rule placed the object outside.</param>
    /// <returns>True when the object was read the plain way, or placed outside after its first members.</returns>
    public bool TryReadPlain(ReadOnlySpan<byte> line, JsonEarlyOut<T>? earlyOut, bool readWhole, out T value, out bool outside)
    {
        value = default;
        outside = false;
        if (line.IsEmpty || line[0] != (byte)'{')
        {
            return false;
        }

        var position = 1;
        var seen = 0UL;
        var deciding = earlyOut?.Members ?? 0;
        for (var i = 0; ; i++)
        {
            // The next member in table order that is here (optional members may be left out).
            while (i < _members.Length && !line[position..].StartsWith(_members[i].PlainName))
            {
                i++;
            }

            if (i == _members.Length)
            {
                return false;
            }

            position += _members[i].PlainName.Length;
            if (!_members[i].TryReadPlain(line, ref position, ref value) || position >= line.Length)
            {
                return false;
            }

            seen |= 1UL << i;
            if (deciding != 0 && (seen & deciding) == deciding)
            {
                deciding = 0; // decided once
                if (earlyOut!.IsOutside(in value))
                {
                    outside = true;
                    return true;
                }

                if (!readWhole)
                {
                    return false;
                }
            }

            if (line[position++] != (byte)',')
            {
                return line[position - 1] == (byte)'}' && (seen & _required) == _required && line[position..].IndexOfAnyExcept(" \t\r"u8) < 0;
            }
        }
    }

    /// <summary>The bits of the named members, in table order, for a <see cref="JsonEarlyOut{T}"/>.</summary>
    /// <param name="names">The members' JSON names.</param>
    /// <returns>The mask.</returns>
    public ulong MaskOf(params ReadOnlySpan<string> names)
    {
        var mask = 0UL;
        foreach (var name in names)
        {
            var index = Array.FindIndex(_members, m => m.Name == name);
            mask |= index >= 0 ? 1UL << index : throw new ArgumentException($"The {Noun} has no member '{name}'.", nameof(names));
        }

        return mask;
    }

    /// <summary>Writes the object's members (not its braces), then the unknown members kept for it.</summary>
    /// <param name="writer">The writer, inside the object.</param>
    /// <param name="value">The object.</param>
    /// <param name="unknownMembers">Unknown members to write back, if any.</param>
    public void WriteMembers(Utf8JsonWriter writer, in T value, RecordUnknownMembers? unknownMembers)
    {
        foreach (var member in _members)
        {
            member.Write(writer, in value, unknownMembers);
        }

        if (unknownMembers?.Of(UnknownPlace) is { Count: > 0 } kept)
        {
            foreach (var (name, element) in kept)
            {
                writer.WritePropertyName(name);
                element.WriteTo(writer);
            }
        }
    }

    /// <summary>Places the table's members under <paramref name="path"/> (a nested object's place in the record).</summary>
    /// <param name="path">The object's place.</param>
    internal void Place(string path)
    {
        Path = path;
        foreach (var member in _members)
        {
            member.Place(path);
        }
    }

    // Apart from TryRead: a lambda capturing "seen" there would allocate its closure on every call, not only on this error path.
    private string Missing(ulong seen) =>
        string.Join(", ", _members.Where((m, i) => m.IsRequired && (seen & (1UL << i)) == 0).Select(static m => $"'{m.Name}'"));

    // The member the reader's property name names, or -1. Members are written in table order, so the one after the last
    // found is tried first: one comparison a member for what this library wrote.
    private int Find(ref Utf8JsonReader reader, int next)
    {
        if (next < _members.Length && reader.ValueTextEquals(_members[next].Utf8Name))
        {
            return next;
        }

        for (var i = 0; i < _members.Length; i++)
        {
            if (i != next && reader.ValueTextEquals(_members[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    private bool TryKeepUnknown(ref Utf8JsonReader reader, UnknownMemberSink? unknownMembers, out RecordError error)
    {
        var nameStart = reader.TokenStartIndex;
        var name = reader.GetString()!;
        var quoted = QuotedText.Cut(name);
        if (unknownMembers is null || UnknownPlace == UnknownMemberPlace.None)
        {
            error = new RecordError(JsonRules.UnknownMember, $"'{quoted}' is not a member of a {Noun}.", Path + MemberPath(quoted), nameStart);
            return false;
        }

        reader.Read();
        if (!unknownMembers.TryAdd(UnknownPlace, name, JsonElement.ParseValue(ref reader)))
        {
            error = new RecordError(JsonRules.DuplicateMember, $"The member '{quoted}' appears more than once in the {Noun}.", Path + MemberPath(quoted), nameStart);
            return false;
        }

        error = default;
        return true;
    }

    private static string MemberPath(string name)
    {
        var path = new StringBuilder();
        JsonPath.AppendMember(path, name);
        return path.ToString();
    }
}
