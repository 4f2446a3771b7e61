using AseanMinerals.Core.Production;

namespace AseanMinerals.Cli.Production;

/// <summary>One series of the production report: the group's share against both bases, the largest producer, the members' ranks and the concentration.</summary>
internal sealed record ProductionReportRow(
    ProductionShare Share,
    ProductionConcentration Concentration,
    ProductionRank? TopProducer,
    IReadOnlyList<ProductionRank> MemberRanks);
