namespace AseanMinerals.Core.Production;

/// <summary>
/// One table of a release: a commodity's figures of one kind and measure for one year ("MCS2025, nickel, mine production,
/// nickel content, 2023"). Shares, ranks and concentration are computed within a series, never across measures.
/// </summary>
/// <param name="Commodity">The commodity.</param>
/// <param name="Kind">Production, capacity or reserves.</param>
/// <param name="Stage">The stage the measure names.</param>
/// <param name="Measure">The measure as the source states it.</param>
/// <param name="Year">The year.</param>
/// <param name="Release">The release the figures came from.</param>
public sealed record ProductionSeries(MineralCommodity Commodity, ProductionFigureKind Kind, ProductionStage Stage, string Measure, int Year, string Release)
{
    /// <inheritdoc />
    public override string ToString() => $"{Commodity.Name}, {Measure}, {Year} ({Release})";
}
