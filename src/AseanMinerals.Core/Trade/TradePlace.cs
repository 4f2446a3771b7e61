using System.Globalization;

namespace AseanMinerals.Core.Trade;

/// <summary>Where a record came from: a line of a source, or the record's number in a source without lines to name.</summary>
/// <param name="Source">The source, for example a file path.</param>
/// <param name="Number">The line (from 1), or the record's number (from 1) when <paramref name="IsLine"/> is false.</param>
/// <param name="IsLine">True when <paramref name="Number"/> is a line.</param>
public readonly record struct TradePlace(string Source, long Number, bool IsLine = true)
{
    /// <summary>The record's number in a source whose lines are not known.</summary>
    /// <param name="source">The source.</param>
    /// <param name="number">The record's number, from 1.</param>
    /// <returns>The place.</returns>
    public static TradePlace Record(string source, long number) => new(source, number, IsLine: false);

    /// <inheritdoc />
    public override string ToString() =>
        IsLine ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{Number}") : string.Create(CultureInfo.InvariantCulture, $"{Source}, record {Number}");
}
