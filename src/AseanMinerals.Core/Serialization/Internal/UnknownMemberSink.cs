using System.Text.Json;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// Collects the unknown members of one trade record (and of its nested objects) of a newer minor schema version;
/// allocates only when there are some.
/// </summary>
internal sealed class UnknownMemberSink
{
    private Dictionary<string, JsonElement>? _record;
    private Dictionary<string, JsonElement>? _breakdown;
    private Dictionary<string, JsonElement>? _conversion;

    /// <summary>Keeps an unknown member of the record or of a nested object; false when the object already has one of that name.</summary>
    public bool TryAdd(UnknownMemberPlace place, string name, JsonElement value) => place switch
    {
        UnknownMemberPlace.Record => (_record ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal)).TryAdd(name, value),
        UnknownMemberPlace.Breakdown => (_breakdown ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal)).TryAdd(name, value),
        UnknownMemberPlace.Conversion => (_conversion ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal)).TryAdd(name, value),
        _ => throw new ArgumentOutOfRangeException(nameof(place), place, "This object keeps no unknown members."),
    };

    /// <summary>The members collected since the last call, or null when there were none; the sink is empty afterwards.</summary>
    public RecordUnknownMembers? Take()
    {
        if (_record is null && _breakdown is null && _conversion is null)
        {
            return null;
        }

        var members = new RecordUnknownMembers(new UnknownMemberBag(_record), new UnknownMemberBag(_breakdown), new UnknownMemberBag(_conversion));
        _record = _breakdown = _conversion = null;
        return members;
    }
}

/// <summary>The unknown members of a trade record and of its nested objects, with value equality.</summary>
internal sealed record RecordUnknownMembers(UnknownMemberBag Record, UnknownMemberBag Breakdown, UnknownMemberBag Conversion)
{
    /// <summary>The members kept for one object of the record, or null for an object that keeps none.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Of(UnknownMemberPlace place) => place switch
    {
        UnknownMemberPlace.Record => Record.View,
        UnknownMemberPlace.Breakdown => Breakdown.View,
        UnknownMemberPlace.Conversion => Conversion.View,
        _ => null,
    };
}

/// <summary>
/// Where the unknown members of an object of a trade record are kept when a dataset of a newer minor schema version is
/// read (so that they are written back): the record's, its breakdown's, its conversion's, or nowhere (they are refused).
/// </summary>
internal enum UnknownMemberPlace
{
    /// <summary>Unknown members are refused, whatever the schema version.</summary>
    None,

    /// <summary>The record's own.</summary>
    Record,

    /// <summary>The breakdown's.</summary>
    Breakdown,

    /// <summary>The conversion's.</summary>
    Conversion,
}
