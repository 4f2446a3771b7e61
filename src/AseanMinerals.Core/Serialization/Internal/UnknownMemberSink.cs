using System.Text.Json;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// Collects the unknown members of one trade record (and of its breakdown) of a newer minor schema version; allocates
/// only when there are some.
/// </summary>
internal sealed class UnknownMemberSink
{
    private Dictionary<string, JsonElement>? _record;
    private Dictionary<string, JsonElement>? _breakdown;

    public bool TryAdd(string name, JsonElement value) => (_record ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal)).TryAdd(name, value);

    public bool TryAddToBreakdown(string name, JsonElement value) => (_breakdown ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal)).TryAdd(name, value);

    /// <summary>The members collected since the last call, or null when there were none; the sink is empty afterwards.</summary>
    public RecordUnknownMembers? Take()
    {
        if (_record is null && _breakdown is null)
        {
            return null;
        }

        var members = new RecordUnknownMembers(new UnknownMemberBag(_record), new UnknownMemberBag(_breakdown));
        _record = _breakdown = null;
        return members;
    }
}

/// <summary>The unknown members of a trade record and of its breakdown, with value equality.</summary>
internal sealed record RecordUnknownMembers(UnknownMemberBag Record, UnknownMemberBag Breakdown);
