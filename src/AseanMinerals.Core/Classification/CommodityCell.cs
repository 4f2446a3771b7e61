using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// A class of HS codes that a <see cref="CommodityClassifier"/> cannot tell apart: the same group, and in the same
/// scopes. Aggregates keep one figure per cell, so every group and every scope is a sum of cells.
/// </summary>
public sealed record CommodityCell
{
    /// <summary>The cell's number in its classifier (0 is always <c>TOTAL</c>, 1 the codes of no group and no scope).</summary>
    public required int Index { get; init; }

    /// <summary>What the cell holds.</summary>
    public required CommodityCellKind Kind { get; init; }

    /// <summary>The group of the cell's codes; null for <c>TOTAL</c> and for codes of no group.</summary>
    public string? GroupId { get; init; }

    /// <summary>The scopes the cell's codes are in.</summary>
    public IReadOnlyList<string> Scopes { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        CommodityCellKind.Total => "TOTAL",
        _ => $"{GroupId ?? "(no group)"}{(Scopes.Count > 0 ? " in " + string.Join(", ", Scopes) : string.Empty)}",
    };
}
