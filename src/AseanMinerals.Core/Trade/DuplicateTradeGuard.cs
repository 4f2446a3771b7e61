using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
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
/// Memory: trade files come grouped by period and reporter (Comtrade's are), so the guard keeps a compact list of every
/// key (8 bytes a key: the key without its period and reporter, exact) and a small hash table (12-byte slots) of the
/// current group's keys only: a slot that points into the list before the current group is free, so nothing is cleared
/// when the group changes and the table stays the size of one group. A closed group that comes again (a file given
/// twice) has its keys copied back into the table. Input that is not grouped (groups that keep coming back) switches the
/// guard to one table of every key (16-byte slots, 21 to 43 bytes a key). The first places are kept out of both: keys are
/// numbered in the order they come, and places are stored as runs (a run starts where a place does not follow the one
/// before), so that a place costs nothing while records come in order and is found by a search only for a duplicate.
/// Rows by customs procedure or transport mode whose codes do not fit the list keep their keys in a table of their own.
/// </remarks>
public sealed class DuplicateTradeGuard
{
    private const int MaxReported = 100;
    private const ulong Occupied = 1UL << 63;
    private const int GroupBits = 27; // period and reporter: the low word's low bits
    private const ulong GroupMask = (1UL << GroupBits) - 1;
    private const int ResidualHighShift = 64 - GroupBits; // the high word goes above the low word's 37 other bits
    private const int NumberBits = 40;
    private const long NumberMask = (1L << NumberBits) - 1;
    private const int ChunkBits = 16;
    private const long MaxListed = uint.MaxValue - 1;
    private const int NumberShift = 27; // in the table of every key: the key's number above the high word's 27 bits
    private const ulong HighMask = (1UL << NumberShift) - 1;
    private const long MaxNumbered = (1L << 35) - 1;

    private readonly List<string> _sources = [];
    private readonly Dictionary<string, int> _sourceIndex = new(StringComparer.Ordinal);
    private readonly List<DuplicateTrade> _reported = [];
    private readonly Dictionary<(ulong Low, ulong High), long> _wide = []; // keys too wide for the compact list
    private readonly Dictionary<int, List<(long Start, long End)>> _closed = []; // closed groups: their keys in the list
    private readonly List<ulong[]> _chunks = []; // the compact list, in chunks of 2^16
    private readonly List<PlaceRun> _runs = []; // the places of the keys, by key number
    private ulong[] _residuals = [];
    private long _nextPlace = -1; // the place that continues the last run
    private GroupSlot[] _groupSlots = new GroupSlot[1024];
    private KeySlot[]? _allSlots; // once the input proves not grouped
    private int _shift = 64 - 10;
    private int _limit = 768;
    private int _inTable;
    private long _listed;
    private long _groupStart;
    private long _reloaded;
    private int _group = -1;
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

    /// <summary>Whether the input has looked grouped by period and reporter so far (false: one table of every key).</summary>
    internal bool Grouped => _allSlots is null;

    /// <summary>Whether a record is the first of its key: true to add it; false for a later one left out.</summary>
    /// <param name="record">The record.</param>
    /// <param name="place">Where it came from.</param>
    /// <returns>True when its key is new.</returns>
    /// <exception cref="DuplicateTradeException">The key was seen and the rule is <see cref="DuplicateTradeRule.Refuse"/>.</exception>
    public bool Admit(in TradeRecord record, TradePlace place)
    {
        var (low, high) = Pack(record);
        return Probe(low, high, Encode(place), out var first) || LeaveOut(record, Decode(first), place);
    }

    /// <summary>Remembers a record's key: true when new; false with the place of the first record of that key.</summary>
    internal bool TryAdmit(in TradeRecord record, TradePlace place, out TradePlace first)
    {
        var (low, high) = Pack(record);
        if (Probe(low, high, Encode(place), out var seen))
        {
            first = default;
            return true;
        }

        first = Decode(seen);
        return false;
    }

    /// <summary>
    /// Admits a block of at most 64 records, record <c>j</c> at <see cref="TradePlace.Record"/>(<paramref name="source"/>,
    /// <paramref name="firstNumber"/> + j): bit j of the result is set when record j is a duplicate left out. Keys are packed
    /// and their slots prefetched 16 at a time, then probed, so that the memory latency of a large table overlaps. Under
    /// <see cref="DuplicateTradeRule.Refuse"/> it stops at the first duplicate: <paramref name="refused"/> is set and the
    /// records from it on are not admitted (the caller adds the ones before it, then throws).
    /// </summary>
    internal ulong AdmitBlock(ReadOnlySpan<TradeRecord> records, string source, long firstNumber, out DuplicateTrade? refused)
    {
        const int Batch = 16;
        Debug.Assert(records.Length <= 64, "A block is at most 64 records.");
        Span<ulong> lows = stackalloc ulong[Batch];
        Span<ulong> highs = stackalloc ulong[Batch];
        var origin = Encode(TradePlace.Record(source, 0)); // the places of a block differ only in their number
        var leftOut = 0UL;
        refused = null;
        for (var start = 0; start < records.Length; start += Batch)
        {
            var batch = records.Slice(start, Math.Min(Batch, records.Length - start));
            var inGroup = _allSlots is null;
            for (var j = 0; j < batch.Length; j++)
            {
                var (low, high) = Pack(batch[j]);
                (lows[j], highs[j]) = (low, high);
                Prefetch(low, high);
                inGroup &= (int)(low & GroupMask) == _group && (high >> ResidualHighShift) == 0;
            }

            var admitted = inGroup ? AdmitNewInGroup(lows[..batch.Length], highs, origin | ((firstNumber + start) & NumberMask)) : 0;
            for (var j = admitted; j < batch.Length; j++)
            {
                if (Probe(lows[j], highs[j], origin | ((firstNumber + start + j) & NumberMask), out var first))
                {
                    continue;
                }

                var second = TradePlace.Record(source, firstNumber + start + j);
                if (Rule == DuplicateTradeRule.Refuse)
                {
                    refused = new DuplicateTrade(batch[j], Decode(first), second);
                    return leftOut;
                }

                LeaveOut(batch[j], Decode(first), second);
                leftOut |= 1UL << (start + j);
            }
        }

        return leftOut;
    }

    // The common case of a batch, with the state in locals: new keys of the current group, with room in its table and in
    // the list's chunk, places one after the other. Returns how many it admitted: it stops at a key already in the table
    // (the general path reports it) and does nothing when there is no room (the general path grows the table or the list).
    private int AdmitNewInGroup(ReadOnlySpan<ulong> lows, ReadOnlySpan<ulong> highs, long encoded)
    {
        var at = (int)(_listed & ((1 << ChunkBits) - 1));
        if (at == 0 || at + lows.Length > 1 << ChunkBits || _inTable + lows.Length > _limit)
        {
            return 0;
        }

        var (slots, residuals, shift, live, next) = (_groupSlots, _residuals, _shift, (uint)_groupStart, (uint)_listed + 1);
        var mask = slots.Length - 1;
        var n = 0;
        for (; n < lows.Length; n++)
        {
            var residual = (lows[n] >> GroupBits) | (highs[n] << ResidualHighShift);
            var i = (int)((residual * 0x9E3779B97F4A7C15UL) >> shift);
            while (slots[i].Next > live && slots[i].Residual != residual)
            {
                i = (i + 1) & mask;
            }

            if (slots[i].Next > live)
            {
                break; // seen before
            }

            slots[i] = new GroupSlot(residual, next + (uint)n);
            residuals[at + n] = residual;
        }

        if (n > 0)
        {
            if (encoded != _nextPlace)
            {
                _runs.Add(new PlaceRun(_listed, encoded, IsCopy: false));
            }

            _nextPlace = encoded + n;
            _listed += n;
            _inTable += n;
            DistinctKeys += n;
        }

        return n;
    }

    // A later record of a seen key: refused (thrown) or left out, counted and reported.
    private bool LeaveOut(in TradeRecord record, TradePlace first, TradePlace second)
    {
        var duplicate = new DuplicateTrade(record, first, second);
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

    // Asks the processor for the slot a key will probe first (a hint: it reads nothing and cannot fault).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void Prefetch(ulong low, ulong high)
    {
        if (!Sse.IsSupported || (high >> ResidualHighShift) != 0)
        {
            return;
        }

        if (_allSlots is { } all)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref all[Home(low, high, _shift)]));
        }
        else if ((int)(low & GroupMask) == _group)
        {
            var residual = (low >> GroupBits) | (high << ResidualHighShift);
            Sse.Prefetch0(Unsafe.AsPointer(ref _groupSlots[(int)((residual * 0x9E3779B97F4A7C15UL) >> _shift)]));
        }
    }

    // Remembers a packed key with its encoded place: true when new; false with the encoded place of the first.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Probe(ulong low, ulong high, long encoded, out long first)
    {
        if ((high >> ResidualHighShift) != 0)
        {
            // A breakdown row whose codes do not fit the compact list (a transport mode, say): exact, kept apart.
            return TryAdmitWide(low, high, encoded, out first);
        }

        if (_allSlots is not null)
        {
            return TryAdmitAll(low, high, encoded, out first);
        }

        var group = (int)(low & GroupMask);
        if (group != _group)
        {
            ChangeGroup(group);
            if (_allSlots is not null)
            {
                return TryAdmitAll(low, high, encoded, out first);
            }
        }

        var residual = (low >> GroupBits) | (high << ResidualHighShift);
        var slots = _groupSlots;
        var mask = slots.Length - 1;
        var i = (int)((residual * 0x9E3779B97F4A7C15UL) >> _shift);
        var live = (uint)_groupStart; // a slot is the current group's when it points at or after the group's start
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Next <= live)
            {
                // Free: empty, or a key of a closed group (still in the list).
                slot = new GroupSlot(residual, (uint)(_listed + 1));
                Place(encoded);
                List(residual);
                DistinctKeys++;
                if (++_inTable > _limit)
                {
                    GrowGroupTable();
                }

                first = default;
                return true;
            }

            if (slot.Residual == residual)
            {
                first = PlaceOf(slot.Next - 1);
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    // Exact: period 17 bits and reporter 10 (the group), partner 10, commodity 27 in the low word; flow 4, second partner
    // 10, customs procedure and transport mode 16 each in the high word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    private static int Home(ulong low, ulong high, int shift) => (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> shift);

    private bool TryAdmitWide(ulong low, ulong high, long encoded, out long first)
    {
        if (_wide.TryGetValue((low, high), out first))
        {
            return false;
        }

        _wide[(low, high)] = encoded;
        DistinctKeys++;
        first = default;
        return true;
    }

    private bool TryAdmitAll(ulong low, ulong high, long encoded, out long first)
    {
        var slots = _allSlots!;
        var mask = slots.Length - 1;
        var i = Home(low, high, _shift);
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Tagged == 0)
            {
                if (_listed >= MaxNumbered)
                {
                    throw new InvalidOperationException($"A duplicate guard holds at most {MaxNumbered:N0} distinct keys.");
                }

                slot = new KeySlot(low, high | ((ulong)_listed << NumberShift) | Occupied);
                Place(encoded);
                _listed++;
                DistinctKeys++;
                if (++_inTable > _limit)
                {
                    GrowAllTable();
                }

                first = default;
                return true;
            }

            if (slot.Low == low && (slot.Tagged & HighMask) == high)
            {
                first = PlaceOf((long)((slot.Tagged & ~Occupied) >> NumberShift));
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    // A new group: its keys start where the list ends, which frees every slot of the table at once. A closed group that
    // comes again gets its keys back (copied to the list's end); input that keeps coming back gets one table of every key.
    private void ChangeGroup(int group)
    {
        if (_group >= 0 && _listed > _groupStart)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(_closed, _group, out _) ??= []).Add((_groupStart, _listed));
        }

        (_group, _groupStart, _inTable) = (group, _listed, 0);
        if (_listed >= MaxListed / 2)
        {
            Ungroup();
            return;
        }

        if (!_closed.Remove(group, out var segments))
        {
            return;
        }

        foreach (var (start, end) in segments)
        {
            _reloaded += end - start;
        }

        // Reloads are copied to the list's end, so they are weighed against the distinct keys, not the list's length.
        if (_reloaded > (2 * DistinctKeys) + 65_536)
        {
            _closed[group] = segments;
            Ungroup();
            return;
        }

        foreach (var (start, end) in segments)
        {
            // The copies' places are the originals': one run that points back at them.
            _runs.Add(new PlaceRun(_listed, start, IsCopy: true));
            _nextPlace = -1;
            for (var k = start; k < end; k++)
            {
                var residual = Listed(k);
                InsertInGroup(residual);
                List(residual);
            }
        }
    }

    private void InsertInGroup(ulong residual)
    {
        var mask = _groupSlots.Length - 1;
        var i = (int)((residual * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_groupSlots[i].Next > (uint)_groupStart)
        {
            i = (i + 1) & mask;
        }

        _groupSlots[i] = new GroupSlot(residual, (uint)(_listed + 1));
        if (++_inTable > _limit)
        {
            GrowGroupTable();
        }
    }

    // Every key seen, in one table of whole keys; the list and the group table are no longer needed.
    private void Ungroup()
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, (_listed * 4 / 3) + 1));
        (_allSlots, _shift, _limit, _inTable) = (new KeySlot[size], 64 - BitOperations.Log2((uint)size), size / 4 * 3, 0);
        if (_listed > _groupStart)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(_closed, _group, out _) ??= []).Add((_groupStart, _listed));
        }

        foreach (var (group, segments) in _closed)
        {
            foreach (var (start, end) in segments)
            {
                for (var k = start; k < end; k++)
                {
                    // The key keeps its number in the list, so its place is still found by it.
                    var residual = Listed(k);
                    var (low, high) = ((residual << GroupBits) | (uint)group, residual >> ResidualHighShift);
                    var mask = _allSlots.Length - 1;
                    var i = Home(low, high, _shift);
                    while (_allSlots[i].Tagged != 0)
                    {
                        i = (i + 1) & mask;
                    }

                    _allSlots[i] = new KeySlot(low, high | ((ulong)k << NumberShift) | Occupied);
                    if (++_inTable > _limit)
                    {
                        GrowAllTable();
                    }
                }
            }
        }

        _closed.Clear();
        _chunks.Clear();
        (_residuals, _groupSlots, _groupStart) = ([], [], 0); // the keys go on being numbered from _listed
    }

    // The key without its group (37 + 27 bits, exact), appended to the compact list.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void List(ulong residual)
    {
        var at = (int)(_listed & ((1 << ChunkBits) - 1));
        if (at == 0)
        {
            _residuals = new ulong[1 << ChunkBits];
            _chunks.Add(_residuals);
        }

        _residuals[at] = residual;
        _listed++;
    }

    private ulong Listed(long k) => _chunks[(int)(k >> ChunkBits)][(int)(k & ((1 << ChunkBits) - 1))];

    // The place of the key numbered _listed: nothing to store while places follow each other (records in order).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Place(long encoded)
    {
        if (encoded != _nextPlace)
        {
            _runs.Add(new PlaceRun(_listed, encoded, IsCopy: false));
        }

        _nextPlace = encoded + 1;
    }

    // The place of a key by its number: the run it falls in, followed back through copies (only for a duplicate).
    private long PlaceOf(long number)
    {
        while (true)
        {
            var (lo, hi) = (0, _runs.Count - 1);
            while (lo < hi)
            {
                var mid = (lo + hi + 1) >> 1;
                (lo, hi) = _runs[mid].Number <= number ? (mid, hi) : (lo, mid - 1);
            }

            var run = _runs[lo];
            if (!run.IsCopy)
            {
                return run.Place + (number - run.Number);
            }

            number = run.Place + (number - run.Number);
        }
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

    private void GrowGroupTable()
    {
        var old = _groupSlots;
        (_groupSlots, _shift, _limit) = (new GroupSlot[old.Length * 2], _shift - 1, old.Length * 2 / 4 * 3);
        var mask = _groupSlots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Next > (uint)_groupStart)
            {
                var i = (int)((slot.Residual * 0x9E3779B97F4A7C15UL) >> _shift);
                while (_groupSlots[i].Next > (uint)_groupStart)
                {
                    i = (i + 1) & mask;
                }

                _groupSlots[i] = slot;
            }
        }
    }

    private void GrowAllTable()
    {
        var old = _allSlots!;
        (_allSlots, _shift, _limit) = (new KeySlot[old.Length * 2], _shift - 1, old.Length * 2 / 4 * 3);
        var mask = _allSlots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Tagged != 0)
            {
                var i = Home(slot.Low, slot.Tagged & HighMask, _shift);
                while (_allSlots[i].Tagged != 0)
                {
                    i = (i + 1) & mask;
                }

                _allSlots[i] = slot;
            }
        }
    }

    // A key of the current group: the key without its group, and its place in the list plus one (0: never used).
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct GroupSlot(ulong Residual, uint Next);

    // A key of the table of every key: its low word, and its high word's 27 bits with the key's number above them.
    private readonly record struct KeySlot(ulong Low, ulong Tagged);

    // Keys from Number on have the places from Place on; a copy's Place is the number of the key it copies.
    private readonly record struct PlaceRun(long Number, long Place, bool IsCopy);
}
