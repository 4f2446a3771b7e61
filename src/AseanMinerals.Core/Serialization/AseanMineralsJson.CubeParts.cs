using System.Text.Json;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Serialization.Internal;

namespace AseanMinerals.Core.Serialization;

// Partial cubes (TradeCubePart): cells computed on several machines, written, read back and merged.
public static partial class AseanMineralsJson
{
    /// <summary>Writes a partial cube as compact JSON: its classification, parts, statistics, coverage and cells (values exact).</summary>
    /// <param name="part">The partial cube.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(TradeCubePart part) => JsonSerializer.Serialize(part, WriteTypeInfo<TradeCubePart>(indented: false));

    /// <summary>Writes a partial cube as indented JSON.</summary>
    /// <param name="part">The partial cube.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeIndented(TradeCubePart part) => JsonSerializer.Serialize(part, WriteTypeInfo<TradeCubePart>(indented: true));

    /// <summary>Writes a partial cube to a stream as compact UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="part">The partial cube.</param>
    public static void Serialize(Stream utf8Json, TradeCubePart part) =>
        JsonSerializer.Serialize(utf8Json, part, WriteTypeInfo<TradeCubePart>(indented: false));

    /// <summary>Reads a partial cube.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The partial cube.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static TradeCubePart DeserializeTradeCubePart(string json) => DeserializeTradeCubePart(Utf8(json));

    /// <summary>Reads a partial cube from a UTF-8 stream (read to its end).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The partial cube.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static TradeCubePart DeserializeTradeCubePart(Stream utf8Json) => DeserializeTradeCubePart(ReadDocument(utf8Json));

    /// <summary>Reads a partial cube from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The bytes (a leading byte order mark is allowed).</param>
    /// <returns>The partial cube.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static TradeCubePart DeserializeTradeCubePart(ReadOnlySpan<byte> utf8Json) =>
        DocumentReader.Read<TradeCubePart>(utf8Json, TradeCubePart.CurrentSchemaVersion);
}
