using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// Finds records with the same key (period, reporter, partner, flow, commodity, breakdown) across every input of one
/// question, so that the same trade is never added twice: a file given twice, a Comtrade file with its own converted
/// output, a duplicated row. Keys are compared exactly (packed into 128 bits: no hash collision can call two trades one).
/// Refuses a duplicate by default; <see cref="DuplicateTradeRule.KeepFirst"/> keeps the first and reports the rest.
/// The rule is the one <see cref="TradeRecordValidator"/> checks as AMC2009. Not thread-safe.
/// </summary>
/// <remarks>
/// Memory: trade files come grouped by period and reporter (Comtrade's are), so the guard keeps a hash table of the
/// current group's keys only, cleared when the group changes, and keeps each closed group's keys in a compact list
/// (16 bytes a key: the key without its group, exact, and the first place), read back only if that group comes again
/// (a file given twice). Input that is not grouped (a group that keeps coming back) switches the guard to one table of
/// every key (about 32 bytes a key). Rows by customs procedure or transport mode keep their keys in a table of their own.
/// </remarks>
public sealed class DuplicateTradeGuard
{
    private const int MaxReported = 100;
    private const ulong Occupied = 1UL << 63;
    private const int GenerationShift = 47; // the high word's bits 47-62 say which group's table a slot belongs to
    private const ulong TagMask = ~((1UL << GenerationShift) - 1);
    private const int GroupBits = 27; // period and reporter: the low word's low bits
    private const ulong GroupMask = (1UL << GroupBits) - 1;
    private const int ResidualHighShift = 64 - GroupBits; // the high word goes above the low word's 37 other bits
    private const int NumberBits = 40;
    private const int ChunkBits = 16;

    private readonly List<string> _sources = [];
    private readonly Dictionary<string, int> _sourceIndex = new(StringComparer.Ordinal);
    private readonly List<DuplicateTrade> _reported = [];
    private readonly Dictionary<(ulong Low, ulong High), long> _wide = []; // keys too wide for the compact list
    private readonly Dictionary<int, List<(long Start, long End)>> _closed = []; // closed groups: their keys in the list
    private readonly List<(ulong[] Residuals, long[] Places)> _chunks = []; // the compact list, in chunks of 2^16
    private ulong[] _residuals = [];
    private long[] _places = [];
    private Slot[] _slots = new Slot[1024];
    private int _shift = 64 - 10;
    private int _limit = 768;
    private int _inTable;
    private long _listed;
    private long _groupStart;
    private long _reloaded;
    private int _group = -1;
    private ulong _tag = Occupied | (1UL << GenerationShift);
    private bool _ungrouped;
    private string? _lastSource;
    private int _lastSourceIndex;

    /// <summary>Creates a guard.</summary>
    /// <param name="rule">What to do with a duplicate.</param>
    public DuplicateTradeGuard(DuplicateTradeRule rule = DuplicateTradeRule.Refuse) => Rule = rule;

    /// <summary>What the guard does with a duplicate.</summary>
    public DuplicateTradeRule Rule { get; }

    /// <summary>How many distinct keys it has seen.</summary>
    public long DistinctKeys { get; private set; }

    /// <summary>How many records were left out as duplicates (under <see cref="DuplicateTradeRule.KeepFirst"/>).</summary>
    public long DuplicatesLeftOut { get; private set; }

    /// <summary>The first 100 duplicates found, with both places.</summary>
    public IReadOnlyList<DuplicateTrade> Duplicates => _reported;

    /// <summary>Whether a record is the first of its key: true to add it; false for a later one left out.</summary>
    /// <param name="record">The record.</param>
    /// <param name="place">Where it came from.</param>
    /// <returns>True when its key is new.</returns>
    /// <exception cref="DuplicateTradeException">The key was seen and the rule is <see cref="DuplicateTradeRule.Refuse"/>.</exception>
    public bool Admit(in TradeRecord record, TradePlace place)
    {
        if (TryAdmit(record, place, out var first))
        {
            return true;
        }

        var duplicate = new DuplicateTrade(record, first, place);
        if (Rule == DuplicateTradeRule.Refuse)
        {
            throw new DuplicateTradeException(duplicate);
        }

        DuplicatesLeftOut++;
        if (_reported.Count < MaxReported)
        {
            _reported.Add(duplicate);
        }

        return false;
    }

    /// <summary>Remembers a record's key: true when new; false with the place of the first record of that key.</summary>
    internal bool TryAdmit(in TradeRecord record, TradePlace place, out TradePlace first)
    {
        var (low, high) = Pack(record);
        if ((high >> ResidualHighShift) != 0)
        {
            // A breakdown row whose codes do not fit the compact list (a transport mode, say): exact, kept apart.
            if (_wide.TryGetValue((low, high), out var seen))
            {
                first = Decode(seen);
                return false;
            }

            _wide[(low, high)] = Encode(place);
            DistinctKeys++;
            first = default;
            return true;
        }

        var group = (int)(low & GroupMask);
        if (group != _group && !_ungrouped)
        {
            ChangeGroup(group);
        }

        var slots = _slots;
        var mask = slots.Length - 1;
        var i = Home(low, high);
        while (true)
        {
            ref var slot = ref slots[i];
            if ((slot.High & TagMask) != _tag)
            {
                // Empty, or a slot of a closed group's table: free for this group.
                var encoded = Encode(place);
                (slot.Low, slot.High, slot.Place) = (low, high | _tag, encoded);
                if (!_ungrouped)
                {
                    List(low, high, encoded);
                }

                DistinctKeys++;
                if (++_inTable > _limit)
                {
                    Grow();
                }

                first = default;
                return true;
            }

            if (slot.Low == low && slot.High == (high | _tag))
            {
                first = Decode(slot.Place);
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    // Exact: period 17 bits and reporter 10 (the group), partner 10, commodity 27 in the low word; flow 4, second partner
    // 10, customs procedure and transport mode 16 each in the high word (its bits 47-63 tag the slot).
    private static (ulong Low, ulong High) Pack(in TradeRecord record)
    {
        var low = (ulong)(uint)CubeKey.PeriodCode(record.Period)
            | ((ulong)(uint)record.Reporter.Value << 17)
            | ((ulong)(uint)record.Partner.Value << 27)
            | ((ulong)(uint)record.Commodity.Packed << 37);
        var breakdown = record.Breakdown;
        var high = (ulong)(uint)record.Flow
            | ((ulong)(uint)breakdown.SecondPartner.Value << 4)
            | ((ulong)breakdown.CustomsProcedure << 14)
            | ((ulong)breakdown.TransportMode << 30);
        return (low, high);
    }

    private int Home(ulong low, ulong high) => (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> _shift);

    // A new group: the table is emptied (by a new tag, not by clearing it) for the new group's keys. A closed group that
    // comes again gets its keys back from the list; input that keeps coming back is not grouped, and gets one table.
    private void ChangeGroup(int group)
    {
        if (_group >= 0 && _listed > _groupStart)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(_closed, _group, out _) ??= []).Add((_groupStart, _listed));
        }

        (_group, _groupStart, _inTable) = (group, _listed, 0);
        NewTag();
        if (!_closed.TryGetValue(group, out var segments))
        {
            return;
        }

        foreach (var (start, end) in segments)
        {
            _reloaded += end - start;
        }

        if (_reloaded > (2 * _listed) + 65_536)
        {
            Ungroup();
            return;
        }

        // Its keys come back into the table; its new keys will make one more segment of the list.
        foreach (var (start, end) in segments)
        {
            for (var k = start; k < end; k++)
            {
                var (residual, encoded) = Listed(k);
                Insert(Unlisted(residual, group), encoded);
            }
        }
    }

    private static (ulong Low, ulong High) Unlisted(ulong residual, int group) => ((residual << GroupBits) | (uint)group, residual >> ResidualHighShift);

    private void NewTag()
    {
        var generation = ((_tag >> GenerationShift) & 0xFFFF) + 1;
        if (generation > 0xFFFF)
        {
            Array.Clear(_slots);
            generation = 1;
        }

        _tag = Occupied | (generation << GenerationShift);
    }

    // Every key seen, in one table; the list and the closed groups are no longer needed.
    private void Ungroup()
    {
        _ungrouped = true;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, (_listed * 4 / 3) + 1));
        (_slots, _shift, _limit, _inTable) = (new Slot[size], 64 - BitOperations.Log2((uint)size), size / 4 * 3, 0);
        NewTag();
        foreach (var (group, segments) in _closed)
        {
            foreach (var (start, end) in segments)
            {
                for (var k = start; k < end; k++)
                {
                    var (residual, encoded) = Listed(k);
                    Insert(Unlisted(residual, group), encoded);
                }
            }
        }

        for (var k = _groupStart; k < _listed; k++)
        {
            var (residual, encoded) = Listed(k);
            Insert(Unlisted(residual, _group), encoded);
        }

        _closed.Clear();
        _chunks.Clear();
        _listed = _groupStart = 0;
    }

    private void Insert((ulong Low, ulong High) key, long encoded)
    {
        var mask = _slots.Length - 1;
        var i = Home(key.Low, key.High);
        while ((_slots[i].High & TagMask) == _tag)
        {
            i = (i + 1) & mask;
        }

        (_slots[i].Low, _slots[i].High, _slots[i].Place) = (key.Low, key.High | _tag, encoded);
        if (++_inTable > _limit)
        {
            Grow();
        }
    }

    // The key without its group (37 + 27 bits, exact) and the first place, appended to the compact list.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void List(ulong low, ulong high, long encoded)
    {
        var at = (int)(_listed & ((1 << ChunkBits) - 1));
        if (at == 0)
        {
            _chunks.Add((new ulong[1 << ChunkBits], new long[1 << ChunkBits]));
            (_residuals, _places) = _chunks[^1];
        }

        _residuals[at] = (low >> GroupBits) | (high << ResidualHighShift);
        _places[at] = encoded;
        _listed++;
    }

    private (ulong Residual, long Place) Listed(long k)
    {
        var (residuals, places) = _chunks[(int)(k >> ChunkBits)];
        var at = (int)(k & ((1 << ChunkBits) - 1));
        return (residuals[at], places[at]);
    }

    private long Encode(TradePlace place)
    {
        if (!ReferenceEquals(place.Source, _lastSource))
        {
            if (!_sourceIndex.TryGetValue(place.Source, out var index))
            {
                index = _sources.Count;
                _sources.Add(place.Source);
                _sourceIndex[place.Source] = index;
            }

            (_lastSource, _lastSourceIndex) = (place.Source, index);
        }

        return ((long)_lastSourceIndex << (NumberBits + 1)) | (place.IsLine ? 1L << NumberBits : 0) | (place.Number & ((1L << NumberBits) - 1));
    }

    private TradePlace Decode(long encoded) =>
        new(_sources[(int)(encoded >> (NumberBits + 1))], encoded & ((1L << NumberBits) - 1), ((encoded >> NumberBits) & 1) == 1);

    private void Grow()
    {
        var old = _slots;
        var tag = _tag;
        (_slots, _shift, _limit) = (new Slot[old.Length * 2], _shift - 1, old.Length * 2 / 4 * 3);
        var mask = _slots.Length - 1;
        foreach (ref readonly var slot in old.AsSpan())
        {
            if ((slot.High & TagMask) != tag)
            {
                continue;
            }

            var i = Home(slot.Low, slot.High & ~TagMask);
            while ((_slots[i].High & TagMask) == tag)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = slot;
        }
    }

    private struct Slot
    {
        public ulong Low;
        public ulong High;
        public long Place;
    }
}
