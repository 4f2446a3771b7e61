using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>The JSON kind a value of a type takes.</summary>
internal enum JsonShapeKind
{
    /// <summary>An object with known members.</summary>
    Object,

    /// <summary>An array of elements of one shape.</summary>
    Array,

    /// <summary>A string (codes, dates, names, enums, addresses).</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>Anything well-formed: unknown members, and values whose own converter checks them (trade records).</summary>
    Any,
}

/// <summary>
/// What the JSON of a type looks like, taken from the serializer's metadata so that it never drifts from what the
/// serializer reads: the kind, and for objects the members with whether they are required or may be null.
/// </summary>
internal sealed class JsonShape
{
    private static readonly JsonShape AnyShape = new(JsonShapeKind.Any, typeof(object));

    private JsonShape(JsonShapeKind kind, Type type)
    {
        Kind = kind;
        Type = type;
    }

    public JsonShapeKind Kind { get; }

    public Type Type { get; }

    /// <summary>For objects: whether a newer minor schema version may add members to it.</summary>
    public bool IsExtensible { get; private init; }

    public IReadOnlyList<JsonShapeMember> Members { get; private init; } = [];

    /// <summary>For arrays: the elements' shape.</summary>
    public JsonShape? Element => _element?.Value;

    /// <summary>For arrays: whether an element may be null.</summary>
    public bool ElementIsNullable { get; private init; }

    private Lazy<JsonShape>? _element;

    public static JsonShape Create(JsonProfile profile, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var typeInfo = profile.Options.GetTypeInfo(underlying);
        return typeInfo.Kind switch
        {
            JsonTypeInfoKind.Object => new JsonShape(JsonShapeKind.Object, underlying)
            {
                IsExtensible = typeof(ExtensibleRecord).IsAssignableFrom(underlying),
                Members = [.. typeInfo.Properties.Where(static p => !p.IsExtensionData).Select(p => new JsonShapeMember(profile, p))],
            },
            JsonTypeInfoKind.Enumerable => new JsonShape(JsonShapeKind.Array, underlying)
            {
                _element = new Lazy<JsonShape>(() => profile.ShapeOf(typeInfo.ElementType!)),
                ElementIsNullable = Nullable.GetUnderlyingType(typeInfo.ElementType!) is not null,
            },
            JsonTypeInfoKind.Dictionary => AnyShape,
            _ => OfScalar(underlying, typeInfo),
        };
    }

    public string Describe() => Kind switch
    {
        JsonShapeKind.Object => "an object",
        JsonShapeKind.Array => "an array",
        JsonShapeKind.String => "a string",
        JsonShapeKind.Number => "a number",
        JsonShapeKind.Boolean => "true or false",
        _ => "a value",
    };

    private static JsonShape OfScalar(Type type, JsonTypeInfo typeInfo)
    {
        if (typeInfo.Converter is IValidatingJsonConverter || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type) || type == typeof(object))
        {
            return AnyShape;
        }

        if (type == typeof(bool))
        {
            return new JsonShape(JsonShapeKind.Boolean, type);
        }

        // Every other value the model holds is a number or is written as a string (codes, dates, enums, addresses).
        return Type.GetTypeCode(type) is TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32
            or TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 or TypeCode.Single or TypeCode.Double or TypeCode.Decimal && !type.IsEnum
            ? new JsonShape(JsonShapeKind.Number, type)
            : new JsonShape(JsonShapeKind.String, type);
    }
}

/// <summary>A member of an object shape.</summary>
internal sealed class JsonShapeMember
{
    private readonly Lazy<JsonShape> _shape;

    public JsonShapeMember(JsonProfile profile, JsonPropertyInfo property)
    {
        Name = property.Name;
        Utf8Name = Encoding.UTF8.GetBytes(property.Name);
        var parameter = property.AssociatedParameter;
        IsRequired = property.IsRequired || parameter is { IsMemberInitializer: false, HasDefaultValue: false };
        IsNullable = parameter?.IsNullable ?? property.IsSetNullable;
        _shape = new Lazy<JsonShape>(() => profile.ShapeOf(property.PropertyType));
    }

    public string Name { get; }

    public byte[] Utf8Name { get; }

    public bool IsRequired { get; }

    public bool IsNullable { get; }

    public JsonShape Shape => _shape.Value;
}
