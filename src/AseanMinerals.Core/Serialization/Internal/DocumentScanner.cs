using System.Buffers;
using System.Text;
using System.Text.Json;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// Checks a whole JSON document against the shape of its type before the serializer builds anything from it, so that
/// every structural error is reported at its exact place, with our rule code, and no half-built object exists:
/// well-formedness, trailing content, duplicate members, unknown members (unless kept), JSON types and null, required
/// members, depth and string length. What is left for the serializer are the values themselves (ranges, formats).
/// </summary>
internal ref struct DocumentScanner
{
    private const int SmallObject = 16;

    private readonly ReadOnlySpan<byte> _json;
    private readonly bool _keepUnknownMembers;
    private readonly string _versionText;
    private readonly List<PathSegment> _path = [];
    private readonly List<NameRef> _names = [];

    // The names of large objects, by the index of their first name in _names: past a few members, a set finds a
    // duplicate in constant time, so an object of a million members costs a million lookups, not half a trillion comparisons.
    private readonly Dictionary<int, HashSet<string>> _nameSets = [];
    private readonly JsonSerializerOptions? _locateWith;
    private Utf8JsonReader _reader;
    private AseanMineralsJsonException? _located;

    private DocumentScanner(ReadOnlySpan<byte> json, bool keepUnknownMembers, string versionText, JsonSerializerOptions? locateWith = null)
    {
        _locateWith = locateWith;
        _json = json;
        _keepUnknownMembers = keepUnknownMembers;
        _versionText = versionText;
        _reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = JsonRules.MaxDepth + 1 });
    }

    /// <summary>Checks the document; throws the first problem found, in document order.</summary>
    /// <param name="json">The UTF-8 document, without a byte order mark.</param>
    /// <param name="root">The shape of the document's type.</param>
    /// <param name="keepUnknownMembers">True for a document of a newer minor version: unknown members of extensible objects are allowed.</param>
    /// <param name="versionText">The schema version the document is read as, for messages ("1.0").</param>
    /// <exception cref="AseanMineralsJsonException">The first problem.</exception>
    public static void Check(ReadOnlySpan<byte> json, JsonShape root, bool keepUnknownMembers, string versionText)
    {
        var scanner = new DocumentScanner(json, keepUnknownMembers, versionText);
        scanner.Run(root);
    }

    /// <summary>
    /// Finds the object whose own constructor or setters refused a value (an exception other than a <see cref="JsonException"/>
    /// escaped the serializer): reads each object of the document on its own, innermost first, until one fails the same way.
    /// Costs a second reading, on the error path only.
    /// </summary>
    /// <returns>The failure at the object's place, or null when no single object fails.</returns>
    public static AseanMineralsJsonException? LocateConstructorFailure(ReadOnlySpan<byte> json, JsonShape root, bool keepUnknownMembers, string versionText, JsonSerializerOptions options)
    {
        var scanner = new DocumentScanner(json, keepUnknownMembers, versionText, options);
        scanner.Run(root);
        return scanner._located;
    }

    private void Run(JsonShape root)
    {
        try
        {
            if (!_reader.Read())
            {
                throw Fail(JsonRules.MalformedJson, "The input is empty; a JSON object is expected.", 0);
            }

            if (_reader.TokenType != JsonTokenType.StartObject)
            {
                throw Fail(JsonRules.WrongType, $"The document must be a JSON object; found {RecordError.Describe(_reader.TokenType)}.", _reader.TokenStartIndex);
            }

            ScanValue(root, nullable: false);
        }
        catch (JsonException e)
        {
            throw Fail(JsonRules.MalformedJson, ReaderMessage(e), (e.LineNumber ?? 0) + 1, e.BytePositionInLine ?? 0, e);
        }

        var end = (int)_reader.BytesConsumed;
        var rest = _json[end..];
        var garbage = rest.IndexOfAnyExcept(" \t\r\n"u8);
        if (garbage >= 0)
        {
            throw Fail(JsonRules.TrailingContent, "Something follows the end of the document; nothing but white space may.", end + garbage);
        }
    }

    private void ScanValue(JsonShape shape, bool nullable)
    {
        switch (_reader.TokenType)
        {
            case JsonTokenType.Null when nullable || shape.Kind == JsonShapeKind.Any:
                return;
            case JsonTokenType.StartObject when shape.Kind == JsonShapeKind.Object:
                ScanObject(shape);
                return;
            case JsonTokenType.StartArray when shape.Kind == JsonShapeKind.Array:
                ScanArray(shape);
                return;
            case JsonTokenType.StartObject or JsonTokenType.StartArray when shape.Kind == JsonShapeKind.Any:
                ScanAny();
                return;
            case JsonTokenType.String when shape.Kind is JsonShapeKind.String or JsonShapeKind.Any:
                CheckLength();
                return;
            case JsonTokenType.Number when shape.Kind is JsonShapeKind.Number or JsonShapeKind.Any:
                return;
            case JsonTokenType.True or JsonTokenType.False when shape.Kind is JsonShapeKind.Boolean or JsonShapeKind.Any:
                return;
            default:
                throw Fail(JsonRules.WrongType, $"Expected {shape.Describe()}{(nullable ? " or null" : string.Empty)}, found {RecordError.Describe(_reader.TokenType)}.", _reader.TokenStartIndex);
        }
    }

    private void ScanObject(JsonShape shape)
    {
        CheckDepth();
        var start = _reader.TokenStartIndex;
        var firstName = _names.Count;
        var members = shape.Members;
        Span<bool> seen = stackalloc bool[members.Count];
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            CheckName(firstName);
            var index = FindMember(members);
            _path.Add(PathSegment.ForName(_reader.TokenStartIndex, index >= 0 ? members[index].Name : null));
            if (index < 0 && !(_keepUnknownMembers && shape.IsExtensible))
            {
                throw Fail(
                    JsonRules.UnknownMember,
                    $"'{CurrentName()}' is not a member of {shape.Type.Name} in schema version {_versionText}; unknown members are kept only from documents of a newer minor version.",
                    _reader.TokenStartIndex);
            }

            _reader.Read();
            if (index >= 0)
            {
                seen[index] = true;
                ScanValue(members[index].Shape, members[index].IsNullable);
            }
            else
            {
                ScanAnyValue();
            }

            _path.RemoveAt(_path.Count - 1);
        }

        EndNames(firstName);
        if (_locateWith is not null && _located is null)
        {
            TryConstruct(shape, start);
        }

        List<string>? missing = null;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].IsRequired && !seen[i])
            {
                (missing ??= []).Add(members[i].Name);
            }
        }

        if (missing is not null)
        {
            var list = string.Join(", ", missing.Select(static m => $"'{m}'"));
            throw Fail(
                JsonRules.MissingMember,
                missing.Count == 1 ? $"The required member {list} of {shape.Type.Name} is missing." : $"The required members {list} of {shape.Type.Name} are missing.",
                start);
        }
    }

    private void TryConstruct(JsonShape shape, long start)
    {
        var slice = _json[(int)start..(int)_reader.BytesConsumed];
        try
        {
            JsonSerializer.Deserialize(slice, _locateWith!.GetTypeInfo(shape.Type));
        }
        catch (Exception e) when (e is not JsonException)
        {
            // The constructor's guard says what it refused, with the rule validation gives the same fault, and names the
            // member: no message text is taken apart.
            var fault = Preconditions.FaultOf(e);
            var message = fault?.Reason ?? (e is ArgumentNullException ? "The value is required." : e.Message);
            var memberName = (e as ArgumentException)?.ParamName;
            var member = shape.Members.FirstOrDefault(m => string.Equals(m.Name, memberName, StringComparison.OrdinalIgnoreCase));

            if (member is not null)
            {
                _path.Add(PathSegment.ForName(-1, member.Name));
            }

            _located = Fail(fault?.Rule ?? JsonRules.InvalidValue, $"The {shape.Type.Name} cannot be made from these values: {message}", start, e);
            if (member is not null)
            {
                _path.RemoveAt(_path.Count - 1);
            }
        }
    }

    private void ScanArray(JsonShape shape)
    {
        CheckDepth();
        var element = shape.Element!;
        var index = 0;
        while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
        {
            _path.Add(PathSegment.ForIndex(index++));
            ScanValue(element, shape.ElementIsNullable);
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void ScanAnyValue()
    {
        if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            ScanAny();
        }
        else if (_reader.TokenType == JsonTokenType.String)
        {
            CheckLength();
        }
    }

    // Any well-formed value: still within the limits, and without duplicate members.
    private void ScanAny()
    {
        CheckDepth();
        if (_reader.TokenType == JsonTokenType.StartArray)
        {
            var index = 0;
            while (_reader.Read() && _reader.TokenType != JsonTokenType.EndArray)
            {
                _path.Add(PathSegment.ForIndex(index++));
                ScanAnyValue();
                _path.RemoveAt(_path.Count - 1);
            }

            return;
        }

        var firstName = _names.Count;
        while (_reader.Read() && _reader.TokenType == JsonTokenType.PropertyName)
        {
            CheckName(firstName);
            _path.Add(PathSegment.ForName(_reader.TokenStartIndex, null));
            _reader.Read();
            ScanAnyValue();
            _path.RemoveAt(_path.Count - 1);
        }

        EndNames(firstName);
    }

    private int FindMember(IReadOnlyList<JsonShapeMember> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (_reader.ValueTextEquals(members[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    private void CheckDepth()
    {
        if (_reader.CurrentDepth >= JsonRules.MaxDepth)
        {
            throw Fail(JsonRules.TooDeep, $"Objects and arrays nest deeper than {JsonRules.MaxDepth} levels here.", _reader.TokenStartIndex);
        }
    }

    // A member name: not too long, and not already used in this object.
    private void CheckName(int firstName)
    {
        CheckLength();
        var name = new NameRef((int)_reader.TokenStartIndex + 1, _reader.ValueSpan.Length, _reader.ValueIsEscaped);
        if (_names.Count - firstName >= SmallObject)
        {
            if (!_nameSets.TryGetValue(firstName, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                for (var i = firstName; i < _names.Count; i++)
                {
                    set.Add(Decode(_names[i]));
                }

                _nameSets[firstName] = set;
            }

            if (!set.Add(Decode(name)))
            {
                _path.Add(PathSegment.ForName(_reader.TokenStartIndex, null));
                throw Fail(JsonRules.DuplicateMember, $"The member '{CurrentName()}' appears more than once in the object.", _reader.TokenStartIndex);
            }

            _names.Add(name);
            return;
        }

        for (var i = firstName; i < _names.Count; i++)
        {
            if (SameName(_names[i], name))
            {
                _path.Add(PathSegment.ForName(_reader.TokenStartIndex, null));
                throw Fail(JsonRules.DuplicateMember, $"The member '{CurrentName()}' appears more than once in the object.", _reader.TokenStartIndex);
            }
        }

        _names.Add(name);
    }

    private void EndNames(int firstName)
    {
        _names.RemoveRange(firstName, _names.Count - firstName);
        _nameSets.Remove(firstName);
    }

    private bool SameName(NameRef a, NameRef b)
    {
        if (!a.Escaped && !b.Escaped)
        {
            return _json.Slice(a.Start, a.Length).SequenceEqual(_json.Slice(b.Start, b.Length));
        }

        return string.Equals(Decode(a), Decode(b), StringComparison.Ordinal);
    }

    private string Decode(NameRef name)
    {
        var raw = _json.Slice(name.Start, name.Length);
        return name.Escaped ? JsonUnescape(raw) : Encoding.UTF8.GetString(raw);
    }

    // Counted in Unicode code points, as JSON Schema's maxLength counts; the raw length bounds it, so most strings cost nothing.
    private void CheckLength()
    {
        var raw = _reader.ValueSpan;
        if (_reader.ValueIsEscaped)
        {
            CheckEscapes(ref _reader);
        }

        if (raw.Length <= JsonRules.MaxStringLength)
        {
            return;
        }

        var length = _reader.ValueIsEscaped ? CountCodePointsEscaped(ref _reader) : CountCodePoints(raw);
        if (length > JsonRules.MaxStringLength)
        {
            var what = _reader.TokenType == JsonTokenType.PropertyName ? "member name" : "string";
            throw Fail(JsonRules.TooLong, $"The {what} holds {length:N0} characters; at most {JsonRules.MaxStringLength:N0} are allowed.", _reader.TokenStartIndex);
        }
    }

    // An escaped string may name half of a surrogate pair ("\ud800" alone), which is no Unicode text: the JSON reader
    // only says so, without a place, when the string is decoded. Decoding it here puts the error at its token.
    private readonly void CheckEscapes(ref Utf8JsonReader reader)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            reader.CopyString(buffer);
        }
        catch (InvalidOperationException e)
        {
            throw Fail(JsonRules.MalformedJson, $"The string is not valid Unicode: {e.Message} (an escaped surrogate, \\uD800 to \\uDFFF, needs its pair).", reader.TokenStartIndex, e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int CountCodePointsEscaped(ref Utf8JsonReader reader)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            var written = reader.CopyString(buffer);
            return CountCodePoints(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int CountCodePoints(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private string CurrentName() => Decode(new NameRef((int)_reader.TokenStartIndex + 1, _reader.ValueSpan.Length, _reader.ValueIsEscaped));

    private readonly AseanMineralsJsonException Fail(ValidationRule rule, string message, long offset, Exception? inner = null)
    {
        var (line, position) = TextPosition.Of(_json, offset);
        return Fail(rule, message, line, position, inner);
    }

    private readonly AseanMineralsJsonException Fail(ValidationRule rule, string message, long line, long position, Exception? inner) =>
        AseanMineralsJsonException.Create(rule, message, PathText(), line, position, inner);

    private readonly string PathText()
    {
        var text = new StringBuilder("$");
        foreach (var segment in _path)
        {
            if (segment.Index >= 0)
            {
                text.Append('[').Append(segment.Index).Append(']');
                continue;
            }

            var name = segment.KnownName ?? ReadNameAt(segment.NameTokenStart);
            JsonPath.AppendMember(text, name);
        }

        return text.ToString();
    }

    private readonly string ReadNameAt(long tokenStart)
    {
        var reader = new Utf8JsonReader(_json[(int)tokenStart..], new JsonReaderOptions { AllowMultipleValues = true });
        return reader.Read() ? reader.GetString() ?? string.Empty : string.Empty;
    }

    private static string JsonUnescape(ReadOnlySpan<byte> raw)
    {
        var quoted = new byte[raw.Length + 2];
        quoted[0] = (byte)'"';
        raw.CopyTo(quoted.AsSpan(1));
        quoted[^1] = (byte)'"';
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString() ?? string.Empty;
    }

    private static string ReaderMessage(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "The JSON is malformed: " + (cut > 0 ? message[..cut] : message).TrimEnd();
    }

    private readonly record struct NameRef(int Start, int Length, bool Escaped);

    private readonly record struct PathSegment(long NameTokenStart, string? KnownName, int Index)
    {
        public static PathSegment ForName(long tokenStart, string? knownName) => new(tokenStart, knownName, -1);

        public static PathSegment ForIndex(int index) => new(-1, null, index);
    }
}
