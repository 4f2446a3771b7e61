using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AseanMinerals.Core.Serialization.Converters;
using NodaTime.Serialization.SystemTextJson;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// One way of reading and writing the library's JSON: <see cref="Strict"/> refuses members the schema does not define (the
/// public options, and documents of this schema version or older), <see cref="Tolerant"/> keeps them (documents of a newer
/// minor version; writing), <see cref="Schema"/> describes trade records by their properties for the schema exporter.
/// </summary>
internal sealed class JsonProfile
{
    private readonly ConcurrentDictionary<Type, JsonShape> _shapes = new();

    private JsonProfile(bool keepsUnknownMembers, bool withRecordConverters)
    {
        KeepsUnknownMembers = keepsUnknownMembers;
        var options = new JsonSerializerOptions(AseanMineralsJsonContext.Default.Options) { MaxDepth = JsonRules.MaxDepth };
        options.TypeInfoResolverChain.Clear();
        Configure(options, keepsUnknownMembers, withRecordConverters);
        options.MakeReadOnly();
        Options = options;
    }

    public static JsonProfile Strict { get; } = new(keepsUnknownMembers: false, withRecordConverters: true);

    public static JsonProfile Tolerant { get; } = new(keepsUnknownMembers: true, withRecordConverters: true);

    public static JsonProfile Schema { get; } = new(keepsUnknownMembers: false, withRecordConverters: false);

    public JsonSerializerOptions Options { get; }

    public bool KeepsUnknownMembers { get; }

    /// <summary>Adds the library's converters and metadata to options (ahead of any resolver already there).</summary>
    public static void Configure(JsonSerializerOptions options, bool keepUnknownMembers, bool withRecordConverters)
    {
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.YearMonthConverter);
        if (withRecordConverters)
        {
            // Trade records are read and written by hand (the JSON Lines speed goal); registered here rather than by
            // attribute so that the schema exporter still sees their properties (the Schema profile leaves them out).
            options.Converters.Add(new TradeRecordJsonConverter());
            options.Converters.Add(new TradeRecordListConverter(keepUnknownMembers));
        }

        IJsonTypeInfoResolver resolver = keepUnknownMembers
            ? AseanMineralsJsonContext.Default
            : AseanMineralsJsonContext.Default.WithAddedModifier(RefuseUnknownMembers);
        options.TypeInfoResolverChain.Insert(0, resolver);
    }

    public JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    public JsonShape ShapeOf(Type type) => _shapes.GetOrAdd(type, static (t, profile) => JsonShape.Create(profile, t), this);

    // Without its extension-data member a type has nowhere to keep unknown members, and the serializer refuses them.
    private static void RefuseUnknownMembers(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].IsExtensionData)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }

        typeInfo.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
