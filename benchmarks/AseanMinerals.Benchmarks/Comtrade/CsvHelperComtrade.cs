using System.Globalization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using CsvHelper;

namespace AseanMinerals.Benchmarks.Comtrade;

/// <summary>
/// What a user of CsvHelper 34 would write to read a Comtrade file: a row class mapped by column name (its source
/// generator writes the mapping), then the same record as the importer makes (aggregate rows of total flows only).
/// </summary>
public static partial class CsvHelperComtrade
{
    public static readonly string[] PlusColumns =
    [
        "typeCode", "period", "reporterCode", "partnerCode", "partner2Code", "flowCode", "classificationCode", "cmdCode",
        "customsCode", "motCode", "qtyUnitCode", "qty", "netWgt", "primaryValue", "cifvalue", "fobvalue", "isQtyEstimated",
        "isNetWgtEstimated", "isReported", "isAggregate",
    ];

    public static readonly string[] LegacyColumns =
    [
        "Period", "Reporter Code", "Partner Code", "2nd Partner Code", "Trade Flow Code", "Trade Flow", "Classification",
        "Commodity Code", "Customs Proc. Code", "Mode of Transport Code", "Qty Unit Code", "Qty", "Netweight (kg)",
        "Trade Value (US$)", "CIF Trade Value (US$)", "FOB Trade Value (US$)", "Flag",
    ];

    public static decimal SumValues(string path)
    {
        using var csv = CsvReader.FromFile(path, CsvReaderOptions.Default with { FormatProvider = CultureInfo.InvariantCulture });
        var total = 0m;
        foreach (var row in csv.GetRecords<Row>())
        {
            if (ToRecord(row) is { } record)
            {
                total += record.Value;
            }
        }

        return total;
    }

    private static TradeRecord? ToRecord(Row row)
    {
        var flow = row.LegacyFlowCode is null or "0"
            ? TradeFlows.TryParseComtradeCode(row.Flow, out var code) ? code : throw new InvalidDataException($"flow {row.Flow}")
            : (TradeFlow)(int.Parse(row.LegacyFlowCode, CultureInfo.InvariantCulture) - 1) switch
            {
                (TradeFlow)0 => TradeFlow.Import,
                (TradeFlow)1 => TradeFlow.Export,
                (TradeFlow)2 => TradeFlow.ReExport,
                _ => TradeFlow.ReImport,
            };
        var customs = string.IsNullOrEmpty(row.Customs) ? (ushort)0 : ushort.Parse(row.Customs.AsSpan(1), CultureInfo.InvariantCulture);
        var breakdown = new TradeBreakdown(new AreaCode(row.SecondPartner ?? 0), customs, (ushort)(row.TransportMode ?? 0));
        if (!breakdown.IsTotal || !flow.IsTotal())
        {
            return null;
        }

        var period = row.Period.Length == 6
            ? TradePeriod.Monthly(int.Parse(row.Period.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(row.Period.AsSpan(4), CultureInfo.InvariantCulture))
            : TradePeriod.Annual(int.Parse(row.Period, CultureInfo.InvariantCulture));
        var value = row.PrimaryValue ?? (flow == TradeFlow.Import ? row.Cif : row.Fob) ?? throw new InvalidDataException("no value");
        HsRevisions.TryParseComtradeCode(row.Classification, out var revision);
        var flags = (row.QuantityEstimated == true ? TradeRecordFlags.QuantityEstimated : 0)
            | (row.NetWeightEstimated == true || ((row.LegacyFlag ?? 0) & 4) != 0 ? TradeRecordFlags.NetWeightEstimated : 0)
            | (((row.LegacyFlag ?? 0) & 2) != 0 ? TradeRecordFlags.QuantityEstimated : 0)
            | (row.IsReported == false ? TradeRecordFlags.NotReported : 0)
            | (row.IsAggregate == true ? TradeRecordFlags.Aggregated : 0);
        return new TradeRecord(period, new AreaCode(row.Reporter), new AreaCode(row.Partner), flow, HsCode.Parse(row.Commodity), value)
        {
            Revision = revision,
            QuantityUnitCode = row.QuantityUnit is null or -1 ? null : row.QuantityUnit,
            Quantity = row.QuantityUnit is null or -1 && row.Quantity == 0 ? null : row.Quantity,
            NetWeightKg = row.NetWeight,
            Flags = flags,
            Breakdown = breakdown,
        };
    }

    /// <summary>A row of either format: each member reads the Comtrade+ column or, failing it, the legacy one.</summary>
    [CsvRecord]
    public sealed partial class Row
    {
        [CsvColumn("period", "Period")]
        public string Period { get; set; } = string.Empty;

        [CsvColumn("reporterCode", "Reporter Code")]
        public int Reporter { get; set; }

        [CsvColumn("partnerCode", "Partner Code")]
        public int Partner { get; set; }

        [CsvColumn("partner2Code", "2nd Partner Code", Optional = true)]
        public int? SecondPartner { get; set; }

        [CsvColumn("flowCode", "Trade Flow")]
        public string Flow { get; set; } = string.Empty;

        [CsvColumn("Trade Flow Code", Optional = true)]
        public string? LegacyFlowCode { get; set; }

        [CsvColumn("classificationCode", "Classification")]
        public string Classification { get; set; } = string.Empty;

        [CsvColumn("cmdCode", "Commodity Code")]
        public string Commodity { get; set; } = string.Empty;

        [CsvColumn("customsCode", "Customs Proc. Code", Optional = true)]
        public string? Customs { get; set; }

        [CsvColumn("motCode", "Mode of Transport Code", Optional = true)]
        public int? TransportMode { get; set; }

        [CsvColumn("qtyUnitCode", "Qty Unit Code", Optional = true)]
        public int? QuantityUnit { get; set; }

        [CsvColumn("qty", "Qty", Optional = true)]
        public double? Quantity { get; set; }

        [CsvColumn("netWgt", "Netweight (kg)", Optional = true)]
        public double? NetWeight { get; set; }

        [CsvColumn("primaryValue", "Trade Value (US$)")]
        public decimal? PrimaryValue { get; set; }

        [CsvColumn("cifvalue", "CIF Trade Value (US$)", Optional = true)]
        public decimal? Cif { get; set; }

        [CsvColumn("fobvalue", "FOB Trade Value (US$)", Optional = true)]
        public decimal? Fob { get; set; }

        [CsvColumn("isQtyEstimated", Optional = true)]
        public bool? QuantityEstimated { get; set; }

        [CsvColumn("isNetWgtEstimated", Optional = true)]
        public bool? NetWeightEstimated { get; set; }

        [CsvColumn("isReported", Optional = true)]
        public bool? IsReported { get; set; }

        [CsvColumn("isAggregate", Optional = true)]
        public bool? IsAggregate { get; set; }

        [CsvColumn("Flag", Optional = true)]
        public int? LegacyFlag { get; set; }
    }
}
