using System.Buffers;
using System.Globalization;
using System.Text;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// Formats trade records as CSV lines (the flat columns of <see cref="DataPackages.TradeDataFormat.Csv"/>) in UTF-8 into a
/// reused buffer, handed to the stream a block at a time. Each line ends with CRLF (RFC 4180, and the default of a
/// Frictionless CSV dialect, so the descriptor needs no dialect); a field is quoted only when it holds a comma, a quote
/// or a line break.
/// </summary>
internal sealed class CsvLinesWriter : IRecordLinesWriter
{
    /// <summary>The columns, in the order of the Table Schema of the flat formats (and of the Parquet files).</summary>
    public static readonly string[] Columns =
    [
        "period", "year", "month", "reporter", "partner", "flow", "commodity", "revision", "value", "netWeightKg", "quantity",
        "quantityUnitCode", "flags", "secondPartner", "customsProcedure", "transportMode", "conversionSourceCommodity",
        "conversionSourceRevision", "conversionWeight",
    ];

    private readonly ArrayBufferWriter<byte> _buffer = RecordLines.NewBlock();

    public CsvLinesWriter()
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            Text(Columns[i]);
            Separator(i == Columns.Length - 1);
        }
    }

    public long Count { get; private set; }

    public ArrayBufferWriter<byte> Block => _buffer;

    public void Write(in TradeRecord record)
    {
        Value(record.Period);
        Separator();
        Value(record.Period.Year);
        Separator();
        Value(record.Period.Month);
        Separator();
        Value(record.Reporter);
        Separator();
        Value(record.Partner);
        Separator();
        Text(record.Flow.ToName());
        Separator();
        Value(record.Commodity);
        Separator();
        Text(record.Revision.ToComtradeCode());
        Separator();
        Value(record.Value);
        Separator();
        Value(record.NetWeightKg);
        Separator();
        Value(record.Quantity);
        Separator();
        Value(record.QuantityUnitCode);
        Separator();
        Text(FlatFlagsText.Format(record.Flags));
        Separator();
        Value(record.Breakdown.SecondPartner);
        Separator();
        Value(record.Breakdown.CustomsProcedure);
        Separator();
        Value(record.Breakdown.TransportMode);
        Separator();

        // A converted record's source (code, edition, weight); three empty fields for a record as reported.
        if (record.Conversion is { } conversion)
        {
            Value(conversion.SourceCommodity);
            Separator();
            Text(conversion.SourceRevision.ToComtradeCode());
            Separator();
            Value(conversion.Weight);
        }
        else
        {
            Separator();
            Separator();
        }

        Separator(endOfLine: true);
        Count++;
    }

    public void Dispose()
    {
        // Nothing to release: the buffer is managed memory.
    }

    private void Separator(bool endOfLine = false) => _buffer.Write(endOfLine ? "\r\n"u8 : ","u8);

    // A number or a code in its one invariant form (a decimal keeps every digit it holds; a double its shortest exact
    // form); an absent measure is an empty field.
    private void Value<T>(T? value)
        where T : struct, IUtf8SpanFormattable
    {
        if (value is { } present)
        {
            Value(present);
        }
    }

    private void Value<T>(T value)
        where T : IUtf8SpanFormattable
    {
        var span = _buffer.GetSpan(64);
        if (!value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"{value} does not fit 64 bytes.");
        }

        _buffer.Advance(written);
    }

    private void Text(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Utf8(text);
            return;
        }

        _buffer.Write("\""u8);
        Utf8(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _buffer.Write("\""u8);
    }

    private void Utf8(string text)
    {
        var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _buffer.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
