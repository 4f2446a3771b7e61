using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AseanMinerals.Testing.DataPackages;

/// <summary>
/// Validates a <c>datapackage.json</c> against the published Frictionless profiles vendored beside this file (see its
/// SOURCE.md: the v1 Data Package and Table Schema profiles, the only ones a reachable registry ships) with JsonSchema.Net,
/// and against the v2 rules the library's descriptor relies on, checked by hand.
/// </summary>
public static class DataPackageProfiles
{
    /// <summary>The v2 field types (Table Schema v2, "Field Types").</summary>
    public static IReadOnlySet<string> V2FieldTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "string", "number", "integer", "boolean", "object", "array", "list", "datetime", "date", "time", "year", "yearmonth", "duration", "geopoint", "geojson", "any",
    };

    private static readonly Lazy<(JsonSchema Package, JsonSchema TableSchema)> Schemas = new(Load);

    /// <summary>The text of a vendored profile (<c>data-package.json</c> or <c>table-schema.json</c>).</summary>
    public static string Text(string fileName)
    {
        using var stream = typeof(DataPackageProfiles).Assembly.GetManifestResourceStream($"AseanMinerals.Testing.DataPackages.{fileName}")
            ?? throw new InvalidOperationException($"{fileName} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Every problem of a descriptor: each failure of the Data Package profile, of the Table Schema profile for each
    /// resource's schema, and each broken v2 rule; empty when it is valid.
    /// </summary>
    public static IReadOnlyList<string> Problems(string descriptor)
    {
        var (package, tableSchema) = Schemas.Value;
        using var document = JsonDocument.Parse(descriptor);
        var problems = Failures("data-package.json", package.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List })).ToList();
        if (document.RootElement.TryGetProperty("resources", out var resources) && resources.ValueKind == JsonValueKind.Array)
        {
            foreach (var resource in resources.EnumerateArray())
            {
                if (resource.TryGetProperty("schema", out var schema))
                {
                    problems.AddRange(Failures("table-schema.json", tableSchema.Evaluate(schema, new EvaluationOptions { OutputFormat = OutputFormat.List })));
                }
            }
        }

        problems.AddRange(V2Problems(JsonNode.Parse(descriptor)!.AsObject()));
        return problems;
    }

    /// <summary>
    /// The v2 rules the v1 profiles cannot check (Data Package v2, Data Resource v2, Table Schema v2): the package and the
    /// Table Schema declare their v2 profiles in <c>$schema</c>; a tabular resource says <c>"type": "table"</c>; field
    /// names are unique; every primary key column is a field; each field's type is a v2 type.
    /// </summary>
    public static IEnumerable<string> V2Problems(JsonObject package)
    {
        if (package["$schema"]?.GetValue<string>() != "https://datapackage.org/profiles/2.0/datapackage.json")
        {
            yield return "$schema: not the Data Package v2 profile";
        }

        foreach (var resource in package["resources"]?.AsArray() ?? [])
        {
            var name = resource?["name"]?.GetValue<string>();
            if (resource?["type"]?.GetValue<string>() != "table")
            {
                yield return $"resource {name}: type is not \"table\"";
            }

            var schema = resource?["schema"]?.AsObject();
            if (schema?["$schema"]?.GetValue<string>() != "https://datapackage.org/profiles/2.0/tableschema.json")
            {
                yield return $"resource {name}: the schema's $schema is not the Table Schema v2 profile";
            }

            var fields = schema?["fields"]?.AsArray().Select(f => f?["name"]?.GetValue<string>()).OfType<string>().ToList() ?? [];
            foreach (var duplicate in fields.GroupBy(f => f, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                yield return $"resource {name}: the field {duplicate.Key} is named twice";
            }

            foreach (var key in schema?["primaryKey"]?.AsArray().Select(k => k!.GetValue<string>()) ?? [])
            {
                if (!fields.Contains(key))
                {
                    yield return $"resource {name}: the primary key column {key} is not a field";
                }
            }

            foreach (var field in schema?["fields"]?.AsArray() ?? [])
            {
                var type = field?["type"]?.GetValue<string>() ?? "any";
                if (!V2FieldTypes.Contains(type))
                {
                    yield return $"resource {name}: the field {field?["name"]} has the type {type}, not a v2 type";
                }
            }
        }
    }

    private static IEnumerable<string> Failures(string profile, EvaluationResults results) =>
        results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{profile} {d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
                .DefaultIfEmpty($"{profile}: invalid");

    private static (JsonSchema, JsonSchema) Load()
    {
        // The profiles say draft-04; they use no keyword whose meaning changed since (a test checks), so draft 7 evaluates them.
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft07.With([], new Uri("http://json-schema.org/draft-04/schema")));
        JsonSchema Build(string file) => JsonSchema.FromText(Text(file), new BuildOptions { SchemaRegistry = new SchemaRegistry(), DialectRegistry = dialects });
        return (Build("data-package.json"), Build("table-schema.json"));
    }
}
