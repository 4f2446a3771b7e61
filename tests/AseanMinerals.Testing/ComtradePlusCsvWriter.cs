using System.Globalization;
using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Testing;

/// <summary>
/// Writes trade records as a Comtrade+ CSV file, the way the Comtrade+ website writes them: the 47 columns, every field
/// quoted but the blank CIF or FOB value, a trailing comma on data rows, CRLF line ends, Windows-1252 by default. For
/// benchmarks and tests that need large, realistic files (<see cref="TradeRecordGenerator"/> supplies the records).
/// </summary>
public static class ComtradePlusCsvWriter
{
    /// <summary>The header line (unquoted, as Comtrade writes it).</summary>
    public const string Header =
        "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,"
        + "partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
        + "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,"
        + "qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,"
        + "isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

    /// <summary>Windows-1252, the encoding Comtrade+ downloads often come in.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Writes a file: the header, then one row per record.</summary>
    /// <param name="path">The file to write (replaced if it exists).</param>
    /// <param name="records">The records.</param>
    /// <param name="encoding">The encoding; Windows-1252 when null.</param>
    /// <returns>The number of data rows written.</returns>
    public static long WriteFile(string path, IEnumerable<TradeRecord> records, Encoding? encoding = null)
    {
        using var writer = new StreamWriter(path, append: false, encoding ?? Windows1252, bufferSize: 1 << 16);
        return Write(writer, records);
    }

    /// <summary>Writes the header, then one row per record.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="records">The records.</param>
    /// <returns>The number of data rows written.</returns>
    public static long Write(TextWriter writer, IEnumerable<TradeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        writer.Write(Header);
        writer.Write("\r\n");
        long rows = 0;
        foreach (var record in records)
        {
            WriteRow(writer, record);
            rows++;
        }

        return rows;
    }

    /// <summary>Writes one data row.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="record">The record.</param>
    public static void WriteRow(TextWriter writer, in TradeRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var period = record.Period;
        var monthly = !period.IsAnnual;
        var reporter = TradeAreaCatalog.Default.Find(record.Reporter);
        var partner = TradeAreaCatalog.Default.Find(record.Partner);
        var second = TradeAreaCatalog.Default.Find(record.Breakdown.SecondPartner);
        var import = record.Flow.ContainingFlow() == TradeFlow.Import;
        var value = record.Value.ToString(CultureInfo.InvariantCulture);
        var netWeight = record.NetWeightKg is { } kg ? kg.ToString("R", CultureInfo.InvariantCulture) : null;

        Quoted(writer, "C");
        Quoted(writer, monthly ? "M" : "A");
        Quoted(writer, string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}{period.Month ?? 1:D2}01"));
        Quoted(writer, period.Year.ToString(CultureInfo.InvariantCulture));
        Quoted(writer, monthly ? period.Month!.Value.ToString(CultureInfo.InvariantCulture) : "52");
        Quoted(writer, monthly ? string.Create(CultureInfo.InvariantCulture, $"{period.Year:D4}{period.Month:D2}") : period.Year.ToString(CultureInfo.InvariantCulture));
        Area(writer, record.Reporter, reporter);
        Quoted(writer, record.Flow.ToComtradeCode());
        Quoted(writer, record.Flow switch
        {
            TradeFlow.Import => "Import",
            TradeFlow.Export => "Export",
            TradeFlow.ReExport => "Re-export",
            TradeFlow.ReImport => "Re-import",
            _ => import ? "Import of a kind" : "Export of a kind", // Comtrade+ spells the other subset flows out; the reader checks only these four words
        });
        Area(writer, record.Partner, partner);
        Area(writer, record.Breakdown.SecondPartner, second);
        Quoted(writer, record.Revision == HsRevision.AsReported ? "HS" : record.Revision.ToComtradeCode());
        Quoted(writer, "HS");
        Quoted(writer, "true");
        Quoted(writer, record.Commodity.ToString());
        Quoted(writer, record.Commodity.IsTotal ? "All Commodities" : "Commodity " + record.Commodity);
        Quoted(writer, record.Commodity.Digits.ToString(CultureInfo.InvariantCulture));
        Quoted(writer, record.Commodity.Digits == 6 ? "true" : "false");
        Quoted(writer, record.Breakdown.CustomsProcedureCode);
        Quoted(writer, record.Breakdown.CustomsProcedure == 0 ? "TOTAL CPC" : "CPC");
        Quoted(writer, "0");
        Quoted(writer, record.Breakdown.TransportMode.ToString(CultureInfo.InvariantCulture));
        Quoted(writer, record.Breakdown.TransportMode == 0 ? "TOTAL MOT" : "MOT");
        Quoted(writer, record.QuantityUnitCode?.ToString(CultureInfo.InvariantCulture) ?? "-1");
        Quoted(writer, record.QuantityUnitCode is null ? "N/A" : "u");
        Quoted(writer, record.Quantity?.ToString("R", CultureInfo.InvariantCulture) ?? "0");
        Quoted(writer, (record.Flags & TradeRecordFlags.QuantityEstimated) != 0 ? "true" : "false");
        Quoted(writer, "-1");
        Quoted(writer, "N/A");
        Quoted(writer, "0");
        Quoted(writer, "false");
        Unquoted(writer, netWeight is null ? null : '"' + netWeight + '"');
        Quoted(writer, (record.Flags & TradeRecordFlags.NetWeightEstimated) != 0 ? "true" : "false");
        Quoted(writer, "0");
        Quoted(writer, "false");
        Unquoted(writer, import ? '"' + value + '"' : null);
        Unquoted(writer, import ? null : '"' + value + '"');
        Quoted(writer, value);
        Quoted(writer, (record.Flags & TradeRecordFlags.NetWeightEstimated) != 0 ? "4" : "0");
        Quoted(writer, (record.Flags & TradeRecordFlags.NotReported) != 0 ? "false" : "true");
        Quoted(writer, (record.Flags & TradeRecordFlags.Aggregated) != 0 ? "true" : "false");
        writer.Write("\r\n");
    }

    private static void Area(TextWriter writer, AreaCode code, TradeArea? area)
    {
        Quoted(writer, code.Value.ToString(CultureInfo.InvariantCulture));
        Quoted(writer, area?.Iso3 ?? "N/A");
        Quoted(writer, area?.Name ?? "Unknown");
    }

    private static void Quoted(TextWriter writer, string text)
    {
        writer.Write('"');
        writer.Write(text);
        writer.Write("\",");
    }

    private static void Unquoted(TextWriter writer, string? text)
    {
        writer.Write(text);
        writer.Write(',');
    }
}
