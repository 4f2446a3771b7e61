using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Core.Production;

/// <summary>
/// The Herfindahl-Hirschman index of producers in a series (0 to 10,000), over the country rows with a number, each as a
/// percentage of their sum. The "Other countries" residual is left out (it is many producers, not one) and named in
/// <see cref="ResidualLeftOut"/>; rows without a number are counted in <see cref="RowsWithoutNumber"/>.
/// </summary>
public sealed record ProductionConcentration
{
    /// <summary>The series.</summary>
    public required ProductionSeries Series { get; init; }

    /// <summary>The index; null when no country has a positive number.</summary>
    public decimal? Index { get; init; }

    /// <summary>The usual reading of the index.</summary>
    public ConcentrationBand? Band { get; init; }

    /// <summary>The country rows counted.</summary>
    public required int Parts { get; init; }

    /// <summary>The "Other countries" amount left out, in the unit of the series; zero when none.</summary>
    public required decimal ResidualLeftOut { get; init; }

    /// <summary>Country rows without a number (withheld, not available), left out.</summary>
    public required int RowsWithoutNumber { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Series}: HHI {(Index is { } i ? Math.Round(i, 0).ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + Band + ")" : "-")} over {Parts} countries";
}
