namespace AseanMinerals.Core.Production;

/// <summary>
/// The same year appears in two releases (2022 as an estimate in MCS2023 and as a figure in MCS2024): later releases revise
/// earlier ones. <see cref="Latest"/> keeps, for each commodity, kind and year, the figures of the latest release that has
/// any; <see cref="Revisions"/> lists what changed. Every figure keeps its <see cref="ProductionRecord.Release"/>.
/// </summary>
public static class ProductionVintages
{
    /// <summary>Keeps, for each commodity, kind and year, every figure of the latest release that publishes that year (releases compare by name: MCS2025 after MCS2024).</summary>
    /// <param name="figures">Figures of one or more releases.</param>
    /// <returns>The figures kept, in their order.</returns>
    public static IReadOnlyList<ProductionRecord> Latest(IEnumerable<ProductionRecord> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var all = figures as IReadOnlyList<ProductionRecord> ?? [.. figures];
        var latest = new Dictionary<(string, ProductionFigureKind, int), string>();
        foreach (var figure in all)
        {
            var key = (figure.Commodity.Id, figure.Kind, figure.Year);
            if (!latest.TryGetValue(key, out var release) || string.CompareOrdinal(figure.Release, release) > 0)
            {
                latest[key] = figure.Release;
            }
        }

        return [.. all.Where(f => latest[(f.Commodity.Id, f.Kind, f.Year)] == f.Release)];
    }

    /// <summary>
    /// The figures published in two releases for the same commodity, kind, stage, area (with its qualifier) and year, each
    /// pair of consecutive releases once, where both give one figure. The measure's wording may differ between releases
    /// (both are shown); a figure withheld in one release and not in the other is listed with no change.
    /// </summary>
    /// <param name="figures">Figures of two or more releases.</param>
    /// <returns>The revisions, by commodity, year and area.</returns>
    public static IReadOnlyList<ProductionRevision> Revisions(IEnumerable<ProductionRecord> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var revisions = new List<ProductionRevision>();
        var groups = figures
            .Where(static f => f.Role is ProductionAreaRole.Country or ProductionAreaRole.WorldTotal)
            .GroupBy(static f => (f.Commodity.Id, f.Kind, f.Stage, f.Role, f.Area, f.Qualifier, f.Year));
        foreach (var group in groups)
        {
            // Only where each release gives exactly one figure for the key: two measures of one stage (platinum and
            // palladium) cannot be paired with certainty.
            var byRelease = group.GroupBy(static f => f.Release).ToList();
            if (byRelease.Count < 2 || byRelease.Exists(static r => r.Count() != 1))
            {
                continue;
            }

            var ordered = byRelease.Select(static r => r.Single()).OrderBy(static f => f.Release, StringComparer.Ordinal).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                revisions.Add(new ProductionRevision(ordered[i - 1], ordered[i]));
            }
        }

        return [.. revisions.OrderBy(static r => r.Later.Commodity.Id, StringComparer.Ordinal).ThenBy(static r => r.Later.Year).ThenBy(static r => r.Later.Area)];
    }
}
