using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Serialization.Schema;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// The one door to the library's JSON: ready options, reading and writing of its documents and of trade records as JSON
/// Lines, and the published JSON Schema. camelCase names, enums as strings, codes as strings (<c>"096"</c>), dates in ISO
/// 8601, decimals exact (never an exponent), nulls left out.
/// </summary>
/// <remarks>
/// <para>
/// Documents state a <c>schemaVersion</c>, <c>MAJOR.MINOR</c>. A document of this library's version or older is read
/// strictly: a member the schema does not define is an error. A document of a newer minor version is read with its unknown
/// members kept (<see cref="ExtensibleRecord.UnknownMembers"/>) and written back with them. Another major version is refused.
/// </para>
/// <para>
/// Reading is strict and all-or-nothing: malformed JSON, trailing content, duplicate members, wrong JSON types, missing
/// required members, numbers out of range, malformed codes and dates, nesting deeper than <see cref="JsonRules.MaxDepth"/>
/// and strings longer than <see cref="JsonRules.MaxStringLength"/> and documents larger than <see cref="JsonRules.MaxDocumentLength"/> each throw an <see cref="AseanMineralsJsonException"/>
/// naming the rule (<see cref="JsonRules"/>), the JSON path, the line and the byte position.
/// </para>
/// </remarks>
public static partial class AseanMineralsJson
{
    private static readonly Lazy<JsonSerializerOptions> IndentedOptions = new(static () =>
    {
        var options = new JsonSerializerOptions(JsonProfile.Tolerant.Options) { WriteIndented = true, IndentSize = 2 };
        options.MakeReadOnly();
        return options;
    });

    /// <summary>
    /// The options the library reads with, for users who compose their own types around the library's (read-only; copy them
    /// to change them). They refuse unknown members; they do not write back the unknown members of documents of a newer
    /// minor version (use <see cref="Serialize(ReferenceDataSet)"/> and its overloads for that), and their failures
    /// are the serializer's <see cref="JsonException"/>, without the document checks of the Deserialize methods.
    /// </summary>
    public static JsonSerializerOptions Options => JsonProfile.Strict.Options;

    /// <summary>
    /// Configures options for the library's types: adds their source-generated metadata ahead of any other resolver, the
    /// NodaTime converters they use and the trade record converters. Returns the options for chaining.
    /// </summary>
    /// <param name="options">The options to configure (not read-only).</param>
    /// <returns>The same options.</returns>
    public static JsonSerializerOptions ConfigureForAseanMinerals(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonProfile.Configure(options, keepUnknownMembers: false, withRecordConverters: true);
        return options;
    }

    /// <summary>Writes a reference-data document as compact JSON, with the unknown members it was read with.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ReferenceDataSet document) => JsonSerializer.Serialize(document, WriteTypeInfo<ReferenceDataSet>(indented: false));

    /// <summary>Writes a trade dataset document as compact JSON, with the unknown members it was read with.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(TradeDataset document) => JsonSerializer.Serialize(document, WriteTypeInfo<TradeDataset>(indented: false));

    /// <summary>Writes a commodity classification document as compact JSON, with the unknown members it was read with.</summary>
    /// <param name="document">The classification.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CommodityClassification document) => JsonSerializer.Serialize(document, WriteTypeInfo<CommodityClassification>(indented: false));

    /// <summary>Writes one trade record as a compact JSON object (one line of a JSON Lines file).</summary>
    /// <param name="record">The record.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(TradeRecord record) => JsonSerializer.Serialize(record, WriteTypeInfo<TradeRecord>(indented: false));

    /// <summary>Writes a reference-data document as JSON with one member a line, indented by two spaces (as the files in <c>seeds/</c>).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeIndented(ReferenceDataSet document) => JsonSerializer.Serialize(document, WriteTypeInfo<ReferenceDataSet>(indented: true));

    /// <summary>Writes a trade dataset document as JSON with one member a line, indented by two spaces.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeIndented(TradeDataset document) => JsonSerializer.Serialize(document, WriteTypeInfo<TradeDataset>(indented: true));

    /// <summary>Writes a commodity classification document as JSON with one member a line, indented by two spaces (as <c>seeds/classification/minerals.json</c>).</summary>
    /// <param name="document">The classification.</param>
    /// <returns>The JSON text.</returns>
    public static string SerializeIndented(CommodityClassification document) => JsonSerializer.Serialize(document, WriteTypeInfo<CommodityClassification>(indented: true));

    /// <summary>Writes a reference-data document to a stream as compact UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The document.</param>
    public static void Serialize(Stream utf8Json, ReferenceDataSet document) =>
        JsonSerializer.Serialize(utf8Json, document, WriteTypeInfo<ReferenceDataSet>(indented: false));

    /// <summary>Writes a trade dataset document to a stream as compact UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The document.</param>
    public static void Serialize(Stream utf8Json, TradeDataset document) =>
        JsonSerializer.Serialize(utf8Json, document, WriteTypeInfo<TradeDataset>(indented: false));

    /// <summary>Writes a commodity classification document to a stream as compact UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="document">The classification.</param>
    public static void Serialize(Stream utf8Json, CommodityClassification document) =>
        JsonSerializer.Serialize(utf8Json, document, WriteTypeInfo<CommodityClassification>(indented: false));

    /// <summary>Reads a reference-data document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static ReferenceDataSet DeserializeReferenceData(string json) => DeserializeReferenceData(Utf8(json));

    /// <summary>Reads a reference-data document from a UTF-8 stream (read to its end).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static ReferenceDataSet DeserializeReferenceData(Stream utf8Json) => DeserializeReferenceData(ReadDocument(utf8Json));

    /// <summary>Reads a reference-data document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The bytes (a leading byte order mark is allowed).</param>
    /// <returns>The document.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static ReferenceDataSet DeserializeReferenceData(ReadOnlySpan<byte> utf8Json) =>
        DocumentReader.Read<ReferenceDataSet>(utf8Json, ReferenceDataSet.CurrentSchemaVersion);

    /// <summary>Reads a trade dataset document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static TradeDataset DeserializeTradeDataset(string json) => DeserializeTradeDataset(Utf8(json));

    /// <summary>Reads a trade dataset document from a UTF-8 stream (read to its end; for millions of records prefer JSON Lines).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static TradeDataset DeserializeTradeDataset(Stream utf8Json) => DeserializeTradeDataset(ReadDocument(utf8Json));

    /// <summary>Reads a trade dataset document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The bytes (a leading byte order mark is allowed).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static TradeDataset DeserializeTradeDataset(ReadOnlySpan<byte> utf8Json) =>
        DocumentReader.Read<TradeDataset>(utf8Json, TradeDataset.CurrentSchemaVersion);

    /// <summary>
    /// Reads a commodity classification document (groups of HS prefixes and named scopes). Reading checks the JSON; call
    /// <see cref="CommodityClassification.Validate"/> or <see cref="CommodityClassification.Compile"/> for the
    /// classification rules (overlapping prefixes, unknown groups).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static CommodityClassification DeserializeClassification(string json) => DeserializeClassification(Utf8(json));

    /// <summary>Reads a commodity classification document from a UTF-8 stream (read to its end).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static CommodityClassification DeserializeClassification(Stream utf8Json) => DeserializeClassification(ReadDocument(utf8Json));

    /// <summary>Reads a commodity classification document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The bytes (a leading byte order mark is allowed).</param>
    /// <returns>The classification.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is malformed or breaks the schema; the exception names the place.</exception>
    public static CommodityClassification DeserializeClassification(ReadOnlySpan<byte> utf8Json) =>
        DocumentReader.Read<CommodityClassification>(utf8Json, CommodityClassification.CurrentSchemaVersion);

    /// <summary>Reads one trade record: a JSON object as <see cref="Serialize(TradeRecord)"/> writes it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The record.</returns>
    /// <exception cref="AseanMineralsJsonException">The JSON is not a valid trade record; the exception names the place.</exception>
    public static TradeRecord DeserializeTradeRecord(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var text = json.AsSpan().Trim();
        var utf8 = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..].ToString() : text.ToString());
        if (utf8.Length == 0)
        {
            throw AseanMineralsJsonException.Create(JsonRules.MalformedJson, "The text holds no trade record.", "$", 1, 0);
        }

        return TradeRecordJsonLinesReader.TryParseLine(utf8, 1, out var record, out var error) ? record : throw error!;
    }

    /// <summary>Reads trade records from a JSON Lines stream, in bounded memory, stopping at the first invalid line.</summary>
    /// <param name="utf8Lines">The stream; it is read, not closed.</param>
    /// <returns>The source: enumerate it once (<c>await foreach</c> or <c>foreach</c>), then look at its summary.</returns>
    /// <exception cref="ArgumentNullException">The stream is null.</exception>
    public static TradeRecordJsonLinesReader ReadTradeRecordLines(Stream utf8Lines) => ReadTradeRecordLines(utf8Lines, null);

    /// <summary>Reads trade records from JSON Lines coming through a pipe, in bounded memory, stopping at the first invalid line.</summary>
    /// <param name="utf8Lines">The pipe reader; it is read to its end.</param>
    /// <returns>The source: enumerate it once, then look at its summary.</returns>
    /// <exception cref="ArgumentNullException">The pipe reader is null.</exception>
    public static TradeRecordJsonLinesReader ReadTradeRecordLines(PipeReader utf8Lines) => ReadTradeRecordLines(utf8Lines, null);

    /// <summary>
    /// Reads trade records from a JSON Lines stream (UTF-8, one record a line, LF or CRLF, gzip-compressed or not), as they
    /// stream in, in bounded memory. The stream can be enumerated once.
    /// </summary>
    /// <param name="utf8Lines">The stream; it is read, not closed.</param>
    /// <param name="options">Stop at the first invalid line or collect them, the limits, the name issues give the stream (default <c>stream</c>); null for the defaults.</param>
    /// <returns>The source: enumerate it once (<c>await foreach</c> or <c>foreach</c>), then look at its summary.</returns>
    /// <exception cref="ArgumentNullException">The stream is null.</exception>
    public static TradeRecordJsonLinesReader ReadTradeRecordLines(Stream utf8Lines, TradeSourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Lines);
        options ??= TradeSourceOptions.Default;
        return new TradeRecordJsonLinesReader(options.SourceName ?? "stream", () => utf8Lines, reopens: false, leaveOpen: true, options);
    }

    /// <summary>Reads trade records from JSON Lines coming through a pipe, in bounded memory.</summary>
    /// <param name="utf8Lines">The pipe reader; it is read to its end.</param>
    /// <param name="options">Stop at the first invalid line or collect them, the limits, the name issues give the pipe; null for the defaults.</param>
    /// <returns>The source: enumerate it once, then look at its summary.</returns>
    /// <exception cref="ArgumentNullException">The pipe reader is null.</exception>
    public static TradeRecordJsonLinesReader ReadTradeRecordLines(PipeReader utf8Lines, TradeSourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Lines);
        return ReadTradeRecordLines(utf8Lines.AsStream(), options);
    }

    /// <summary>
    /// Prepares the reading of a JSON Lines file (<c>.jsonl</c>, <c>.ndjson</c>, or either gzip-compressed); nothing is read
    /// until it is enumerated, and each enumeration reads the file again from the start, with a new summary.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Stop at the first invalid line (the default) or collect them, the limits; the source name defaults to the path.</param>
    /// <returns>The source: enumerate it, then look at its summary.</returns>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    public static TradeRecordJsonLinesReader OpenTradeRecordLines(string path, TradeSourceOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= TradeSourceOptions.Default;
        return new TradeRecordJsonLinesReader(
            options.SourceName ?? path,
            () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous),
            reopens: true,
            leaveOpen: false,
            options);
    }

    /// <summary>Writes trade records as JSON Lines: one compact JSON object a line, each line ended by LF.</summary>
    /// <param name="utf8Lines">The stream to write to; it is flushed, not closed.</param>
    /// <param name="records">The records.</param>
    /// <returns>The number of records (lines) written.</returns>
    public static long WriteTradeRecordLines(Stream utf8Lines, IEnumerable<TradeRecord> records) =>
        RecordLines.Write(utf8Lines, records, new JsonLinesWriter());

    /// <summary>Writes trade records as JSON Lines, asynchronously.</summary>
    /// <param name="utf8Lines">The stream to write to; it is flushed, not closed.</param>
    /// <param name="records">The records, as they come.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The number of records (lines) written.</returns>
    public static Task<long> WriteTradeRecordLinesAsync(Stream utf8Lines, IAsyncEnumerable<TradeRecord> records, CancellationToken cancellationToken = default) =>
        RecordLines.WriteAsync(utf8Lines, records, new JsonLinesWriter(), cancellationToken);

    /// <summary>
    /// The published JSON Schema (draft 2020-12) of a kind of JSON the library reads, as shipped in the package
    /// (<c>data/schema/</c>) and kept in the repository (<c>seeds/schema/</c>), for validators in any language.
    /// </summary>
    /// <param name="kind">Which schema.</param>
    /// <returns>The schema text (UTF-8 JSON, LF line ends).</returns>
    public static string GetSchema(JsonSchemaKind kind) => EmbeddedSeed.ReadText("schema", GetSchemaFileName(kind));

    /// <summary>The file name a schema is published under, for example <c>trade-record.schema.json</c>.</summary>
    /// <param name="kind">Which schema.</param>
    /// <returns>The file name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string GetSchemaFileName(JsonSchemaKind kind) => JsonSchemaGenerator.FileNameOf(CheckKind(kind));

    /// <summary>The stable <c>$id</c> of a schema, by major version, for example <c>urn:asean-minerals:schema:trade-record:1</c>.</summary>
    /// <param name="kind">Which schema.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string GetSchemaId(JsonSchemaKind kind) => JsonSchemaGenerator.IdOf(CheckKind(kind));

    private static JsonSchemaKind CheckKind(JsonSchemaKind kind) =>
        Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined schema kind.");

    private static JsonTypeInfo<T> WriteTypeInfo<T>(bool indented) =>
        (JsonTypeInfo<T>)(indented ? IndentedOptions.Value : JsonProfile.Tolerant.Options).GetTypeInfo(typeof(T));

    private static byte[] ReadDocument(Stream utf8Json) =>
        StreamBytes.ReadToEnd(utf8Json, JsonRules.MaxDocumentLength, DocumentReader.TooLarge);

    private static ReadOnlySpan<byte> Utf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetBytes(json);
    }
}
