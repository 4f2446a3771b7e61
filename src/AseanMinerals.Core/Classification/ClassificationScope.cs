using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// A named selection of commodities, such as "minerals": the codes of some <see cref="Groups"/>, refined by HS prefixes
/// to include or exclude. A code's group decides first; then, where one of <see cref="IncludePrefixes"/> or
/// <see cref="ExcludePrefixes"/> matches the code, the longest matching one decides.
/// </summary>
public sealed record ClassificationScope : ExtensibleRecord
{
    /// <summary>The identifier, for example <c>minerals</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name, for example "Minerals, excluding mineral fuels".</summary>
    public required string Name { get; init; }

    /// <summary>What the scope holds and why.</summary>
    public string? Description { get; init; }

    /// <summary>The identifiers of the groups whose codes are in the scope.</summary>
    public IReadOnlyList<string> Groups { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <summary>HS prefixes whose codes are in the scope whatever their group.</summary>
    public IReadOnlyList<HsCode> IncludePrefixes { get; init => field = ValueList.From(value); } = ValueList.From<HsCode>(null);

    /// <summary>HS prefixes whose codes are out of the scope whatever their group.</summary>
    public IReadOnlyList<HsCode> ExcludePrefixes { get; init => field = ValueList.From(value); } = ValueList.From<HsCode>(null);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Id} ({Name}): groups {string.Join(", ", Groups)}"
        + (IncludePrefixes.Count > 0 ? $"; including HS {string.Join(", ", IncludePrefixes)}" : string.Empty)
        + (ExcludePrefixes.Count > 0 ? $"; excluding HS {string.Join(", ", ExcludePrefixes)}" : string.Empty);
}
