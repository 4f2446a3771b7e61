using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// The words of a plan, made from its structure in one place: what its commodities, measure and partners are called in
/// results and in absence sentences. The rules (<see cref="SharePlanner"/>) decide; these only name what they decided.
/// </summary>
internal static class SharePlanWords
{
    // id: the scope's or group's (the default scope's when none was named).
    public static string Commodities(CommoditySelectionKind kind, string? id, TotalBasis? totalBasis) => kind switch
    {
        CommoditySelectionKind.All => totalBasis == TotalBasis.TotalRows ? "all commodities (TOTAL rows)" : "all commodities (sum of commodity rows)",
        CommoditySelectionKind.Scope => $"scope {id}",
        _ => $"group {id}",
    };

    public static string Measure(CommoditySelectionKind kind, string commoditiesWords) =>
        kind == CommoditySelectionKind.All ? "total trade" : $"trade in {commoditiesWords}";

    public static string Partners(PartnerBasis basis, IReadOnlyList<ReporterFlowBasis> bases) => basis switch
    {
        PartnerBasis.WorldRows => "all partners (World rows)",
        PartnerBasis.SumOfPartners => "all partners (sum of partner rows)",
        _ => $"all partners (World rows: {Names(bases, PartnerBasis.WorldRows)}; sum of partner rows: {Names(bases, PartnerBasis.SumOfPartners)})",
    };

    // "IDN exports, MYS imports": the reporters and flows on one basis, in key order.
    private static string Names(IReadOnlyList<ReporterFlowBasis> bases, PartnerBasis basis) =>
        string.Join(", ", bases.Where(b => b.Basis == basis).Select(static b => $"{GroupCoverage.Label(b.Reporter)} {b.Flow.ToString().ToLowerInvariant()}"));
}
