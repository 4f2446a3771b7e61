namespace AseanMinerals.Core.Production;

/// <summary>A figure as an earlier release gave it and as a later release revised it.</summary>
/// <param name="Earlier">The figure of the earlier release (often an estimate).</param>
/// <param name="Later">The figure of the later release.</param>
public sealed record ProductionRevision(ProductionRecord Earlier, ProductionRecord Later)
{
    /// <summary>The later amount less the earlier one, in the later figure's unit; null when either has no number or the units do not convert.</summary>
    public decimal? Change =>
        Earlier.Amount is { } before && Later.Amount is { } after && Earlier.Unit.ConvertsTo(Later.Unit)
            ? after - Earlier.Unit.Convert(before, Later.Unit)
            : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Later.Commodity.Id} {Later.AreaName} {Later.Year}: {Earlier.Release} {Earlier.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {Earlier.Unit.Symbol}" +
        $" -> {Later.Release} {Later.Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {Later.Unit.Symbol}";
}
