using AseanMinerals.Core.Countries;

namespace AseanMinerals.Core.Production;

/// <summary>
/// One production, capacity or reserves figure as a source publishes it: a commodity, a stage and the measure in the
/// source's words ("Mine production, nickel content"), an area (a country, the published world total or the "Other
/// countries" residual), a year, an amount in its unit (none when withheld, not available or given in words), flags and
/// the release it came from. Amounts in different units are never added: convert with <see cref="ProductionUnit.Convert"/>.
/// </summary>
public readonly record struct ProductionRecord
{
    /// <summary>The commodity.</summary>
    public required MineralCommodity Commodity { get; init; }

    /// <summary>Production, capacity or reserves.</summary>
    public required ProductionFigureKind Kind { get; init; }

    /// <summary>The stage the measure names (mine, refinery, smelter, plant).</summary>
    public required ProductionStage Stage { get; init; }

    /// <summary>The measure as the source states it, for example "Mine production, nickel content".</summary>
    public required string Measure { get; init; }

    /// <summary>The country's area code; the World (<c>000</c>) for a world total or the "Other countries" residual.</summary>
    public required AreaCode Area { get; init; }

    /// <summary>Whether the figure is one country's, the published world total or the residual of other countries.</summary>
    public ProductionAreaRole Role { get; init; }

    /// <summary>The area as the source names it, cleaned of footnote marks and spaces ("Burma", "Congo (Kinshasa)").</summary>
    public required string AreaName { get; init; }

    /// <summary>What the source adds to the area name, for example "beneficiated" in "Brazil (beneficiated)"; null when nothing.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The year the figure is for.</summary>
    public required int Year { get; init; }

    /// <summary>The amount in <see cref="Unit"/>; null when the source gives no number (withheld, not available, words).</summary>
    public decimal? Amount { get; init; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public required ProductionUnit Unit { get; init; }

    /// <summary>Estimated, withheld, not available, greater than, less than, in words.</summary>
    public ProductionFlags Flags { get; init; }

    /// <summary>The release the figure came from, for example <c>MCS2025</c>.</summary>
    public required string Release { get; init; }

    /// <summary>The file or stream the figure was read from, where known.</summary>
    public string? Source { get; init; }

    /// <summary>The 1-based line of the figure in <see cref="Source"/>, where known.</summary>
    public long? Line { get; init; }

    /// <summary>True when the figure is an estimate.</summary>
    public bool IsEstimated => (Flags & ProductionFlags.Estimated) != 0;

    /// <summary>The amount in another unit of the same dimension, exactly; null when there is no amount.</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>The converted amount.</returns>
    /// <exception cref="InvalidOperationException">The units measure different things.</exception>
    public decimal? AmountIn(ProductionUnit unit) => Amount is { } amount ? Unit.Convert(amount, unit) : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Release} {Commodity.Id} {Kind} {Stage} {AreaName}{(Qualifier is null ? "" : " (" + Qualifier + ")")} {Year}: " +
        $"{(Amount is { } a ? a.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Unit.Symbol : "no number")}{(Flags == ProductionFlags.None ? "" : " [" + Flags + "]")}";
}
