using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.DataPackages;

/// <summary>
/// The Frictionless Data Package (v2) descriptor, <c>datapackage.json</c>, of a trade dataset in any format the library
/// writes (<see cref="TradeDataFormat"/>): one tabular resource whose paths are the dataset's files and whose Table Schema
/// is generated from the published JSON schema of a trade record (<c>trade-record.schema.json</c>: the same names, types,
/// patterns, enumerations and required members), with the primary key of a trade figure, the licences and the sources.
/// The one generator of descriptors: the JSON Lines, CSV and Parquet writers all use it.
/// </summary>
public static class TradeDataPackage
{
    /// <summary>The file name of the descriptor in a dataset folder.</summary>
    public const string FileName = "datapackage.json";

    /// <summary>The end of the name of a descriptor beside a single file: <c>trade.jsonl</c> has <c>trade.datapackage.json</c>.</summary>
    public const string FileSuffix = ".datapackage.json";

    /// <summary>The Data Package profile the descriptor declares.</summary>
    public const string Profile = "https://datapackage.org/profiles/2.0/datapackage.json";

    /// <summary>The Table Schema profile the resource's schema declares.</summary>
    public const string TableSchemaProfile = "https://datapackage.org/profiles/2.0/tableschema.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The columns that identify a trade figure in a format (no two rows of a dataset share them): the figure's key and
    /// the breakdown, as three columns in the flat formats and as the <c>breakdown</c> object in JSON Lines.
    /// </summary>
    /// <param name="format">The format of the files.</param>
    /// <returns>The column names, in order.</returns>
    public static IReadOnlyList<string> PrimaryKey(TradeDataFormat format) => format == TradeDataFormat.JsonLines
        ? ["period", "reporter", "partner", "flow", "commodity", "revision", "breakdown"]
        : ["period", "reporter", "partner", "flow", "commodity", "revision", "secondPartner", "customsProcedure", "transportMode"];

    /// <summary>Makes the descriptor of a dataset.</summary>
    /// <param name="format">The format of the files.</param>
    /// <param name="name">The package name: lower case letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</param>
    /// <param name="paths">The files, relative to the folder of the descriptor, with <c>/</c> separators.</param>
    /// <param name="licenses">The licences of the data (the caller knows them; none is invented). None leaves the member out: the profile wants at least one when it is there.</param>
    /// <param name="sources">Where the data came from; none leaves the member out.</param>
    /// <returns>The descriptor, as JSON text with a final line break.</returns>
    /// <exception cref="ArgumentException">The name is not a valid package name, there is no path, or a path is absolute or climbs out of the folder.</exception>
    public static string Create(TradeDataFormat format, string name, IReadOnlyList<string> paths, IReadOnlyList<TradeDataPackageSource> licenses, IReadOnlyList<TradeDataPackageSource> sources)
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

        // The profile's rule for a file path: relative, POSIX, never climbing out of the package's folder.
        if (paths.FirstOrDefault(static p => p.Length == 0 || p[0] is '/' or '.' or '~' || p.Contains("..", StringComparison.Ordinal) || p.Contains('\\', StringComparison.Ordinal)) is { } bad)
        {
            throw new ArgumentException($"'{bad}' is not a relative path inside the package's folder with '/' separators.", nameof(paths));
        }

        var resource = new JsonObject
        {
            ["name"] = "trade-records",
            ["type"] = "table",
            ["path"] = paths.Count == 1 ? paths[0] : new JsonArray([.. paths.Select(static p => (JsonNode)p)]),
        };
        foreach (var (member, value) in FormatMembers(format))
        {
            resource[member] = value;
        }

        resource["schema"] = TableSchema(format);
        var package = new JsonObject
        {
            ["$schema"] = Profile,
            ["name"] = name,
        };
        if (licenses.Count > 0)
        {
            package["licenses"] = Sources(licenses, "name");
        }

        if (sources.Count > 0)
        {
            package["sources"] = Sources(sources, "title");
        }

        package["resources"] = new JsonArray(resource);
        return package.ToJsonString(Indented) + "\n";
    }

    /// <summary>
    /// Writes the descriptor of a dataset to <paramref name="path"/> (<c>datapackage.json</c> in a dataset folder; beside a
    /// single file, a name such as <c>trade.datapackage.json</c> keeps the descriptors of several files in one folder
    /// apart), through a temporary file moved into place; an existing descriptor is replaced only when
    /// <paramref name="overwrite"/> is true. The files' paths are written relative to the descriptor's folder.
    /// </summary>
    /// <param name="path">The descriptor's file.</param>
    /// <param name="format">The format of the files.</param>
    /// <param name="files">The dataset's files (full or relative to the working folder), inside the descriptor's folder.</param>
    /// <param name="name">The package name.</param>
    /// <param name="licenses">The licences of the data.</param>
    /// <param name="sources">Where the data came from.</param>
    /// <param name="overwrite">Whether an existing descriptor may be replaced.</param>
    /// <returns>The full path of the descriptor.</returns>
    /// <exception cref="IOException">The descriptor exists and <paramref name="overwrite"/> is false.</exception>
    public static string Write(string path, TradeDataFormat format, IReadOnlyList<string> files, string name, IReadOnlyList<TradeDataPackageSource> licenses, IReadOnlyList<TradeDataPackageSource> sources, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        var target = Path.GetFullPath(path);
        var root = Path.GetDirectoryName(target)!;
        var text = Create(format, name, [.. files.Select(f => Path.GetRelativePath(root, Path.GetFullPath(f)).Replace('\\', '/'))], licenses, sources);
        if (!overwrite && File.Exists(target))
        {
            throw new IOException($"{target}: the file exists; it is not replaced.");
        }

        var temporary = Path.Combine(root, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, target, overwrite);
        return target;
    }

    /// <summary>
    /// The Table Schema of a format, generated from the JSON schema of a trade record: its members in its order; in the
    /// flat formats the breakdown's three members in place of the object, and <c>year</c> and <c>month</c> after the period.
    /// </summary>
    /// <param name="format">The format of the files.</param>
    /// <returns>The Table Schema.</returns>
    public static JsonObject TableSchema(TradeDataFormat format)
    {
        using var schema = JsonDocument.Parse(AseanMineralsJson.GetSchema(JsonSchemaKind.TradeRecord));
        var defs = schema.RootElement.GetProperty("$defs");
        var record = defs.GetProperty("TradeRecord");
        var required = record.GetProperty("required").EnumerateArray().Select(static r => r.GetString()!).ToHashSet(StringComparer.Ordinal);
        var flat = format != TradeDataFormat.JsonLines;
        var fields = new JsonArray();
        foreach (var member in record.GetProperty("properties").EnumerateObject())
        {
            if (member.Name == "conversion")
            {
                // A converted record's source (HS code, edition, weight): an object in JSON Lines, three nullable columns
                // in the flat formats (all empty for a record as reported).
                if (flat)
                {
                    foreach (var part in defs.GetProperty("HsConversion").GetProperty("properties").EnumerateObject())
                    {
                        var field = Field(string.Concat("conversion", part.Name[..1].ToUpperInvariant(), part.Name[1..]), part.Value, required: false, format);
                        field["description"] ??= part.Name == "weight"
                            ? format == TradeDataFormat.Csv
                                ? "The share of the source record's value this record holds, from 0 to 1, exact (every decimal written); empty for a record as reported."
                                : "The share of the source record's value this record holds, from 0 to 1, exact: a DECIMAL(29, 28) column; empty for a record as reported."
                            : $"The {(part.Name == "sourceRevision" ? "HS edition" : "HS code")} a converted record's value was reported in; empty for a record as reported.";
                        fields.Add((JsonNode)field);
                    }
                }
                else
                {
                    fields.Add((JsonNode)new JsonObject
                    {
                        ["name"] = "conversion",
                        ["type"] = "object",
                        ["description"] = "Where a record converted to another HS edition came from (sourceCommodity, sourceRevision, weight); absent for a record as reported.",
                    });
                }

                continue;
            }

            if (member.Name == "breakdown")
            {
                if (flat)
                {
                    // Flattened as the files have it; every part has its total (World, 0, 0) when the row is an aggregate.
                    foreach (var part in defs.GetProperty("TradeBreakdown").GetProperty("properties").EnumerateObject())
                    {
                        fields.Add((JsonNode)Field(part.Name, part.Value, required: true, format));
                    }
                }
                else
                {
                    fields.Add((JsonNode)new JsonObject
                    {
                        ["name"] = "breakdown",
                        ["type"] = "object",
                        ["description"] = "The breakdown of the figure (secondPartner, customsProcedure, transportMode); absent for the total (\"000\", 0, 0).",
                    });
                }

                continue;
            }

            // In the flat formats every column is written; in JSON Lines a member at its default is left out.
            fields.Add((JsonNode)Field(member.Name, member.Value, required.Contains(member.Name) || (flat && member.Name is "revision" or "flags"), format));
            if (flat && member.Name == "period")
            {
                fields.Add((JsonNode)new JsonObject { ["name"] = "year", ["type"] = "integer", ["description"] = "The year of the period.", ["constraints"] = new JsonObject { ["required"] = true, ["minimum"] = 1L, ["maximum"] = 9999L } });
                fields.Add((JsonNode)new JsonObject { ["name"] = "month", ["type"] = "integer", ["description"] = "The month of a monthly period; empty for a year.", ["constraints"] = new JsonObject { ["minimum"] = 1L, ["maximum"] = 12L } });
            }
        }

        return new JsonObject
        {
            ["$schema"] = TableSchemaProfile,
            ["fields"] = fields,
            ["primaryKey"] = new JsonArray([.. PrimaryKey(format).Select(static k => (JsonNode)k)]),
        };
    }

    private static IEnumerable<(string Member, JsonNode Value)> FormatMembers(TradeDataFormat format) => format switch
    {
        TradeDataFormat.JsonLines => [("format", "jsonl"), ("encoding", "utf-8")],
        TradeDataFormat.Csv => [("format", "csv"), ("mediatype", "text/csv"), ("encoding", "utf-8")],
        TradeDataFormat.Parquet => [("format", "parquet"), ("mediatype", "application/vnd.apache.parquet")],
        TradeDataFormat.Arrow => [("format", "arrow"), ("mediatype", "application/vnd.apache.arrow.file")],
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a trade data format"),
    };

    private static JsonObject Field(string name, JsonElement member, bool required, TradeDataFormat format)
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
            field["description"] = format is TradeDataFormat.Parquet or TradeDataFormat.Arrow
                ? "The trade value in US dollars, exact: a DECIMAL(38, scale) column."
                : "The trade value in US dollars, exact: a decimal number, never rounded.";
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
