using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Aggregation;

/// <summary>Small record sets whose figures the tests work out by hand.</summary>
internal static class HandMadeRecords
{
    public static readonly AreaCode World = AreaCode.World;
    public static readonly AreaCode China = new(156);
    public static readonly AreaCode Indonesia = new(360);
    public static readonly AreaCode Malaysia = new(458);
    public static readonly AreaCode Singapore = new(702);
    public static readonly AreaCode TimorLeste = new(626);
    public static readonly TradePeriod Y2018 = TradePeriod.Annual(2018);

    /// <summary>
    /// 2018: TOTAL rows against the World for three members, minerals rows by partner, and rows that must not count:
    /// coal (mineral fuels, out of the default scope), transformers (no group), a re-export (a subset flow) and a
    /// breakdown row.
    /// </summary>
    public static TradeRecord[] Year2018 =>
    [
        // Total trade, TOTAL x World rows: 100,000 + 90,000 + 80,000 + 70,000 + 120,000.50 + 110,000.25 = 570,000.75
        Record(Indonesia, World, TradeFlow.Export, "TOTAL", 100_000.00m),
        Record(Indonesia, World, TradeFlow.Import, "TOTAL", 90_000.00m),
        Record(Malaysia, World, TradeFlow.Export, "TOTAL", 80_000.00m),
        Record(Malaysia, World, TradeFlow.Import, "TOTAL", 70_000.00m),
        Record(Singapore, World, TradeFlow.Export, "TOTAL", 120_000.50m),
        Record(Singapore, World, TradeFlow.Import, "TOTAL", 110_000.25m),

        // Minerals by partner (default scope): 5,000 + 7,000 + 2,000 + 3,000 + 4,000 + 1,500.25 + 2,999.75 = 25,500.00,
        // of which with ASEAN partners: 5,000 + 2,000 + 3,000 + 1,500.25 + 2,999.75 = 14,500.00
        Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 5_000.00m),
        Record(Indonesia, China, TradeFlow.Export, "260111", 7_000.00m),
        Record(Indonesia, Singapore, TradeFlow.Import, "720851", 2_000.00m),
        Record(Malaysia, Singapore, TradeFlow.Export, "740311", 3_000.00m),
        Record(Malaysia, China, TradeFlow.Import, "720851", 4_000.00m),
        Record(Singapore, Indonesia, TradeFlow.Export, "710812", 1_500.25m),
        Record(Singapore, Malaysia, TradeFlow.Import, "740311", 2_999.75m),

        // Not minerals in the default scope, or never added:
        Record(Indonesia, China, TradeFlow.Export, "270112", 20_000.00m),                     // coal: mineral fuels
        Record(Malaysia, China, TradeFlow.Export, "850440", 10_000.00m),                      // transformers: no group
        Record(Singapore, Indonesia, TradeFlow.ReExport, "710812", 500.00m),                  // part of the 1,500.25 exports
        Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 5_000.00m) with { Breakdown = new TradeBreakdown(AreaCode.World, 0, 2100) },
    ];

    public static TradeRecord Record(AreaCode reporter, AreaCode partner, TradeFlow flow, string commodity, decimal value, TradePeriod? period = null) =>
        new(period ?? Y2018, reporter, partner, flow, HsCode.Parse(commodity), value) { Revision = HsRevision.Hs2017 };
}
