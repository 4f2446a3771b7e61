using System.Collections.ObjectModel;
using System.Text.Json;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// Holds the dictionary the serializer fills with unknown members, and gives it value equality (by name and by the deep
/// equality of the JSON values, whatever the order of the members), so that records holding it stay comparable.
/// </summary>
internal readonly struct UnknownMemberBag(IDictionary<string, JsonElement>? dictionary) : IEquatable<UnknownMemberBag>
{
    private static readonly IReadOnlyDictionary<string, JsonElement> Empty = ReadOnlyDictionary<string, JsonElement>.Empty;

    public IDictionary<string, JsonElement>? Dictionary { get; } = dictionary;

    public IReadOnlyDictionary<string, JsonElement> View => Dictionary is { Count: > 0 } members
        ? members as IReadOnlyDictionary<string, JsonElement> ?? new ReadOnlyDictionary<string, JsonElement>(members)
        : Empty;

    public bool Equals(UnknownMemberBag other)
    {
        var mine = Dictionary;
        var theirs = other.Dictionary;
        if ((mine?.Count ?? 0) != (theirs?.Count ?? 0))
        {
            return false;
        }

        if (mine is null || theirs is null || ReferenceEquals(mine, theirs))
        {
            return true;
        }

        foreach (var (name, value) in mine)
        {
            if (!theirs.TryGetValue(name, out var other2) || !JsonElement.DeepEquals(value, other2))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is UnknownMemberBag other && Equals(other);

    // Order-independent: names only (deep hashing of JSON values is not worth it; equal bags have equal names).
    public override int GetHashCode()
    {
        var hash = 0;
        if (Dictionary is { } members)
        {
            foreach (var name in members.Keys)
            {
                hash ^= StringComparer.Ordinal.GetHashCode(name);
            }
        }

        return hash;
    }
}
