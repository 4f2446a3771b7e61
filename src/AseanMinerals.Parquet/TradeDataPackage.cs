using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Parquet;

/// <summary>
/// The Frictionless Data Package (v2) descriptor, <c>datapackage.json</c>, of a trade dataset: one tabular resource whose
/// paths are the dataset's files and whose Table Schema is generated from the published JSON schema of a trade record
/// (<c>trade-record.schema.json</c>: the same names, types, patterns, enumerations and required members), with the
/// primary key of a trade figure, the licences and the sources.
/// </summary>
public static class TradeDataPackage
{
    /// <summary>The file name of the descriptor, beside the dataset.</summary>
    public const string FileName = "datapackage.json";

    /// <summary>The Data Package profile the descriptor declares.</summary>
    public const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    /// <summary>The columns that identify a trade figure: no two rows of a dataset share them.</summary>
    public static IReadOnlyList<string> PrimaryKey { get; } =
        ["period", "reporter", "partner", "flow", "commodity", "revision", "secondPartner", "customsProcedure", "transportMode"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Makes the descriptor of Parquet files written by <see cref="TradeParquet"/>.</summary>
    /// <param name="name">The package name: lower case letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</param>
    /// <param name="paths">The files, relative to the folder of the descriptor, with <c>/</c> separators.</param>
    /// <param name="licenses">The licences of the data (the caller knows them; none is invented).</param>
    /// <param name="sources">Where the data came from.</param>
    /// <returns>The descriptor, as JSON text with a final line break.</returns>
    /// <exception cref="ArgumentException">The name is not a valid package name, or there is no path.</exception>
    public static string CreateForParquet(string name, IReadOnlyList<string> paths, IReadOnlyList<TradeDataPackageSource> licenses, IReadOnlyList<TradeDataPackageSource> sources)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(licenses);
        ArgumentNullException.ThrowIfNull(sources);
        if (string.IsNullOrEmpty(name) || name.Any(static c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ArgumentException($"'{name}' is not a package name: lower case letters, digits, '-', '_' and '.'.", nameof(name));
        }

        if (paths.Count == 0)
        {
            throw new ArgumentException("A resource needs at least one file.", nameof(paths));
        }

        var resource = new JsonObject
        {
            ["name"] = "trade-records",
            ["type"] = "table",
            ["path"] = paths.Count == 1 ? paths[0] : new JsonArray([.. paths.Select(static p => (JsonNode)p)]),
            ["format"] = "parquet",
            ["mediatype"] = "application/vnd.apache.parquet",
            ["schema"] = TableSchema(),
        };
        var package = new JsonObject
        {
            ["$schema"] = Profile,
            ["name"] = name,
            ["licenses"] = Sources(licenses, "name"),
            ["sources"] = Sources(sources, "title"),
            ["resources"] = new JsonArray(resource),
        };
        return package.ToJsonString(Indented) + "\n";
    }

    /// <summary>
    /// Writes the descriptor of a Parquet writing to <c>datapackage.json</c> in <paramref name="folder"/> (the dataset
    /// folder, or the folder of a single file), through a temporary file moved into place; an existing descriptor is
    /// replaced only when <paramref name="overwrite"/> is true.
    /// </summary>
    /// <param name="folder">The folder the paths are made relative to.</param>
    /// <param name="written">What the writing made.</param>
    /// <param name="name">The package name.</param>
    /// <param name="licenses">The licences of the data.</param>
    /// <param name="sources">Where the data came from.</param>
    /// <param name="overwrite">Whether an existing descriptor may be replaced.</param>
    /// <returns>The path of the descriptor.</returns>
    /// <exception cref="IOException">The descriptor exists and <paramref name="overwrite"/> is false.</exception>
    public static string Write(string folder, TradeParquetWriteResult written, string name, IReadOnlyList<TradeDataPackageSource> licenses, IReadOnlyList<TradeDataPackageSource> sources, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(written);
        var root = System.IO.Path.GetFullPath(folder);
        var text = CreateForParquet(name, [.. written.Files.Select(f => System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'))], licenses, sources);
        var target = System.IO.Path.Combine(root, FileName);
        if (!overwrite && File.Exists(target))
        {
            throw new IOException($"{target}: the file exists; it is not replaced.");
        }

        var temporary = System.IO.Path.Combine(root, $".{FileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, target, overwrite);
        return target;
    }

    /// <summary>
    /// The Table Schema of the Parquet columns, generated from the JSON schema of a trade record: its members in its
    /// order, the breakdown's three members in place of the object, and <c>year</c> and <c>month</c> after the period (a
    /// record's <c>conversion</c> is not a Parquet column: it is left out).
    /// </summary>
    /// <returns>The Table Schema.</returns>
    public static JsonObject TableSchema()
    {
        using var schema = JsonDocument.Parse(AseanMineralsJson.GetSchema(JsonSchemaKind.TradeRecord));
        var defs = schema.RootElement.GetProperty("$defs");
        var record = defs.GetProperty("TradeRecord");
        var required = record.GetProperty("required").EnumerateArray().Select(static r => r.GetString()!).ToHashSet(StringComparer.Ordinal);
        var fields = new JsonArray();
        foreach (var member in record.GetProperty("properties").EnumerateObject())
        {
            if (member.Name == "conversion")
            {
                continue; // not a column of the Parquet files yet: a converted record's source is carried in JSON Lines only
            }

            if (member.Name == "breakdown")
            {
                // Flattened as the Parquet files have it; every part has its total (World, 0, 0) when the row is an aggregate.
                foreach (var part in defs.GetProperty("TradeBreakdown").GetProperty("properties").EnumerateObject())
                {
                    fields.Add((JsonNode)Field(part.Name, part.Value, required: true));
                }

                continue;
            }

            fields.Add((JsonNode)Field(member.Name, member.Value, required.Contains(member.Name) || member.Name is "revision" or "flags"));
            if (member.Name == "period")
            {
                fields.Add((JsonNode)new JsonObject { ["name"] = "year", ["type"] = "integer", ["description"] = "The year of the period.", ["constraints"] = new JsonObject { ["required"] = true, ["minimum"] = 1L, ["maximum"] = 9999L } });
                fields.Add((JsonNode)new JsonObject { ["name"] = "month", ["type"] = "integer", ["description"] = "The month of a monthly period; empty for a year.", ["constraints"] = new JsonObject { ["minimum"] = 1L, ["maximum"] = 12L } });
            }
        }

        return new JsonObject
        {
            ["$schema"] = "https://datapackage.org/profiles/2.0/tableschema.json",
            ["fields"] = fields,
            ["primaryKey"] = new JsonArray([.. PrimaryKey.Select(static k => (JsonNode)k)]),
        };
    }

    private static JsonObject Field(string name, JsonElement member, bool required)
    {
        var field = new JsonObject { ["name"] = name };
        var constraints = new JsonObject();
        if (required)
        {
            constraints["required"] = true;
        }

        if (member.TryGetProperty("enum", out var values))
        {
            field["type"] = "string";
            constraints["enum"] = JsonNode.Parse(values.GetRawText());
        }
        else
        {
            var type = member.GetProperty("type");
            var jsonType = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().First(static t => t.GetString() != "null").GetString() : type.GetString();
            field["type"] = jsonType switch
            {
                "number" => "number",
                "integer" => "integer",
                _ => "string",
            };
        }

        if (name == "value")
        {
            field["description"] = "The trade value in US dollars, exact: DECIMAL(38, 9) in the Parquet files.";
        }
        else if (member.TryGetProperty("description", out var description))
        {
            field["description"] = description.GetString();
        }

        if (member.TryGetProperty("pattern", out var pattern))
        {
            constraints["pattern"] = pattern.GetString();
        }

        foreach (var bound in (ReadOnlySpan<string>)["minimum", "maximum"])
        {
            if (member.TryGetProperty(bound, out var limit))
            {
                // As written in the schema: the value's maximum (the largest decimal) does not fit a long.
                constraints[bound] = JsonNode.Parse(limit.GetRawText());
            }
        }

        if (constraints.Count > 0)
        {
            field["constraints"] = constraints;
        }

        return field;
    }

    private static JsonArray Sources(IReadOnlyList<TradeDataPackageSource> items, string titleMember)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            var entry = new JsonObject { [titleMember] = item.Title };
            if (item.Path is not null)
            {
                entry["path"] = item.Path;
            }

            array.Add((JsonNode)entry);
        }

        return array;
    }
}
