using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests.Properties;

/// <summary>
/// For any Comtrade+ CSV file (aggregate rows, breakdown rows, subset flows and bad rows, in any order): every row read is
/// a record, set aside or rejected, and the records' values add up to the aggregate rows' values, no dollar lost or counted twice.
/// </summary>
[Properties(MaxTest = 100)]
public class ImporterProperties
{
    private static readonly AreaCode[] Areas = [.. new[] { 0, 156, 360, 458, 702, 764, 842 }.Select(static c => new AreaCode(c))];

    private static readonly HsCode[] Codes = [.. new[] { "TOTAL", "26", "2601", "260111", "710812" }.Select(HsCode.Parse)];

    private static readonly TradeFlow[] Flows = [TradeFlow.Export, TradeFlow.Import, TradeFlow.ReExport, TradeFlow.ReImport];

    private static readonly Gen<TradeRecord> Rows =
        from year in Gen.Choose(2017, 2023)
        from month in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 12)))
        from areas in Gen.Zip(Gen.Elements(Areas.Skip(1).ToArray()), Gen.Elements(Areas))
        from flow in Gen.Elements(Flows)
        from code in Gen.Elements(Codes)
        from value in Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 3)).Select(static p => new decimal(p.Item1, 0, 0, false, (byte)p.Item2))
        from breakdown in Gen.Frequency(
            (6, Gen.Constant(TradeBreakdown.Total)),
            (1, Gen.Elements(Areas).Select(static a => new TradeBreakdown(a, 0, 0))),
            (1, Gen.Choose(0, 99).Select(static c => new TradeBreakdown(AreaCode.World, (ushort)c, 0))),
            (1, Gen.Choose(0, 9999).Select(static m => new TradeBreakdown(AreaCode.World, 0, (ushort)m))))
        select new TradeRecord(month == 0 ? TradePeriod.Annual(year) : TradePeriod.Monthly(year, month), areas.Item1, areas.Item2, flow, code, value)
        {
            Revision = HsRevision.Hs2017,
            Breakdown = breakdown,
        };

    // Lines that no reader can take: a negative value, an unknown flow, a short row, a bad period, a bad commodity.
    private static readonly Gen<string> BadLines = Gen.Elements(
        "NegativeValue",
        "UnknownFlow",
        "FieldCount",
        "MalformedPeriod",
        "MalformedCommodity");

    private static readonly Gen<(TradeRecord[] Rows, (int At, string Kind)[] Bad)> Files =
        from rows in Rows.ArrayOf().Resize(40)
        from bad in Gen.Zip(Gen.Choose(0, 40), BadLines).ArrayOf().Resize(4)
        select (rows, bad);

    [Property]
    public Property Every_row_read_is_a_record_set_aside_or_rejected_and_the_records_add_up_to_the_aggregate_rows() =>
        Prop.ForAll(Files.ToArbitrary(), file =>
        {
            var (text, aggregate) = Write(file.Rows, file.Bad);
            var result = ComtradeFile.ReadStreamAsync(
                new MemoryStream(Encoding.UTF8.GetBytes(text)),
                "generated.csv",
                new ComtradeImportOptions { OnInvalidRow = InvalidRowHandling.Collect }).GetAwaiter().GetResult();
            var summary = result.Summary;
            return summary.IsComplete
                && summary.RowsRead == file.Rows.Length + file.Bad.Length
                && summary.RowsRead == summary.Records + summary.SetAside + summary.Rejected
                && summary.Rejected == file.Bad.Length
                && result.Records.Sum(static r => r.Value) == aggregate;
        });

    [Property]
    public Property A_file_read_in_chunks_of_any_size_gives_the_records_and_the_summary_read_whole() =>
        Prop.ForAll(
            Gen.Zip(Gen.Zip(Files, Gen.Choose(1, 700).ArrayOf().Where(static a => a.Length > 0)), Gen.Elements(false, true)).ToArbitrary(),
            static p =>
            {
                var ((file, chunks), gzip) = p;
                var bytes = Encoding.UTF8.GetBytes(Write(file.Rows, file.Bad).Text);
                if (gzip)
                {
                    using var compressed = new MemoryStream();
                    using (var writer = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest))
                    {
                        writer.Write(bytes);
                    }

                    bytes = compressed.ToArray();
                }

                var whole = Read(new MemoryStream(bytes));
                var chunked = Read(new ChunkedStream(bytes, chunks));
                return chunked.Records.SequenceEqual(whole.Records)
                    && chunked.Summary.ToString() == whole.Summary.ToString()
                    && chunked.Summary.Issues.Issues.Select(static i => i.ToString()).SequenceEqual(whole.Summary.Issues.Issues.Select(static i => i.ToString()));
            });

    private static ComtradeImportResult Read(Stream stream) =>
        ComtradeFile.ReadStreamAsync(stream, "generated.csv", new ComtradeImportOptions { OnInvalidRow = InvalidRowHandling.Collect }).GetAwaiter().GetResult();

    // The file, and the sum of its aggregate rows of total flows (the rows a reader must yield), worked out from the rows.
    private static (string Text, decimal Aggregate) Write(TradeRecord[] rows, (int At, string Kind)[] bad)
    {
        var lines = new List<string>();
        foreach (var row in rows)
        {
            using var line = new StringWriter();
            ComtradePlusCsvWriter.WriteRow(line, row);
            lines.Add(line.ToString().TrimEnd('\r', '\n'));
        }

        // Spoil a good line, never one spoilt before (a short row has no field 43 to spoil).
        var good = lines.Count > 0 ? lines[0] : Sample();
        foreach (var (at, kind) in bad)
        {
            lines.Insert(Math.Min(at, lines.Count), Spoil(good, kind));
        }

        var aggregate = rows.Where(static r => r.Breakdown.IsTotal && r.Flow is TradeFlow.Export or TradeFlow.Import).Sum(static r => r.Value);
        return (ComtradePlusCsvWriter.Header + "\r\n" + string.Join("\r\n", lines) + "\r\n", aggregate);
    }

    private static string Sample()
    {
        using var line = new StringWriter();
        ComtradePlusCsvWriter.WriteRow(line, new TradeRecord(TradePeriod.Annual(2020), new AreaCode(360), AreaCode.World, TradeFlow.Export, HsCode.Total, 1m));
        return line.ToString().TrimEnd('\r', '\n');
    }

    // A good line made bad in one field (fields by position in ComtradePlusCsvWriter.Header).
    private static string Spoil(string line, string kind)
    {
        var fields = line.Split(',');
        switch (kind)
        {
            case "NegativeValue":
                fields[43] = "\"-5\"";
                break;
            case "UnknownFlow":
                fields[9] = "\"Q\"";
                break;
            case "FieldCount":
                return string.Join(',', fields.Take(20));
            case "MalformedPeriod":
                fields[5] = "\"20x0\"";
                break;
            default:
                fields[20] = "\"26011\"";
                break;
        }

        return string.Join(',', fields);
    }
}
