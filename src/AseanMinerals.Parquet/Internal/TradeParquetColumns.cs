using System.Text.Json;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;
using Parquet.Schema;

namespace AseanMinerals.Parquet.Internal;

/// <summary>
/// The Parquet schema of a trade record: the members of the JSON schema (<c>trade-record.schema.json</c>) under the same
/// names and in the same text forms (codes as strings with leading zeros, flow and flags as the JSON names), plus the
/// <c>year</c> and <c>month</c> columns a query filters on, and the breakdown flattened to three columns.
/// </summary>
internal static class TradeParquetColumns
{
    /// <summary>The value's precision: 38 digits, the most DuckDB, Spark and BigQuery read as an exact decimal.</summary>
    public const int ValuePrecision = 38;

    private static readonly string[] FlowNames = Enum.GetValues<TradeFlow>().Select(static f => JsonNamingPolicy.CamelCase.ConvertName(f.ToString())).ToArray();

    /// <summary>The value column: DECIMAL(38, scale) as a fixed-length byte array, which every engine reads exactly.</summary>
    public static DecimalDataField Value(int scale) => new("value", ValuePrecision, scale, forceByteArrayEncoding: true, false);

    /// <summary>
    /// A new schema of the files, column by column in the order they are written (a field belongs to one schema, so each
    /// file gets its own).
    /// </summary>
    public static ParquetSchema Schema(int scale) => new(
        new DataField<string>("period", false),
        new DataField<int>("year", false),
        new DataField<int?>("month", true),
        new DataField<string>("reporter", false),
        new DataField<string>("partner", false),
        new DataField<string>("flow", false),
        new DataField<string>("commodity", false),
        new DataField<string>("revision", false),
        Value(scale),
        new DataField<double?>("netWeightKg", true),
        new DataField<double?>("quantity", true),
        new DataField<int?>("quantityUnitCode", true),
        new DataField<string>("flags", false),
        new DataField<string>("secondPartner", false),
        new DataField<int>("customsProcedure", false),
        new DataField<int>("transportMode", false));

    /// <summary>The columns a file must have to be read as trade records (the JSON schema's required members).</summary>
    public static IReadOnlyList<string> Required { get; } = ["period", "reporter", "partner", "flow", "commodity", "value"];

    public static string FlowName(TradeFlow flow) => FlowNames[(int)flow];

    public static bool TryParseFlow(string? text, out TradeFlow flow)
    {
        var index = Array.IndexOf(FlowNames, text);
        flow = (TradeFlow)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The flags column's text: the core's one form for the flat formats (CSV writes the same).</summary>
    public static string FlagsText(TradeRecordFlags flags) => FlatFlagsText.Format(flags);

    public static bool TryParseFlags(string? text, out TradeRecordFlags flags) => FlatFlagsText.TryParse(text, out flags);
}
