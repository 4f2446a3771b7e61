namespace AseanMinerals.Core.Production.Usgs;

/// <summary>The figures read from USGS world data, every role (countries, world totals, residuals, unknown names), and the summary.</summary>
/// <param name="Figures">Every figure read, in file order.</param>
/// <param name="Summary">What became of every row.</param>
public sealed record UsgsReadResult(IReadOnlyList<ProductionRecord> Figures, UsgsReadSummary Summary)
{
    /// <summary>The figures of countries (role <see cref="ProductionAreaRole.Country"/>).</summary>
    public IEnumerable<ProductionRecord> CountryFigures => Figures.Where(static f => f.Role == ProductionAreaRole.Country);

    /// <summary>The published world totals.</summary>
    public IEnumerable<ProductionRecord> WorldTotals => Figures.Where(static f => f.Role == ProductionAreaRole.WorldTotal);
}
