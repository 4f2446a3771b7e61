using AseanMinerals.Core.Production;

namespace AseanMinerals.Cli.Production;

/// <summary>One series of the production report: the group's share against both bases, the largest producer, the members' ranks and the concentration.</summary>
internal sealed record ProductionReportRow(
    ProductionShare Share,
    ProductionConcentration Concentration,
    ProductionRank? TopProducer,
    IReadOnlyList<ProductionRank> MemberRanks)
{
    /// <summary>The group's trade in the asked HS codes beside its production, when trade files were given.</summary>
    public TradeBesideProduction? Trade { get; init; }
}
