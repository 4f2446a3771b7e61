using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Types;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Serialization.Internal;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;
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

    /// <summary>
    /// The conversion weight's scale: 28 decimals, the most a <see cref="decimal"/> has, so that every weight the JSON
    /// writes (a share from 0 to 1, such as 0.3333333333333333333333333333) is kept digit for digit, never rounded.
    /// </summary>
    public const int WeightScale = 28;

    /// <summary>The conversion weight's precision: 29 digits, for 1 with 28 decimals.</summary>
    public const int WeightPrecision = WeightScale + 1;

    private static readonly Decimal128Type WeightType = new(WeightPrecision, WeightScale);

    private const string RevisionText = "an HS revision (HS, H0 to H6)";

    /// <summary>The value column: DECIMAL(38, scale) as a fixed-length byte array, which every engine reads exactly.</summary>
    public static DecimalDataField Value(int scale) => new("value", ValuePrecision, scale, forceByteArrayEncoding: true, false);

    /// <summary>
    /// The columns of the files in the order they are written, each with its field, how a row group's records fill it in
    /// Parquet and in Arrow, and how it is read back (its cells, what a cell does to its row's record, what a bad cell is
    /// expected to be): the one table of the Parquet and Arrow layout. A new member of <see cref="TradeRecord"/> is one
    /// entry here (see CONTRIBUTING.md, "How to add a field").
    /// </summary>
    public static IReadOnlyList<TradeParquetColumn> All { get; } =
    [
        Text("period", static r => r.Period.ToString(), RequiredCell(TradePeriod.FormatDescription,
            static (string? s, ref TradeRecord r) => TradePeriod.TryParse(s, out var v) && TradeRecord.InPlace.Period(ref r, v))),
        Int("year", static r => r.Period.Year, read: null), // the period's, for queries that filter on it; not read back
        NullableInt("month", static r => r.Period.Month, read: null),
        Text("reporter", static r => r.Reporter.ToString(), RequiredCell(AreaCode.CanonicalFormatDescription,
            static (string? s, ref TradeRecord r) => AreaCode.TryParseCanonical(s, out var v) && TradeRecord.InPlace.Reporter(ref r, v))),
        Text("partner", static r => r.Partner.ToString(), RequiredCell(AreaCode.CanonicalFormatDescription,
            static (string? s, ref TradeRecord r) => AreaCode.TryParseCanonical(s, out var v) && TradeRecord.InPlace.Partner(ref r, v))),
        Text("flow", static r => r.Flow.ToName(), RequiredCell(TradeFlows.FormatDescription,
            static (string? s, ref TradeRecord r) => TradeFlows.TryParseName(s, out var v) && TradeRecord.InPlace.Flow(ref r, v))),
        Text("commodity", static r => r.Commodity.ToString(), RequiredCell(HsCode.FormatDescription,
            static (string? s, ref TradeRecord r) => HsCode.TryParse(s, out var v) && TradeRecord.InPlace.Commodity(ref r, v))),
        Text("revision", static r => r.Revision.ToComtradeCode(), OptionalCell(RevisionText,
            static (string? s, ref TradeRecord r) => s is null || (HsRevisions.TryParseComtradeCode(s, out var v) && TradeRecord.InPlace.Revision(ref r, v)))),
        new(
            "value",
            Value,
            static scale => new Decimal128Type(ValuePrecision, scale),
            static (group, field, rows, token) => group.WriteAsync<decimal>(field, Fill(rows, static r => r.Value), cancellationToken: token),
            static (rows, scale) => ArrowDecimals(rows, new Decimal128Type(ValuePrecision, scale), static r => r.Value),
            Read(TradeCellFormats.Decimals, "value", required: true, "a decimal number",
                static (decimal? d, ref TradeRecord r) => d is { } v && TradeRecord.InPlace.Value(ref r, v))),
        NullableDouble("netWeightKg", static r => r.NetWeightKg, static (double? d, ref TradeRecord r) => TradeRecord.InPlace.NetWeightKg(ref r, d)),
        NullableDouble("quantity", static r => r.Quantity, static (double? d, ref TradeRecord r) => TradeRecord.InPlace.Quantity(ref r, d)),
        NullableInt("quantityUnitCode", static r => r.QuantityUnitCode, OptionalCell("a unit code of 16 bits",
            static (int? n, ref TradeRecord r) => n is not (< short.MinValue or > short.MaxValue) && TradeRecord.InPlace.QuantityUnitCode(ref r, n))),
        Text("flags", static r => FlagsText(r.Flags), OptionalCell("flag names separated by commas, or none",
            static (string? s, ref TradeRecord r) => TryParseFlags(s, out var v) && TradeRecord.InPlace.Flags(ref r, v))),
        Text("secondPartner", static r => r.Breakdown.SecondPartner.ToString(), OptionalCell(AreaCode.CanonicalFormatDescription,
            static (string? s, ref TradeRecord r) => s is null || (AreaCode.TryParseCanonical(s, out var v) && TradeRecord.InPlace.Breakdown(ref r, r.Breakdown with { SecondPartner = v })))),
        Int("customsProcedure", static r => (int)r.Breakdown.CustomsProcedure, OptionalCell("a customs procedure 0 to 99",
            static (int? n, ref TradeRecord r) => n is null || (n is >= 0 and <= 99 && TradeRecord.InPlace.Breakdown(ref r, r.Breakdown with { CustomsProcedure = (ushort)n })))),
        Int("transportMode", static r => (int)r.Breakdown.TransportMode, OptionalCell("a transport mode 0 to 65535",
            static (int? n, ref TradeRecord r) => n is null || (n is >= 0 and <= ushort.MaxValue && TradeRecord.InPlace.Breakdown(ref r, r.Breakdown with { TransportMode = (ushort)n })))),
        // The conversion's three columns make one member: the first reads the other two (all set, or all null as reported).
        Strings("conversionSourceCommodity", true, static r => r.Conversion?.SourceCommodity.ToString(),
            new TradeColumnRead<string?>(TradeCellFormats.Strings, ReadConversion) { Required = false }),
        Strings("conversionSourceRevision", true, static r => r.Conversion?.SourceRevision.ToComtradeCode(), ReadWithConversion(TradeCellFormats.Strings)),
        new(
            "conversionWeight",
            static _ => new DecimalDataField("conversionWeight", WeightPrecision, WeightScale, forceByteArrayEncoding: true, true),
            static _ => WeightType,
            static (group, field, rows, token) => group.WriteAsync<decimal>(field, Fill(rows, static r => r.Conversion?.Weight), cancellationToken: token),
            static (rows, _) => ArrowDecimals(rows, WeightType, static r => r.Conversion?.Weight),
            ReadWithConversion(TradeCellFormats.Decimals)),
    ];

    private static readonly int ConversionRevisionColumn = IndexOf("conversionSourceRevision");

    private static readonly int ConversionWeightColumn = IndexOf("conversionWeight");

    /// <summary>A new schema of the files (a field belongs to one schema, so each file gets its own).</summary>
    public static ParquetSchema Schema(int scale) => new(All.Select(c => (global::Parquet.Schema.Field)c.NewField(scale)).ToArray());

    /// <summary>The columns a file must have to be read as trade records (the JSON schema's required members).</summary>
    public static IReadOnlyList<string> Required { get; } = [.. All.Where(static c => c.Read is { Required: true }).Select(static c => c.Name)];

    /// <summary>The first required column a file lacks, as the issue to report (AMC4004 at <c>$.name</c>); null when it has them all.</summary>
    /// <param name="has">Whether the file has a column of that name.</param>
    /// <param name="format">The file's format as the message names it ("Parquet", "Arrow").</param>
    /// <param name="file">The file.</param>
    public static ValidationIssue? MissingRequired(Func<string, bool> has, string format, string file) =>
        Required.FirstOrDefault(name => !has(name)) is { } name
            ? JsonRules.MissingMember.At("$." + name, $"The {format} file has no column '{name}'; a trade record requires it.").InFile(file)
            : null;

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

    /// <summary>The place of a column in <see cref="All"/>.</summary>
    public static int IndexOf(string name) => All.Select(static (c, i) => (c.Name, i)).Single(c => c.Name == name).i;

    private static TradeParquetColumn Text(string name, Func<TradeRecord, string> select, Func<string, TradeColumnRead<string?>> read) =>
        Strings(name, false, select, read(name));

    private static TradeParquetColumn Strings(string name, bool nullable, Func<TradeRecord, string?> select, TradeColumnRead<string?> read) => new(
        name,
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
        },
        read);

    private static TradeParquetColumn Int(string name, Func<TradeRecord, int> select, Func<string, TradeColumnRead<int?>>? read) => new(
        name,
        _ => new DataField<int>(name, false),
        static _ => Int32Type.Default,
        (group, field, rows, token) => group.WriteAsync<int>(field, Fill(rows, select), cancellationToken: token),
        (rows, _) => ArrowInts(rows, r => select(r)),
        read?.Invoke(name));

    private static TradeParquetColumn NullableInt(string name, Func<TradeRecord, int?> select, Func<string, TradeColumnRead<int?>>? read) => new(
        name,
        _ => new DataField<int?>(name, true),
        static _ => Int32Type.Default,
        (group, field, rows, token) => group.WriteAsync<int>(field, Fill(rows, select), cancellationToken: token),
        (rows, _) => ArrowInts(rows, select),
        read?.Invoke(name));

    private static TradeParquetColumn NullableDouble(string name, Func<TradeRecord, double?> select, TradeCellSetter<double?> set) => new(
        name,
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
        },
        Read(TradeCellFormats.Doubles, name, required: false, "a number", set));

    /// <summary>A column every trade file has; a cell the setter refuses is an issue saying what was expected.</summary>
    private static Func<string, TradeColumnRead<T>> RequiredCell<T>(string expected, TradeCellSetter<T> set) =>
        name => Read(Format<T>(), name, required: true, expected, set);

    /// <summary>A column a file may lack (then null in every row).</summary>
    private static Func<string, TradeColumnRead<T>> OptionalCell<T>(string expected, TradeCellSetter<T> set) =>
        name => Read(Format<T>(), name, required: false, expected, set);

    private static TradeColumnRead<T> Read<T>(TradeCellFormat<T> format, string name, bool required, string expected, TradeCellSetter<T> set) =>
        new(format, (T cell, TradeColumnBatch _, int _, ref TradeRecord record, out TradeCellFault? fault) =>
        {
            fault = set(cell, ref record) ? null : new TradeCellFault(name, format.Show(cell), expected);
            return fault is null;
        })
        {
            Required = required,
        };

    private static TradeCellFormat<T> Format<T>() => (TradeCellFormat<T>)(object)(
        typeof(T) == typeof(string) ? TradeCellFormats.Strings : typeof(T) == typeof(int?) ? TradeCellFormats.Ints : TradeCellFormats.Doubles);

    /// <summary>A column read by another column's entry (the conversion's revision and weight): its cells only.</summary>
    private static TradeColumnRead<T> ReadWithConversion<T>(TradeCellFormat<T> format) =>
        new(format, static (T _, TradeColumnBatch _, int _, ref TradeRecord _, out TradeCellFault? fault) =>
        {
            fault = null;
            return true;
        })
        {
            Required = false,
        };

    /// <summary>The three conversion columns: all null (or missing, in a file written before them) for a record as reported.</summary>
    private static bool ReadConversion(string? sourceText, TradeColumnBatch batch, int row, ref TradeRecord record, out TradeCellFault? fault)
    {
        fault = null;
        var revisionText = batch.Cell<string?>(ConversionRevisionColumn, row);
        var weight = batch.Cell<decimal?>(ConversionWeightColumn, row);
        if (sourceText is null && revisionText is null && weight is null)
        {
            return true;
        }

        const string AllOrNone = "(the three conversion columns are all set or all null)";
        if (!HsCode.TryParse(sourceText, out var source))
        {
            fault = new("conversionSourceCommodity", TradeCellFormats.Strings.Show(sourceText), $"{HsCode.FormatDescription} {AllOrNone}");
        }
        else if (revisionText is null || !HsRevisions.TryParseComtradeCode(revisionText, out var revision))
        {
            fault = new("conversionSourceRevision", TradeCellFormats.Strings.Show(revisionText), $"{RevisionText} {AllOrNone}");
        }
        else if (weight is not (>= 0 and <= 1))
        {
            fault = new("conversionWeight", TradeCellFormats.Decimals.Show(weight), $"a share from 0 to 1 {AllOrNone}");
        }
        else
        {
            record = record with { Conversion = new HsConversion(source, revision, weight.Value) };
        }

        return fault is null;
    }

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

    /// <summary>The flags column's text: the core's one form for the flat formats (CSV writes the same).</summary>
    public static string FlagsText(TradeRecordFlags flags) => FlatFlagsText.Format(flags);

    public static bool TryParseFlags(string? text, out TradeRecordFlags flags) => FlatFlagsText.TryParse(text, out flags);
}

/// <summary>
/// One column of the Parquet and Arrow files, given the value scale: its name, a new Parquet field for a file's schema,
/// its Arrow type, how a row group's (record batch's) records fill it in each format, and how it is read back (null for a
/// column derived from another, such as <c>year</c>).
/// </summary>
internal sealed record TradeParquetColumn(
    string Name,
    Func<int, DataField> NewField,
    Func<int, IArrowType> ArrowType,
    Func<ParquetRowGroupWriter, DataField, List<TradeRecord>, CancellationToken, Task> WriteAsync,
    Func<List<TradeRecord>, int, IArrowArray> ArrowArray,
    TradeColumnRead? Read);

/// <summary>Sets a record's member from a cell of its column; false when the cell cannot be that member.</summary>
/// <typeparam name="T">The cell.</typeparam>
internal delegate bool TradeCellSetter<T>(T cell, ref TradeRecord record);
