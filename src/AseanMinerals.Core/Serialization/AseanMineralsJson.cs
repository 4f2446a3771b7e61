using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanMinerals.Core.ReferenceData;
using NodaTime.Serialization.SystemTextJson;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// The one door to the library's JSON: ready options, and reading and writing of its documents. camelCase names, enums as
/// strings, codes as strings (<c>"096"</c>), dates in ISO 8601, exact decimals, nulls left out.
/// </summary>
public static class AseanMineralsJson
{
    /// <summary>The options the library reads and writes with (read-only; copy them to change them).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>
    /// Configures options for the library's types: adds its source-generated metadata ahead of any other resolver and the
    /// NodaTime converters its types use. Returns the options for chaining.
    /// </summary>
    /// <param name="options">The options to configure (not read-only).</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions ConfigureForAseanMinerals(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.YearMonthConverter);
        options.TypeInfoResolverChain.Insert(0, AseanMineralsJsonContext.Default);
        return options;
    }

    /// <summary>Writes a reference-data document as JSON.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ReferenceDataSet document) => JsonSerializer.Serialize(document, TypeInfo<ReferenceDataSet>());

    /// <summary>Reads a reference-data document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static ReferenceDataSet DeserializeReferenceData(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(() => JsonSerializer.Deserialize(json, TypeInfo<ReferenceDataSet>()));
    }

    /// <summary>Reads a reference-data document from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static ReferenceDataSet DeserializeReferenceData(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(() => JsonSerializer.Deserialize(utf8Json, TypeInfo<ReferenceDataSet>()));
    }

    private static T Read<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read() ?? throw new AseanMineralsJsonException("AMC4001", "The document is null; a JSON object is expected.", "$", 1, 0);
        }
        catch (JsonException e)
        {
            throw new AseanMineralsJsonException("AMC4001", e.Message, e.Path, e.LineNumber + 1, e.BytePositionInLine, e);
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(AseanMineralsJsonContext.Default.Options);
        options.TypeInfoResolverChain.Clear();
        options.ConfigureForAseanMinerals();
        options.MakeReadOnly();
        return options;
    }
}
