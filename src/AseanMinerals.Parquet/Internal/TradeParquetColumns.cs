using System.Globalization;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Types;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;
using Parquet;
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

    /// <summary>
    /// The conversion weight's scale: 28 decimals, the most a <see cref="decimal"/> has, so that every weight the JSON
    /// writes (a share from 0 to 1, such as 0.3333333333333333333333333333) is kept digit for digit, never rounded.
    /// </summary>
    public const int WeightScale = 28;

    /// <summary>The conversion weight's precision: 29 digits, for 1 with 28 decimals.</summary>
    public const int WeightPrecision = WeightScale + 1;

    private static readonly Decimal128Type WeightType = new(WeightPrecision, WeightScale);

    /// <summary>The value column: DECIMAL(38, scale) as a fixed-length byte array, which every engine reads exactly.</summary>
    public static DecimalDataField Value(int scale) => new("value", ValuePrecision, scale, forceByteArrayEncoding: true, false);

    /// <summary>
    /// The columns of the files in the order they are written, each with its field and how a row group's records fill it:
    /// the one table of the Parquet and Arrow layout (a new column is one entry here, and its reading in <see cref="TradeColumnBatch"/>).
    /// </summary>
    public static IReadOnlyList<TradeParquetColumn> All { get; } =
    [
        Text("period", static r => r.Period.ToString()),
        Int("year", static r => r.Period.Year),
        NullableInt("month", static r => r.Period.Month),
        Text("reporter", static r => r.Reporter.ToString()),
        Text("partner", static r => r.Partner.ToString()),
        Text("flow", static r => FlowName(r.Flow)),
        Text("commodity", static r => r.Commodity.ToString()),
        Text("revision", static r => r.Revision.ToComtradeCode()),
        new(
            Value,
            static scale => new Decimal128Type(ValuePrecision, scale),
            static (group, field, rows, token) => group.WriteAsync<decimal>(field, Fill(rows, static r => r.Value), cancellationToken: token),
            static (rows, scale) => ArrowDecimals(rows, new Decimal128Type(ValuePrecision, scale), static r => r.Value)),
        NullableDouble("netWeightKg", static r => r.NetWeightKg),
        NullableDouble("quantity", static r => r.Quantity),
        NullableInt("quantityUnitCode", static r => r.QuantityUnitCode),
        Text("flags", static r => FlagsText(r.Flags)),
        Text("secondPartner", static r => r.Breakdown.SecondPartner.ToString()),
        Int("customsProcedure", static r => (int)r.Breakdown.CustomsProcedure),
        Int("transportMode", static r => (int)r.Breakdown.TransportMode),
        NullableText("conversionSourceCommodity", static r => r.Conversion?.SourceCommodity.ToString()),
        NullableText("conversionSourceRevision", static r => r.Conversion?.SourceRevision.ToComtradeCode()),
        new(
            static _ => new DecimalDataField("conversionWeight", WeightPrecision, WeightScale, forceByteArrayEncoding: true, true),
            static _ => WeightType,
            static (group, field, rows, token) => group.WriteAsync<decimal>(field, Fill(rows, static r => r.Conversion?.Weight), cancellationToken: token),
            static (rows, _) => ArrowDecimals(rows, WeightType, static r => r.Conversion?.Weight)),
    ];

    /// <summary>A new schema of the files (a field belongs to one schema, so each file gets its own).</summary>
    public static ParquetSchema Schema(int scale) => new(All.Select(c => (global::Parquet.Schema.Field)c.NewField(scale)).ToArray());

    /// <summary>The columns a file must have to be read as trade records (the JSON schema's required members).</summary>
    public static IReadOnlyList<string> Required { get; } = ["period", "reporter", "partner", "flow", "commodity", "value"];

    /// <summary>
    /// Refuses, before anything is written, a record whose value has more decimals than the value column's scale or whose
    /// conversion weight is not a share from 0 to 1 (the weight column's range): refused, not rounded.
    /// </summary>
    public static void CheckFits(in TradeRecord record, int valueScale, string format)
    {
        if (decimal.Round(record.Value, valueScale) != record.Value)
        {
            // The record and the scale also travel as data, so a caller can word its own message without parsing this one.
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The value {record.Value} of the record {record} has more than {valueScale} decimals, the scale of the {format} value column; it is refused, not rounded (set TradeParquetWriteOptions.ValueScale)."),
                nameof(record))
            {
                Data = { ["record"] = record.ToString(), ["valueScale"] = valueScale },
            };
        }

        if (record.Conversion is { Weight: var weight and (< 0 or > 1) })
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The conversion weight {weight} of the record {record} is not a share from 0 to 1, the range of the {format} conversionWeight column; it is refused."),
                nameof(record))
            {
                Data = { ["record"] = record.ToString() },
            };
        }
    }

    private static TradeParquetColumn Text(string name, Func<TradeRecord, string> select) => Strings(name, false, select);

    private static TradeParquetColumn NullableText(string name, Func<TradeRecord, string?> select) => Strings(name, true, select);

    private static TradeParquetColumn Strings(string name, bool nullable, Func<TradeRecord, string?> select) => new(
        _ => new DataField<string>(name, nullable),
        static _ => StringType.Default,
        (group, field, rows, _) => group.WriteAsync(field, Fill(rows, select)),
        (rows, _) =>
        {
            var builder = new StringArray.Builder();
            foreach (var row in rows)
            {
                builder.Append(select(row));
            }

            return builder.Build();
        });

    private static TradeParquetColumn Int(string name, Func<TradeRecord, int> select) => new(
        _ => new DataField<int>(name, false),
        static _ => Int32Type.Default,
        (group, field, rows, token) => group.WriteAsync<int>(field, Fill(rows, select), cancellationToken: token),
        (rows, _) => ArrowInts(rows, r => select(r)));

    private static TradeParquetColumn NullableInt(string name, Func<TradeRecord, int?> select) => new(
        _ => new DataField<int?>(name, true),
        static _ => Int32Type.Default,
        (group, field, rows, token) => group.WriteAsync<int>(field, Fill(rows, select), cancellationToken: token),
        (rows, _) => ArrowInts(rows, select));

    private static TradeParquetColumn NullableDouble(string name, Func<TradeRecord, double?> select) => new(
        _ => new DataField<double?>(name, true),
        static _ => DoubleType.Default,
        (group, field, rows, token) => group.WriteAsync<double>(field, Fill(rows, select), cancellationToken: token),
        (rows, _) =>
        {
            var builder = new DoubleArray.Builder();
            foreach (var row in rows)
            {
                builder.Append(select(row));
            }

            return builder.Build();
        });

    private static Int32Array ArrowInts(List<TradeRecord> rows, Func<TradeRecord, int?> select)
    {
        var builder = new Int32Array.Builder();
        foreach (var row in rows)
        {
            builder.Append(select(row));
        }

        return builder.Build();
    }

    private static Decimal128Array ArrowDecimals(List<TradeRecord> rows, Decimal128Type type, Func<TradeRecord, decimal?> select)
    {
        var builder = new Decimal128Array.Builder(type);
        foreach (var row in rows)
        {
            if (select(row) is { } value)
            {
                builder.Append(value);
            }
            else
            {
                builder.AppendNull();
            }
        }

        return builder.Build();
    }

    private static T[] Fill<T>(List<TradeRecord> rows, Func<TradeRecord, T> select)
    {
        var column = new T[rows.Count];
        for (var i = 0; i < column.Length; i++)
        {
            column[i] = select(rows[i]);
        }

        return column;
    }

    public static string FlowName(TradeFlow flow) => FlowNames[(int)flow];

    public static bool TryParseFlow(string? text, out TradeFlow flow)
    {
        var index = System.Array.IndexOf(FlowNames, text);
        flow = (TradeFlow)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The flags column's text: the core's one form for the flat formats (CSV writes the same).</summary>
    public static string FlagsText(TradeRecordFlags flags) => FlatFlagsText.Format(flags);

    public static bool TryParseFlags(string? text, out TradeRecordFlags flags) => FlatFlagsText.TryParse(text, out flags);
}

/// <summary>
/// One column of the Parquet and Arrow files, given the value scale: a new Parquet field for a file's schema, its Arrow
/// type, and how a row group's (record batch's) records fill it in each format.
/// </summary>
internal sealed record TradeParquetColumn(
    Func<int, DataField> NewField,
    Func<int, IArrowType> ArrowType,
    Func<ParquetRowGroupWriter, DataField, List<TradeRecord>, CancellationToken, Task> WriteAsync,
    Func<List<TradeRecord>, int, IArrowArray> ArrowArray);
