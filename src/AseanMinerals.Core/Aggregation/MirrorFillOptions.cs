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
    /// <exception cref="ArgumentOutOfRangeException">The factor is not above 0 and at most 1.</exception>
    public decimal? CifToFobFactor
    {
        get;
        init
        {
            // FOB is CIF less freight and insurance, so the factor is a part of the CIF value: 0 would divide the import
            // estimates by zero, a negative factor would make trade negative, above 1 would make FOB exceed CIF.
            if (value is { } factor && factor is <= 0m or > 1m)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(CifToFobFactor),
                    factor,
                    "The CIF-to-FOB factor must be above 0 and at most 1: a FOB value is the CIF value less freight and insurance, so the factor is the FOB part of the CIF value (for example 0.95); 0 would divide the import estimates by zero, a negative factor would make trade negative, and one above 1 would make FOB exceed CIF.");
            }

            field = value;
        }
    }
}
