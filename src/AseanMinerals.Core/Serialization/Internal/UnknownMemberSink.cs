using System.Text.Json;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>Collects the unknown members of one trade record of a newer minor schema version; allocates only when there are some.</summary>
internal sealed class UnknownMemberSink
{
    private Dictionary<string, JsonElement>? _members;

    public bool TryAdd(string name, JsonElement value) => (_members ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal)).TryAdd(name, value);

    /// <summary>The members collected since the last call, or null when there were none; the sink is empty afterwards.</summary>
    public Dictionary<string, JsonElement>? Take()
    {
        var members = _members;
        _members = null;
        return members;
    }
}
