using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Concordance;

/// <summary>One pair of the correlation between two HS editions: a source code, one of its target codes, and how they relate.</summary>
/// <param name="Source">The code in the source edition.</param>
/// <param name="Target">A code of the target edition the source code's goods fall in, in part or whole.</param>
/// <param name="Relationship">How the pair relates (1:1, 1:n, n:1, n:n).</param>
/// <param name="IsUnsdConversion">True for the one target <see cref="HsSplitMode.Unsd"/> gives the source code.</param>
public readonly record struct HsCorrelation(HsCode Source, HsCode Target, HsRelationship Relationship, bool IsUnsdConversion)
{
    /// <summary>The relationship as UNSD writes it: <c>1:1</c>, <c>1:n</c>, <c>n:1</c> or <c>n:n</c>.</summary>
    public string RelationshipText => Relationship switch
    {
        HsRelationship.OneToOne => "1:1",
        HsRelationship.OneToMany => "1:n",
        HsRelationship.ManyToOne => "n:1",
        _ => "n:n",
    };
}
