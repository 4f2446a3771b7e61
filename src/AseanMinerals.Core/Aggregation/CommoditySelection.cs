namespace AseanMinerals.Core.Aggregation;

/// <summary>The commodities a figure covers: all of them (on a stated basis), a scope such as "minerals", or one group.</summary>
public sealed record CommoditySelection
{
    private CommoditySelection(CommoditySelectionKind kind, string? id, TotalBasis basis)
    {
        Kind = kind;
        Id = id;
        Basis = basis;
    }

    /// <summary>The classification's default scope ("minerals" in the library's own).</summary>
    public static CommoditySelection DefaultScope { get; } = new(CommoditySelectionKind.Scope, null, TotalBasis.Auto);

    /// <summary>What is selected.</summary>
    public CommoditySelectionKind Kind { get; }

    /// <summary>The scope or group identifier; null for all commodities and for the default scope.</summary>
    public string? Id { get; }

    /// <summary>For all commodities, where the total comes from.</summary>
    public TotalBasis Basis { get; }

    /// <summary>All commodities.</summary>
    /// <param name="basis">Where the total comes from.</param>
    /// <returns>The selection.</returns>
    public static CommoditySelection All(TotalBasis basis = TotalBasis.Auto) => new(CommoditySelectionKind.All, null, basis);

    /// <summary>The codes of a named scope.</summary>
    /// <param name="scopeId">The scope's identifier, for example <c>minerals-and-fuels</c>.</param>
    /// <returns>The selection.</returns>
    public static CommoditySelection Scope(string scopeId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scopeId);
        return new(CommoditySelectionKind.Scope, scopeId, TotalBasis.Auto);
    }

    /// <summary>The codes of one group.</summary>
    /// <param name="groupId">The group's identifier, for example <c>metallic-ores</c>.</param>
    /// <returns>The selection.</returns>
    public static CommoditySelection Group(string groupId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        return new(CommoditySelectionKind.Group, groupId, TotalBasis.Auto);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        CommoditySelectionKind.All => "all commodities",
        CommoditySelectionKind.Scope => $"scope {Id ?? "(default)"}",
        _ => $"group {Id}",
    };
}
