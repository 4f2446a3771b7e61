using System.Globalization;
using AseanMinerals.Core.Provenance;

namespace AseanMinerals.Core.Indicators;

/// <summary>
/// A figure ASEAN or a statistical source has published, kept as published with its source, so that figures the
/// library computes can be set beside it ("trade in minerals was US$250 billion in 2018").
/// </summary>
public sealed record PublishedIndicator : SourcedRecord
{
    /// <summary>The identifier used in reference data (<c>minerals-trade-2018</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What the figure measures.</summary>
    public required IndicatorMeasure Measure { get; init; }

    /// <summary>The year the figure is for.</summary>
    public required int Year { get; init; }

    /// <summary>The figure, in <see cref="Unit"/>.</summary>
    public required decimal Value { get; init; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public required IndicatorUnit Unit { get; init; }

    /// <summary>How the source qualifies the figure.</summary>
    public IndicatorQualifier Qualifier { get; init; }

    /// <summary>The source's own words, quoted, where they help to read the figure.</summary>
    public string? Quote { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var value = Unit == IndicatorUnit.Percent
            ? string.Create(CultureInfo.InvariantCulture, $"{Value}%")
            : string.Create(CultureInfo.InvariantCulture, $"US${Value} billion");
        var qualifier = Qualifier == IndicatorQualifier.Approximately ? "about " : string.Empty;
        return $"{Measure} {Year}: {qualifier}{value}";
    }
}
