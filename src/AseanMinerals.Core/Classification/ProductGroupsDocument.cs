using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// The shape of <c>seeds/classification/product-groups.json</c>, read into <see cref="ProductGroups"/>. The library's
/// own data, read by the strict reader of the public documents and checked against a schema generated from this type
/// by the tests; no schema for it is published.
/// </summary>
internal sealed record ProductGroupsDocument : ExtensibleRecord
{
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Id { get; init; }

    public string? Note { get; init; }

    public required string Evidence { get; init; }

    public required IReadOnlyList<ProductGroup> Groups { get; init; }
}
