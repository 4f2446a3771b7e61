using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Time;
using AseanMinerals.Core.Trade;
using NodaTime;

namespace AseanMinerals.Core.Serialization.Schema;

/// <summary>
/// Makes the published JSON Schema (draft 2020-12) from the serializer's own metadata with <see cref="JsonSchemaExporter"/>,
/// and completes by hand what the exporter cannot know: the patterns of codes and dates, the required members and ranges
/// of the hand-written trade record reader, string lengths, and the forward-compatibility rule (a document of this schema
/// version or older has only the members listed; one of a newer minor version may have more). Object types go to
/// <c>$defs</c>, once each. The output is deterministic: the committed files in <c>seeds/schema/</c> are this output.
/// </summary>
internal static class JsonSchemaGenerator
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";
    private const string NewerMinorSuffix = "FromNewerMinorVersion";

    private const string Year = "([0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})";
    private const string Month = "(0[1-9]|1[0-2])";
    private const string Day = "(0[1-9]|[12][0-9]|3[01])";
    private const string PartialDatePattern = Year + "(-" + Month + "(-" + Day + ")?)?";

    private static readonly JsonSerializerOptions OutputOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema's stable identifier, by major version: <c>urn:asean-minerals:schema:trade-record:1</c>.</summary>
    public static string IdOf(JsonSchemaKind kind) => IdOf(SchemaDocument.Of(kind));

    /// <summary>The schema's stable identifier, by major version.</summary>
    public static string IdOf(SchemaDocument document) => $"urn:asean-minerals:schema:{document.Name}:{SchemaVersion.Parse(document.CurrentVersion).Major}";

    /// <summary>The file name the schema is published under: <c>trade-record.schema.json</c>.</summary>
    public static string FileNameOf(JsonSchemaKind kind) => $"{SchemaDocument.Of(kind).Name}.schema.json";

    /// <summary>Generates the schema text of a published kind (two-space indents, LF line ends, a final LF).</summary>
    public static string Generate(JsonSchemaKind kind) => Generate(SchemaDocument.Of(kind));

    /// <summary>Generates the schema text (two-space indents, LF line ends, a final LF).</summary>
    public static string Generate(SchemaDocument document)
    {
        var defs = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Complete(context, node, defs),
        };
        var rootType = document.RootType;
        JsonSchemaExporter.GetJsonSchemaAsNode(JsonProfile.Schema.Options, rootType, options);

        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = IdOf(document),
            ["title"] = document.Title,
            ["description"] = document.Description,
        };
        var allDefs = new JsonObject();
        if (!document.IsVersioned)
        {
            root["$ref"] = Ref(rootType.Name);
            foreach (var (name, def) in defs)
            {
                allDefs[name] = def;
            }
        }
        else
        {
            var current = SchemaVersion.Parse(document.CurrentVersion);
            var minors = string.Join("|", Enumerable.Range(0, current.Minor + 1));
            root["type"] = "object";
            root["required"] = new JsonArray("schemaVersion");
            root["properties"] = new JsonObject
            {
                ["schemaVersion"] = new JsonObject
                {
                    ["description"] = $"MAJOR.MINOR. This schema describes version {current} exactly; a document of a newer minor version {current.Major}.x may carry members it does not list, which readers keep.",
                    ["type"] = "string",
                    ["pattern"] = $"^{current.Major}\\.(0|[1-9][0-9]*)$",
                },
            };
            root["if"] = new JsonObject { ["properties"] = new JsonObject { ["schemaVersion"] = new JsonObject { ["type"] = "string", ["pattern"] = $"^{current.Major}\\.({minors})$" } } };
            root["then"] = new JsonObject { ["$ref"] = Ref(rootType.Name) };
            root["else"] = new JsonObject { ["$ref"] = Ref(rootType.Name + NewerMinorSuffix) };
            foreach (var (name, def) in defs)
            {
                allDefs[name] = def;
            }

            foreach (var (name, def) in defs)
            {
                allDefs[name + NewerMinorSuffix] = Tolerant(def);
            }
        }

        root["$defs"] = allDefs;
        return root.ToJsonString(OutputOptions) + "\n";
    }

    private static JsonNode Complete(JsonSchemaExporterContext context, JsonNode node, SortedDictionary<string, JsonObject> defs)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var property = context.PropertyInfo;
        if (StringForm(underlying) is { } form)
        {
            node = form;
            if (underlying != type)
            {
                node["type"] = new JsonArray("string", "null");
            }
        }

        if (node is not JsonObject schema)
        {
            return node;
        }

        // A list of coded values: the exporter leaves out "items" for an element it knows only as "anything".
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && !schema.ContainsKey("items")
            && context.TypeInfo.ElementType is { } element && StringForm(Nullable.GetUnderlyingType(element) ?? element) is { } elementForm)
        {
            schema["items"] = elementForm;
        }

        if (property?.DeclaringType == typeof(Source))
        {
            if (property.Name == "url")
            {
                schema["pattern"] = "^https?://";
                schema["description"] = "An absolute http or https address where the source can be read.";
            }
            else if (property.Name == "title")
            {
                schema["pattern"] = "\\S";
            }
        }

        if (property?.DeclaringType == typeof(HsEditionChapters) && property.Name == "chapters")
        {
            schema["pattern"] = "^[0-9]{2}(-[0-9]{2})?(,[0-9]{2}(-[0-9]{2})?)*$";
            schema["description"] = "Chapter numbers of two digits and inclusive ranges of them, separated by commas: \"01-76,78-97\".";
        }

        // Amounts: the validator refuses a negative value, net weight or quantity (AMC2001, AMC2002), and the reader a number
        // a decimal cannot hold (AMC4007).
        if (property?.DeclaringType == typeof(TradeRecord) && property.Name is "value" or "netWeightKg" or "quantity")
        {
            schema["minimum"] = 0;
            schema["maximum"] = decimal.MaxValue;
        }

        // The share of the source value a converted record holds: the reader refuses anything else (AMC4007).
        if (property?.DeclaringType == typeof(HsConversion) && property.Name == "weight")
        {
            schema["minimum"] = 0;
            schema["maximum"] = 1;
        }

        if (IsType(schema, "integer"))
        {
            var (minimum, maximum) = RangeOf(underlying, property);
            schema["minimum"] = minimum;
            schema["maximum"] = maximum;
        }

        if (IsType(schema, "string") && !schema.ContainsKey("pattern") && !schema.ContainsKey("enum"))
        {
            schema["maxLength"] = JsonRules.MaxStringLength;
        }

        if (context.TypeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return schema;
        }

        var nullable = schema["type"] is JsonArray;
        if (!schema.ContainsKey("properties"))
        {
            // A type met before: the exporter points at its first place, which moves to $defs.
            return schema.ContainsKey("$ref") ? Reference(underlying.Name, nullable) : schema;
        }

        // An object type: completed, put in $defs once, and referred to.
        var required = underlying == typeof(TradeRecord) ? TradeRecordJson.Record.RequiredNames
            : underlying == typeof(TradeBreakdown) ? TradeRecordJson.Breakdown.RequiredNames
            : underlying == typeof(HsConversion) ? TradeRecordJson.Conversion.RequiredNames
            : null;
        if (required is not null)
        {
            schema["required"] = new JsonArray([.. required.Select(static m => (JsonNode)m)]);
        }

        if (nullable)
        {
            schema["type"] = "object";
        }

        defs.TryAdd(underlying.Name, schema);
        return Reference(underlying.Name, nullable);
    }

    private static JsonObject Reference(string name, bool nullable)
    {
        var reference = new JsonObject { ["$ref"] = Ref(name) };
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
    }

    // The values written as strings of a set form; the exporter knows them only as "anything" (custom converters).
    private static JsonObject? StringForm(Type type)
    {
        (string Pattern, string Description)? form = type switch
        {
            _ when type == typeof(AreaCode) => ("^[0-9]{3}$", "A UN M49 / UN Comtrade area code: three digits with leading zeros (\"096\"); \"000\" is the World."),
            _ when type == typeof(HsCode) => ($"^(TOTAL|{ChaptersPattern()}([0-9]{{2}}){{0,2}})$", $"A Harmonized System code of 2, 4 or 6 digits with leading zeros (\"010121\") in a chapter of some HS edition or UN Comtrade's 99 (never {string.Join(" or ", Enumerable.Range(1, 99).Except(Chapters()).Select(static c => c.ToString("D2", CultureInfo.InvariantCulture)))}), or \"TOTAL\"."),
            _ when type == typeof(TradePeriod) => ($"^{Year}(-{Month})?$", "A calendar year (\"2018\") or month (\"2018-06\")."),
            _ when type == typeof(PartialDate) => ($"^{PartialDatePattern}$", "A date known to the year, month or day: \"2013\", \"2011-12\", \"2005-08-04\"."),
            _ when type == typeof(PartialDateRange) => ($"^{PartialDatePattern}(/({PartialDatePattern}|\\.\\.))?$", "A date, a range of dates or an open range, ISO 8601: \"2016-06\", \"2016/2020\", \"2010/..\"."),
            _ when type == typeof(LocalDate) => ($"^{Year}-{Month}-{Day}$", "A calendar date, ISO 8601: \"1967-08-08\"."),
            _ when type == typeof(YearMonth) => ($"^{Year}-{Month}$", "A calendar month, ISO 8601: \"2018-06\"."),
            _ when type == typeof(TradeRecordFlags) => (FlagsPattern(), "What the source says about how the figure was obtained: flag names separated by commas, or \"none\"."),
            _ => null,
        };
        if (form is not { } f)
        {
            return null;
        }

        var schema = new JsonObject { ["description"] = f.Description, ["type"] = "string", ["pattern"] = f.Pattern };
        if (type == typeof(LocalDate))
        {
            schema["format"] = "date";
        }

        return schema;
    }

    // The chapters of any HS edition and UN Comtrade's, from the nomenclature the validator checks against (AMC2006),
    // grouped by their first digit: "(0[1-9]|...|7[012345689]|...|9[012345679])".
    private static string ChaptersPattern()
    {
        var groups = Chapters().GroupBy(static c => c / 10).Select(static g =>
        {
            var units = g.Select(static c => c % 10).ToList();
            var first = g.Key.ToString(CultureInfo.InvariantCulture);
            return units.Count == 10 ? $"{first}[0-9]"
                : units.Count == units[^1] - units[0] + 1 ? $"{first}[{units[0]}-{units[^1]}]"
                : $"{first}[{string.Concat(units)}]";
        });
        return $"({string.Join("|", groups)})";
    }

    private static IEnumerable<int> Chapters() =>
        Enumerable.Range(1, 99).Where(static c => HsNomenclature.Default.Exists(HsCode.Parse(c.ToString("D2", CultureInfo.InvariantCulture)), HsRevision.AsReported));

    private static string FlagsPattern()
    {
        var names = string.Join("|", Enum.GetValues<TradeRecordFlags>().Select(static f => JsonNamingPolicy.CamelCase.ConvertName(f.ToString())));
        return $"^ *({names})( *, *({names}))* *$";
    }

    private static (long Minimum, long Maximum) RangeOf(Type type, JsonPropertyInfo? property)
    {
        if (property?.DeclaringType == typeof(TradeBreakdown) && property.Name == "customsProcedure")
        {
            return (0, TradeRecordJson.MaxCustomsProcedure);
        }

        if (property?.DeclaringType == typeof(HsChapterTitle) && property.Name == "chapter")
        {
            return (1, 99);
        }

        if (property?.DeclaringType == typeof(TradeRecord) && property.Name == "quantityUnitCode")
        {
            return (short.MinValue, short.MaxValue);
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte => (byte.MinValue, byte.MaxValue),
            TypeCode.Int16 => (short.MinValue, short.MaxValue),
            TypeCode.UInt16 => (ushort.MinValue, ushort.MaxValue),
            TypeCode.UInt32 => (uint.MinValue, uint.MaxValue),
            TypeCode.Int64 => (long.MinValue, long.MaxValue),
            _ => (int.MinValue, int.MaxValue),
        };
    }

    private static bool IsType(JsonObject schema, string type) => schema["type"] switch
    {
        JsonValue value => value.GetValue<string>() == type,
        JsonArray types => types.Any(t => t?.GetValue<string>() == type),
        _ => false,
    };

    // The same definition for a document of a newer minor version: members it does not list are allowed.
    private static JsonObject Tolerant(JsonObject def)
    {
        var copy = def.DeepClone().AsObject();
        Rewrite(copy);
        return copy;

        static void Rewrite(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    obj.Remove("additionalProperties");
                    if (obj["$ref"] is JsonValue reference)
                    {
                        obj["$ref"] = reference.GetValue<string>() + NewerMinorSuffix;
                    }

                    foreach (var (_, child) in obj.ToList())
                    {
                        Rewrite(child);
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Rewrite(child);
                    }

                    break;
            }
        }
    }

    private static string Ref(string name) => $"#/$defs/{name}";
}
