using System.Collections;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Serialization.Internal;

/// <summary>
/// The records of a trade dataset: an immutable list with value equality that also keeps, by position, the members a newer
/// minor schema version added to some records, so that writing the dataset back loses nothing. A list built from other
/// records (a filter, a projection) carries none: the positions would no longer hold.
/// </summary>
internal sealed class TradeRecordList : IReadOnlyList<TradeRecord>, IEquatable<TradeRecordList>
{
    public static readonly TradeRecordList Empty = new([], null);

    private readonly TradeRecord[] _records;
    private readonly Dictionary<int, RecordUnknownMembers>? _unknownMembers;

    private TradeRecordList(TradeRecord[] records, Dictionary<int, RecordUnknownMembers>? unknownMembers)
    {
        _records = records;
        _unknownMembers = unknownMembers is { Count: > 0 } ? unknownMembers : null;
    }

    public int Count => _records.Length;

    public TradeRecord this[int index] => _records[index];

    public static TradeRecordList From(IEnumerable<TradeRecord>? records) => records switch
    {
        null => Empty,
        TradeRecordList list => list,
        _ => records.ToArray() is { Length: > 0 } array ? new TradeRecordList(array, null) : Empty,
    };

    public static TradeRecordList Create(TradeRecord[] records, Dictionary<int, RecordUnknownMembers>? unknownMembers) =>
        records.Length == 0 && unknownMembers is null ? Empty : new TradeRecordList(records, unknownMembers);

    /// <summary>The unknown members of the record at a position, or null.</summary>
    public RecordUnknownMembers? UnknownMembersAt(int index) =>
        _unknownMembers is not null && _unknownMembers.TryGetValue(index, out var members) ? members : null;

    public IEnumerator<TradeRecord> GetEnumerator() => ((IEnumerable<TradeRecord>)_records).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _records.GetEnumerator();

    public bool Equals(TradeRecordList? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!_records.AsSpan().SequenceEqual(other._records) || (_unknownMembers?.Count ?? 0) != (other._unknownMembers?.Count ?? 0))
        {
            return false;
        }

        return _unknownMembers is null
            || _unknownMembers.All(pair => other._unknownMembers!.TryGetValue(pair.Key, out var theirs) && pair.Value.Equals(theirs));
    }

    public override bool Equals(object? obj) => Equals(obj as TradeRecordList);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var record in _records)
        {
            hash.Add(record);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => $"{Count} trade records";
}
