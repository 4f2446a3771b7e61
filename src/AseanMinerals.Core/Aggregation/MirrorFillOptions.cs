namespace AseanMinerals.Core.Aggregation;

/// <summary>How <see cref="TradeCube.MirrorFill"/> estimates a non-reporting member's trade from its partners' reports.</summary>
public sealed record MirrorFillOptions
{
    /// <summary>No CIF/FOB adjustment: partners' values are used as reported (CIF import values for exports).</summary>
    public static MirrorFillOptions Default { get; } = new();

    /// <summary>
    /// A CIF-to-FOB factor (for example 0.95, an assumption the caller states and sources): an export estimated from a
    /// partner's CIF imports is multiplied by it, an import estimated from a partner's FOB exports divided by it. Null for none.
    /// </summary>
    public decimal? CifToFobFactor { get; init; }
}
