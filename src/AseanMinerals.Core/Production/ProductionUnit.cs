using System.Diagnostics.CodeAnalysis;

namespace AseanMinerals.Core.Production;

/// <summary>
/// A unit of a production figure, as the source names it (metric tons, thousand metric tons, kilograms, thousand metric dry
/// tons, thousand carats, million cubic meters): a dimension and an exact factor to the dimension's base. Amounts convert
/// only within a dimension; a sum never mixes dimensions (tons and dry tons, tons and carats).
/// </summary>
public readonly record struct ProductionUnit
{
    private ProductionUnit(string name, string symbol, ProductionDimension dimension, decimal factor)
    {
        Name = name;
        Symbol = symbol;
        Dimension = dimension;
        Factor = factor;
    }

    /// <summary>The name as USGS writes it, for example "thousand metric tons".</summary>
    public string Name { get; }

    /// <summary>The short symbol used in USGS column names and in output, for example <c>kt</c>.</summary>
    public string Symbol { get; }

    /// <summary>What the unit measures.</summary>
    public ProductionDimension Dimension { get; }

    /// <summary>How many base units (metric ton, metric dry ton, carat, cubic meter) one unit is.</summary>
    public decimal Factor { get; }

    /// <summary>Kilograms (0.001 t).</summary>
    public static ProductionUnit Kilogram { get; } = new("kilograms", "kg", ProductionDimension.Mass, 0.001m);

    /// <summary>Metric tons (the base of mass).</summary>
    public static ProductionUnit MetricTon { get; } = new("metric tons", "t", ProductionDimension.Mass, 1m);

    /// <summary>Thousand metric tons.</summary>
    public static ProductionUnit ThousandMetricTons { get; } = new("thousand metric tons", "kt", ProductionDimension.Mass, 1_000m);

    /// <summary>Million metric tons.</summary>
    public static ProductionUnit MillionMetricTons { get; } = new("million metric tons", "Mt", ProductionDimension.Mass, 1_000_000m);

    /// <summary>Thousand metric dry tons (bauxite): dry basis, not added to gross tons.</summary>
    public static ProductionUnit ThousandMetricDryTons { get; } = new("thousand metric dry tons", "kdt", ProductionDimension.DryMass, 1_000m);

    /// <summary>Thousand carats.</summary>
    public static ProductionUnit ThousandCarats { get; } = new("thousand carats", "kct", ProductionDimension.Carats, 1_000m);

    /// <summary>Million carats.</summary>
    public static ProductionUnit MillionCarats { get; } = new("million carats", "Mct", ProductionDimension.Carats, 1_000_000m);

    /// <summary>Million cubic meters.</summary>
    public static ProductionUnit MillionCubicMeters { get; } = new("million cubic meters", "Mm3", ProductionDimension.Volume, 1_000_000m);

    /// <summary>Every unit the library knows.</summary>
    public static IReadOnlyList<ProductionUnit> All { get; } =
        [Kilogram, MetricTon, ThousandMetricTons, MillionMetricTons, ThousandMetricDryTons, ThousandCarats, MillionCarats, MillionCubicMeters];

    /// <summary>Finds a unit by its USGS name ("metric tons", case and surrounding spaces ignored) or its symbol.</summary>
    /// <param name="text">The name or symbol.</param>
    /// <param name="unit">The unit, when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryFind(string? text, [NotNullWhen(true)] out ProductionUnit? unit)
    {
        var key = text?.Trim() ?? string.Empty;
        foreach (var candidate in All)
        {
            if (candidate.Name.Equals(key, StringComparison.OrdinalIgnoreCase) || candidate.Symbol.Equals(key, StringComparison.Ordinal))
            {
                unit = candidate;
                return true;
            }
        }

        unit = null;
        return false;
    }

    /// <summary>True when amounts in this unit and <paramref name="other"/> convert into each other (the same dimension).</summary>
    /// <param name="other">The other unit.</param>
    /// <returns>True for the same dimension.</returns>
    public bool ConvertsTo(ProductionUnit other) => Dimension == other.Dimension;

    /// <summary>Converts an amount in this unit into <paramref name="target"/>, exactly.</summary>
    /// <param name="amount">The amount in this unit.</param>
    /// <param name="target">The unit wanted.</param>
    /// <returns>The amount in <paramref name="target"/>.</returns>
    /// <exception cref="InvalidOperationException">The units measure different things (tons and carats, tons and dry tons).</exception>
    public decimal Convert(decimal amount, ProductionUnit target) =>
        ConvertsTo(target)
            ? amount * Factor / target.Factor
            : throw new InvalidOperationException($"{Name} ({Dimension}) do not convert to {target.Name} ({target.Dimension}).");

    /// <inheritdoc />
    public override string ToString() => Name;
}
