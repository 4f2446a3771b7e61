using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;

namespace AseanMinerals.Core.Tests.Properties;

/// <summary>
/// Trade records for the aggregation laws: a small world (six members, Timor-Leste, two partners outside ASEAN and the
/// World), three years around Timor-Leste's accession (26 October 2025), six-digit codes in and out of the minerals scope,
/// values with 0 to 4 decimals, a few breakdown rows and subset flows that the cube must leave out.
/// </summary>
public static class CubeGenerators
{
    public static readonly AreaCode[] Reporters = [.. new[] { 360, 458, 702, 764, 704, 626, 156, 392 }.Select(static c => new AreaCode(c))];

    public static readonly AreaCode[] Partners = [.. Reporters, AreaCode.World];

    public static readonly int[] Years = [2024, 2025, 2026];

    // Iron ore, gold, flat steel, copper (scope minerals), coal (fuels), cement clinker, transformers (no group).
    private static readonly HsCode[] Commodities = [.. new[] { "260111", "710812", "720851", "740311", "270112", "252310", "850440" }.Select(HsCode.Parse)];

    public static Gen<decimal> Values { get; } =
        Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 4)).Select(static p => new decimal(p.Item1, 0, 0, false, (byte)p.Item2));

    public static Gen<TradeRecord> Records { get; } =
        from year in Gen.Elements(Years)
        from reporter in Gen.Elements(Reporters)
        from partner in Gen.Elements(Partners)
        from flow in Gen.Frequency((5, Gen.Constant(TradeFlow.Export)), (5, Gen.Constant(TradeFlow.Import)), (1, Gen.Constant(TradeFlow.ReExport)))
        from commodity in Gen.Elements(Commodities)
        from value in Values
        from breakdown in Gen.Frequency((9, Gen.Constant(TradeBreakdown.Total)), (1, Gen.Constant(new TradeBreakdown(AreaCode.World, 0, 2100))))
        select new TradeRecord(TradePeriod.Annual(year), reporter, partner, flow, commodity, value) { Revision = HsRevision.Hs2022, Breakdown = breakdown };

    public static Gen<TradeRecord[]> RecordSets { get; } = Records.ArrayOf().Resize(60);

    public static Arbitrary<TradeRecord[]> RecordSetArbitrary() => RecordSets.ToArbitrary();
}
