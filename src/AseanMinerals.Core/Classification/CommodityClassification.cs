using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// A classification of HS codes into named <see cref="CommodityGroup"/>s, with named <see cref="ClassificationScope"/>s
/// over them. It is data, not code: <see cref="MineralsClassification.Default"/> is the library's, from
/// <c>seeds/classification/minerals.json</c>; users build their own or change it with <see cref="WithScope"/> and
/// <see cref="WithGroup"/>. <see cref="Compile"/> checks it and makes the fast <see cref="CommodityClassifier"/>.
/// A classification is a document users write and share: it states its <see cref="SchemaVersion"/> and is read and written
/// with <see cref="AseanMineralsJson.DeserializeClassification(string)"/> and
/// <see cref="AseanMineralsJson.Serialize(CommodityClassification)"/> (schema <see cref="JsonSchemaKind.Classification"/>).
/// </summary>
public sealed record CommodityClassification : ExtensibleRecord
{
    /// <summary>The schema version this library writes and fully understands.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The version of the schema the document follows, <c>MAJOR.MINOR</c>.</summary>
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The identifier, for example <c>asean-minerals</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>What the classification is and what it assumes.</summary>
    public string? Note { get; init; }

    /// <summary>Where its definitions come from.</summary>
    public IReadOnlyList<Source> Sources { get; init => field = ValueList.From(value); } = ValueList.From<Source>(null);

    /// <summary>The identifier of the scope used when a query names none.</summary>
    public required string DefaultScope { get; init; }

    /// <summary>The commodity groups.</summary>
    public required IReadOnlyList<CommodityGroup> Groups { get; init => field = ValueList.From(value); }

    /// <summary>The named scopes over the groups.</summary>
    public IReadOnlyList<ClassificationScope> Scopes { get; init => field = ValueList.From(value); } = ValueList.From<ClassificationScope>(null);

    /// <summary>Finds a scope by its identifier.</summary>
    /// <param name="id">The identifier (ordinal, case-sensitive).</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">No scope has that identifier; the message lists those that exist.</exception>
    public ClassificationScope Scope(string id) =>
        Scopes.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))
        ?? throw new ArgumentException($"The classification '{Id}' has no scope '{id}'; its scopes are: {string.Join(", ", Scopes.Select(static s => s.Id))}.", nameof(id));

    /// <summary>Returns a copy with a scope added, or replacing the scope with the same identifier.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The new classification.</returns>
    public CommodityClassification WithScope(ClassificationScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return this with { Scopes = Replace(Scopes, scope, static s => s.Id) };
    }

    /// <summary>Returns a copy with a group added, or replacing the group with the same identifier.</summary>
    /// <param name="group">The group.</param>
    /// <returns>The new classification.</returns>
    public CommodityClassification WithGroup(CommodityGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return this with { Groups = Replace(Groups, group, static g => g.Id) };
    }

    /// <summary>Returns a copy whose default scope is another of its scopes.</summary>
    /// <param name="scopeId">The identifier of the scope.</param>
    /// <returns>The new classification.</returns>
    public CommodityClassification WithDefaultScope(string scopeId) => this with { DefaultScope = Preconditions.CheckNotBlank(scopeId) };

    /// <summary>Checks the classification against every <see cref="ClassificationRules"/> rule.</summary>
    /// <returns>Every issue found, each with its code and path (<c>groups[2].prefixes[0]</c>).</returns>
    public ValidationResult Validate() => new ClassificationValidator(this, HsNomenclature.Default).Run();

    /// <summary>Checks the classification and makes its classifier.</summary>
    /// <returns>The classifier.</returns>
    /// <exception cref="ValidationException">The classification breaks a rule; the exception holds every issue.</exception>
    public CommodityClassifier Compile()
    {
        Validate().ThrowIfInvalid();
        return new CommodityClassifier(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Groups.Count} groups, {Scopes.Count} scopes, default scope '{DefaultScope}'";

    private static List<T> Replace<T>(IReadOnlyList<T> items, T item, Func<T, string> id)
    {
        var list = items.ToList();
        var index = list.FindIndex(i => string.Equals(id(i), id(item), StringComparison.Ordinal));
        if (index >= 0)
        {
            list[index] = item;
        }
        else
        {
            list.Add(item);
        }

        return list;
    }
}
