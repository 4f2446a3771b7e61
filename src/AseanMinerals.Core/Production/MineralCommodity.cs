namespace AseanMinerals.Core.Production;

/// <summary>
/// A mineral commodity of the production statistics, one entry whatever the release calls it: "Gemanium" (MCS2025) and
/// the file code <c>germa</c> (MCS2023, MCS2024) are both <c>germanium</c>. <see cref="MineralCommodities"/> lists them.
/// </summary>
/// <param name="Id">The stable identifier, lowercase with hyphens, for example <c>rare-earths</c>.</param>
/// <param name="Name">The name shown in results, for example "Rare earths".</param>
public sealed record MineralCommodity(string Id, string Name)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
