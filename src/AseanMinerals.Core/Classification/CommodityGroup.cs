using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// A named group of commodities defined by HS prefixes: chapters, headings or subheadings (<c>25</c>, <c>2601</c>,
/// <c>710812</c>). A code belongs to the group whose prefix matches it longest.
/// </summary>
public sealed record CommodityGroup : ExtensibleRecord
{
    /// <summary>The identifier, for example <c>metallic-ores</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name, for example "Metallic ores, slag and ash".</summary>
    public required string Name { get; init; }

    /// <summary>The HS prefixes (2, 4 or 6 digits) whose codes the group holds.</summary>
    public required IReadOnlyList<HsCode> Prefixes { get; init => field = ValueList.From(value); }

    /// <summary>A note on what the group holds or why.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}): HS {string.Join(", ", Prefixes)}";
}
