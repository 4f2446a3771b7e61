using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
/// key (8 bytes a key: the key without its period and reporter, exact) and, for the current group only, a filter that
/// says whether a key may have been seen: a blocked Bloom filter (five bits of one 64-bit word a key, 64 bits a key when
/// full, emptied when the group changes), so that a new key, the common case, costs one word in the cache and no search.
/// When the filter says "perhaps", the group's keys in the list decide (a vectorised search), so no false alarm can
/// refuse a trade; a group that keeps raising alarms (it holds duplicates), and a closed group that comes again (a file
/// given twice: its keys are copied back), is checked in a small hash table of its own keys instead (4-byte slots: the
/// key's position in the group's part of the list and 10 bits of its hash, in buckets of 16 slots, one cache line,
/// compared at once; a fingerprint match is confirmed against the whole key). Filter and table stay the size of the
/// largest group. Input that is not grouped (groups that keep coming back), or a group of more than about 4 million keys,
/// switches the guard to one table of every key (16-byte slots, 21 to 43 bytes a key). The first places are kept out of
/// all of them: keys are numbered in the order they come, and places are stored as runs (a run starts where a place does
/// not follow the one before), so that a place costs nothing while records come in order and is found by a search only
/// for a duplicate. Rows by customs procedure or transport mode whose codes do not fit the list keep their keys in a
/// table of their own.
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
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const int FingerprintBits = 10; // a group slot: the key's position in its group (from 1) above 10 bits of its hash
    private const uint FingerprintMask = (1U << FingerprintBits) - 1;
    private const long MaxGroupKeys = (1L << (32 - FingerprintBits)) - 2; // about 4 million keys in one group
    private const int ChunkMask = (1 << ChunkBits) - 1;
    private const int BucketBits = 4; // a bucket of the group's table: 16 slots of 4 bytes, one cache line, compared at once
    private const ulong FilterMultiplier = 0xC2B2AE3D27D4EB4FUL; // the filter's bits: another product than the word's
    internal const int MinFilterWords = 4096; // 32 KB: room for 4,096 keys
    private const long ScanAllowance = 65_536; // keys a group may search beyond four times its own before it takes a table

    private readonly List<string> _sources = [];
    private readonly Dictionary<string, int> _sourceIndex = new(StringComparer.Ordinal);
    private readonly List<DuplicateTrade> _reported = [];
    private readonly Dictionary<(ulong Low, ulong High), long> _wide = []; // keys too wide for the compact list
    private readonly Dictionary<int, List<(long Start, long End)>> _closed = []; // closed groups: their keys in the list
    private readonly List<ulong[]> _chunks = []; // the compact list, in chunks of 2^16
    private readonly List<PlaceRun> _runs = []; // the places of the keys, by key number
    private ulong[] _residuals = [];
    private long _nextPlace = -1; // the place that continues the last run
    private uint[] _groupSlots = new uint[1024];
    private KeySlot[]? _allSlots; // once the input proves not grouped
    private ulong[] _filter = new ulong[MinFilterWords];
    private int _filterShift = 64 - 12;
    private bool _indexed; // the current group's keys are in the group's table, not (only) in the filter
    private long _scanned; // keys read this group to tell a filter's false alarm from a duplicate
    private int _shift = 64 - 6; // the group's table: 64 buckets of 16 slots
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

    /// <summary>Whether the current group is checked in a table of its keys, not by the filter.</summary>
    internal bool GroupIndexed => _indexed;

    /// <summary>How many times the filter said "perhaps" and the group's keys were searched (false alarms and duplicates).</summary>
    internal long Searches { get; private set; }

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
    /// <paramref name="firstNumber"/> + j): bit j of the result is set when record j is a duplicate left out. New keys of
    /// the current group go through a tight loop with the state in locals; anything else (a new group, a key whose
    /// fingerprint is in the table, a table or list that must grow) through the general path, one record at a time. Under
    /// <see cref="DuplicateTradeRule.Refuse"/> it stops at the first duplicate: <paramref name="refused"/> is set and the
    /// records from it on are not admitted (the caller adds the ones before it, then throws).
    /// </summary>
    internal ulong AdmitBlock(ReadOnlySpan<TradeRecord> records, string source, long firstNumber, out DuplicateTrade? refused)
    {
        Debug.Assert(records.Length <= 64, "A block is at most 64 records.");
        var origin = Encode(TradePlace.Record(source, 0)); // the places of a block differ only in their number
        if (_allSlots is not null)
        {
            return AdmitBlockToAll(records, source, firstNumber, origin, out refused);
        }

        var leftOut = 0UL;
        refused = null;
        for (var j = 0; j < records.Length; j++)
        {
            j += AdmitNewInGroup(records[j..], origin | ((firstNumber + j) & NumberMask));
            if (j == records.Length)
            {
                break;
            }

            var (low, high) = Pack(records[j]);
            if (Probe(low, high, origin | ((firstNumber + j) & NumberMask), out var first))
            {
                continue;
            }

            if (RefusesInBlock(records[j], first, TradePlace.Record(source, firstNumber + j), out refused))
            {
                return leftOut;
            }

            leftOut |= 1UL << j;
        }

        return leftOut;
    }

    // The block of the table of every key (input not grouped): keys packed and their slots prefetched 16 at a time, then
    // probed, so that the memory latency of a table far larger than the cache overlaps.
    private ulong AdmitBlockToAll(ReadOnlySpan<TradeRecord> records, string source, long firstNumber, long origin, out DuplicateTrade? refused)
    {
        const int Batch = 16;
        Span<ulong> lows = stackalloc ulong[Batch];
        Span<ulong> highs = stackalloc ulong[Batch];
        var leftOut = 0UL;
        refused = null;
        for (var start = 0; start < records.Length; start += Batch)
        {
            var batch = records.Slice(start, Math.Min(Batch, records.Length - start));
            for (var j = 0; j < batch.Length; j++)
            {
                var (low, high) = Pack(batch[j]);
                (lows[j], highs[j]) = (low, high);
                PrefetchAll(low, high);
            }

            for (var j = 0; j < batch.Length; j++)
            {
                if (Probe(lows[j], highs[j], origin | ((firstNumber + start + j) & NumberMask), out var first))
                {
                    continue;
                }

                if (RefusesInBlock(batch[j], first, TradePlace.Record(source, firstNumber + start + j), out refused))
                {
                    return leftOut;
                }

                leftOut |= 1UL << (start + j);
            }
        }

        return leftOut;
    }

    // The common case: new keys of a group met for the first time, one after the other (see NewKeys). Returns how many
    // records from the start it admitted.
    private int AdmitNewInGroup(ReadOnlySpan<TradeRecord> records, long encoded)
    {
        var keys = OpenNewKeys(records.Length);
        while (keys.Count < records.Length && keys.TryAdmit(records[keys.Count]))
        {
        }

        CloseNewKeys(keys, encoded);
        return keys.Count;
    }

    /// <summary>
    /// The state for a run of new keys of the current group, for a caller's own loop (the builder checks each record in
    /// the loop that makes its cube key, so the record is read once): at most <paramref name="records"/> keys, none when
    /// the current group is not in the filter or the list's chunk or the filter is full (the general path then decides).
    /// </summary>
    internal NewKeys OpenNewKeys(int records)
    {
        var at = (int)(_listed & ChunkMask);
        var room = _allSlots is not null || _indexed || at == 0 ? 0 : (int)Math.Min(Math.Min(records, (1 << ChunkBits) - at), FilterRoom());
        return new NewKeys(_filter, _residuals, _filterShift, (ulong)(uint)_group, at, Math.Max(0, room));
    }

    /// <summary>Takes in the keys a run admitted, the first of them at the encoded place given (the others follow it).</summary>
    internal void CloseNewKeys(in NewKeys keys, long encoded)
    {
        if (keys.Count == 0)
        {
            return;
        }

        if (encoded != _nextPlace)
        {
            _runs.Add(new PlaceRun(_listed, encoded, IsCopy: false));
        }

        _nextPlace = encoded + keys.Count;
        _listed += keys.Count;
        DistinctKeys += keys.Count;
    }

    /// <summary>The encoded place of the record numbered <paramref name="number"/> of a source, for <see cref="CloseNewKeys"/>.</summary>
    internal long EncodeRecord(string source, long number) => Encode(TradePlace.Record(source, number));

    // Where a key lies in the filter: a word, from the top bits of one product, and five bits in it, from the top bits of
    // another (a blocked Bloom filter: one cache access a key; full, at 64 bits a key, about one false alarm in 13,000
    // keys; 32 bits a key with four bits measured slower, the alarms' searches outweighing the smaller filter).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (int Word, ulong Bits) FilterSpot(ulong residual, int shift)
    {
        var spread = residual * FilterMultiplier;
        var bits = (1UL << (int)(spread >> 58)) | (1UL << (int)(spread >> 52)) | (1UL << (int)(spread >> 46)) | (1UL << (int)(spread >> 40)) | (1UL << (int)(spread >> 34));
        return ((int)((residual * Golden) >> shift), bits);
    }

    // How many more keys of the current group the filter takes before it grows (a word a key).
    private long FilterRoom() => Math.Min(MaxGroupKeys, (long)_filter.Length) - (_listed - _groupStart);

    // A later record of a seen key met in a block: true with the duplicate when the rule refuses (the block stops there,
    // its caller throws once the records before it are added); otherwise left out, counted and reported.
    private bool RefusesInBlock(in TradeRecord record, long first, TradePlace second, out DuplicateTrade? refused)
    {
        if (Rule == DuplicateTradeRule.Refuse)
        {
            refused = new DuplicateTrade(record, Decode(first), second);
            return true;
        }

        LeaveOut(record, Decode(first), second);
        refused = null;
        return false;
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

    // Asks the processor for the slot of the table of every key a key will probe first (a hint: it reads nothing and
    // cannot fault).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void PrefetchAll(ulong low, ulong high)
    {
        if (Sse.IsSupported && Fits(high) && _allSlots is { } all)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref all[Home(low, high, _shift)]));
        }
    }

    // Remembers a packed key with its encoded place: true when new; false with the encoded place of the first.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Probe(ulong low, ulong high, long encoded, out long first)
    {
        if (!Fits(high))
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

        var residual = Residual(low, high);
        if (!_indexed)
        {
            var (word, bits) = FilterSpot(residual, _filterShift);
            if ((_filter[word] & bits) == bits)
            {
                // A false alarm, or a duplicate: the group's keys (a vectorised search of the list) decide, while the
                // searches stay within four times the group's keys and a constant; past that, the group takes a table.
                var found = Find(residual, _groupStart, _listed);
                (_scanned, Searches) = (_scanned + _listed - _groupStart, Searches + 1);
                var withinAllowance = _scanned <= (4 * (_listed - _groupStart)) + ScanAllowance;
                if (found >= 0)
                {
                    if (!withinAllowance)
                    {
                        Index();
                    }

                    first = PlaceOf(found); // a key keeps its number in every table
                    return false;
                }

                if (!withinAllowance)
                {
                    return Index() ? ProbeIndexed(low, high, residual, encoded, out first) : TryAdmitAll(low, high, encoded, out first);
                }
            }

            if (FilterRoom() <= 0 && !GrowFilter())
            {
                return TryAdmitAll(low, high, encoded, out first);
            }

            (word, bits) = FilterSpot(residual, _filterShift); // again: a grown filter does not hold the key yet
            _filter[word] |= bits;
            AppendNew(residual, encoded);
            first = default;
            return true;
        }

        return ProbeIndexed(low, high, residual, encoded, out first);
    }

    // A key of the current group in the group's table (a group that came back, or held duplicates).
    private bool ProbeIndexed(ulong low, ulong high, ulong residual, long encoded, out long first)
    {
        var slots = _groupSlots;
        var buckets = (slots.Length >> BucketBits) - 1;
        var hash = residual * Golden;
        var bucket = (int)(hash >> _shift);
        var fingerprint = (uint)(hash >> (_shift - FingerprintBits)) & FingerprintMask;
        while (true)
        {
            var (free, matches) = Scan(slots, bucket, fingerprint);
            for (; matches != 0; matches &= matches - 1)
            {
                // The fingerprint only says where to look: the whole key, in the list, decides (a collision never refuses a trade).
                var number = _groupStart + (slots[(bucket << BucketBits) + BitOperations.TrailingZeroCount(matches)] >> FingerprintBits) - 1;
                if (Listed(number) == residual)
                {
                    first = PlaceOf(number);
                    return false;
                }
            }

            if (free != 0)
            {
                if (_listed - _groupStart >= MaxGroupKeys)
                {
                    // A group too large for the positions a slot holds: one table of every key.
                    Ungroup();
                    return TryAdmitAll(low, high, encoded, out first);
                }

                slots[(bucket << BucketBits) + BitOperations.TrailingZeroCount(free)] = ((uint)(_listed - _groupStart + 1) << FingerprintBits) | fingerprint;
                AppendNew(residual, encoded);
                if (++_inTable > _limit)
                {
                    GrowGroupTable();
                }

                first = default;
                return true;
            }

            bucket = (bucket + 1) & buckets;
        }
    }

    // A new key of the current group: its place, its entry in the list, counted.
    private void AppendNew(ulong residual, long encoded)
    {
        Place(encoded);
        List(residual);
        DistinctKeys++;
    }

    // The number of a key in the list between two numbers, or -1.
    private long Find(ulong residual, long start, long end)
    {
        for (var k = start; k < end;)
        {
            var chunk = _chunks[(int)(k >> ChunkBits)];
            var from = (int)(k & ChunkMask);
            var count = (int)Math.Min(end - k, chunk.Length - from);
            var at = chunk.AsSpan(from, count).IndexOf(residual);
            if (at >= 0)
            {
                return k + at;
            }

            k += count;
        }

        return -1;
    }

    // Doubles the filter and puts the current group's keys back in it: false when the group is too large for the group's
    // table too and the guard took the table of every key.
    private bool GrowFilter()
    {
        if (_listed - _groupStart < MaxGroupKeys)
        {
            (_filter, _filterShift) = (new ulong[_filter.Length * 2], _filterShift - 1);
            for (var k = _groupStart; k < _listed; k++)
            {
                var (word, bits) = FilterSpot(Listed(k), _filterShift);
                _filter[word] |= bits;
            }

            return true;
        }

        Ungroup();
        return false;
    }

    // The current group moves from the filter to the group's table (its keys so far put in it): false when the group is
    // too large for the table's positions and the guard took the table of every key instead.
    private bool Index()
    {
        if (_listed - _groupStart >= MaxGroupKeys)
        {
            Ungroup();
            return false;
        }

        EmptyFilter();
        (_indexed, _inTable) = (true, 0);
        for (var k = _groupStart; k < _listed; k++)
        {
            InsertInGroup(k);
        }

        return true;
    }

    // Empties the filter of the group that closes: all of it when the group filled a fair part of it, otherwise only the
    // words of its keys.
    private void EmptyFilter()
    {
        if ((_listed - _groupStart) * 8 >= _filter.Length)
        {
            Array.Clear(_filter);
            return;
        }

        for (var k = _groupStart; k < _listed; k++)
        {
            _filter[FilterSpot(Listed(k), _filterShift).Word] = 0;
        }
    }

    // A bucket of the group's table: bit j of Free is set when slot j is empty, of Matches when slot j holds a key with
    // this fingerprint. Four 16-byte comparisons, no branch: the probe of a new key takes one cache line and no guess.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (uint Free, uint Matches) Scan(uint[] slots, int bucket, uint fingerprint)
    {
        ref var line = ref slots[bucket << BucketBits];
        var (mask, wanted) = (Vector128.Create(FingerprintMask), Vector128.Create(fingerprint));
        var (a, b, c, d) = (Vector128.LoadUnsafe(ref line), Vector128.LoadUnsafe(ref line, 4), Vector128.LoadUnsafe(ref line, 8), Vector128.LoadUnsafe(ref line, 12));
        var free = Vector128.ExtractMostSignificantBits(Vector128.Equals(a, Vector128<uint>.Zero))
            | (Vector128.ExtractMostSignificantBits(Vector128.Equals(b, Vector128<uint>.Zero)) << 4)
            | (Vector128.ExtractMostSignificantBits(Vector128.Equals(c, Vector128<uint>.Zero)) << 8)
            | (Vector128.ExtractMostSignificantBits(Vector128.Equals(d, Vector128<uint>.Zero)) << 12);
        var matches = Vector128.ExtractMostSignificantBits(Vector128.Equals(a & mask, wanted))
            | (Vector128.ExtractMostSignificantBits(Vector128.Equals(b & mask, wanted)) << 4)
            | (Vector128.ExtractMostSignificantBits(Vector128.Equals(c & mask, wanted)) << 8)
            | (Vector128.ExtractMostSignificantBits(Vector128.Equals(d & mask, wanted)) << 12);
        return (free, matches & ~free);
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

    /// <summary>A record's key without its period and reporter, as the list keeps it (when it fits).</summary>
    internal static ulong ResidualOf(in TradeRecord record)
    {
        var (low, high) = Pack(record);
        return Residual(low, high);
    }

    // A packed key without its group (period and reporter): the low word's other 37 bits, the high word's 27 above them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Residual(ulong low, ulong high) => (low >> GroupBits) | (high << ResidualHighShift);

    // Whether a key's high word fits the compact list (and a slot of the table of every key): its 27 low bits, above the low
    // word's 37 in the list. A wider one (a transport mode, a large customs code) is kept apart, whole.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Fits(ulong high) => (high & ~HighMask) == 0;

    private static int Home(ulong low, ulong high, int shift) => (int)(((low * Golden) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> shift);

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

    // A new group: the closed group's keys stay in the list and leave the table (emptied). A closed group that comes again
    // gets its keys back (copied to the list's end); input that keeps coming back gets one table of every key.
    private void ChangeGroup(int group)
    {
        if (_group >= 0 && _listed > _groupStart)
        {
            (CollectionsMarshal.GetValueRefOrAddDefault(_closed, _group, out _) ??= []).Add((_groupStart, _listed));
            if (_indexed)
            {
                EmptyGroupTable();
            }
            else
            {
                EmptyFilter();
            }
        }

        (_group, _groupStart, _inTable, _indexed, _scanned) = (group, _listed, 0, false, 0);
        if (_listed >= MaxListed / 2)
        {
            Ungroup();
            return;
        }

        if (!_closed.Remove(group, out var segments))
        {
            return;
        }

        var reloading = 0L;
        foreach (var (start, end) in segments)
        {
            reloading += end - start;
        }

        // Reloads are copied to the list's end, so they are weighed against the distinct keys, not the list's length.
        _reloaded += reloading;
        if (_reloaded > (2 * DistinctKeys) + 65_536 || reloading >= MaxGroupKeys)
        {
            _closed[group] = segments;
            Ungroup();
            return;
        }

        _indexed = true; // a group that comes back is checked in the group's table: most of its keys may be seen
        foreach (var (start, end) in segments)
        {
            // The copies' places are the originals': one run that points back at them.
            _runs.Add(new PlaceRun(_listed, start, IsCopy: true));
            _nextPlace = -1;
            for (var k = start; k < end; k++)
            {
                List(Listed(k));
                InsertInGroup(_listed - 1);
            }
        }
    }

    // A key of the list known to be new to the group's table (a copy of a closed group's key, or a key of the group that
    // moves from the filter to the table). Listed first: growing the table takes every key again from the list.
    private void InsertInGroup(long number)
    {
        Slot(_groupSlots, _shift, Listed(number), (uint)(number - _groupStart + 1));
        if (++_inTable > _limit)
        {
            GrowGroupTable();
        }
    }

    // Puts a key at a position of the group (from 1) in the first free slot from its home bucket.
    private static void Slot(uint[] slots, int shift, ulong residual, uint position)
    {
        var hash = residual * Golden;
        var fingerprint = (uint)(hash >> (shift - FingerprintBits)) & FingerprintMask;
        var buckets = (slots.Length >> BucketBits) - 1;
        var bucket = (int)(hash >> shift);
        uint free;
        while ((free = Scan(slots, bucket, fingerprint).Free) == 0)
        {
            bucket = (bucket + 1) & buckets;
        }

        slots[(bucket << BucketBits) + BitOperations.TrailingZeroCount(free)] = (position << FingerprintBits) | fingerprint;
    }

    // Empties the table of the group that closes: all of it when the group filled a fair part of it; otherwise only the
    // buckets its keys can reach (a key lies in its home bucket or after a run of full buckets: a run is emptied as a
    // whole), so that a table grown for one large group costs small groups after it only their own keys.
    private void EmptyGroupTable()
    {
        var slots = _groupSlots;
        if ((_listed - _groupStart) << (BucketBits + 2) >= slots.Length)
        {
            Array.Clear(slots);
            return;
        }

        var buckets = (slots.Length >> BucketBits) - 1;
        for (var k = _groupStart; k < _listed; k++)
        {
            var bucket = (int)((Listed(k) * Golden) >> _shift);
            while (true)
            {
                var full = Scan(slots, bucket, 0).Free == 0;
                Array.Clear(slots, bucket << BucketBits, 1 << BucketBits);
                if (!full)
                {
                    break;
                }

                bucket = (bucket + 1) & buckets;
            }
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
        (_residuals, _groupSlots, _filter, _groupStart) = ([], [], [], 0); // the keys go on being numbered from _listed
    }

    // The key without its group (37 + 27 bits, exact), appended to the compact list.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void List(ulong residual)
    {
        var at = (int)(_listed & ((1 << ChunkBits) - 1));
        if (at == 0)
        {
            _residuals = GC.AllocateUninitializedArray<ulong>(1 << ChunkBits); // every entry is written before it is read
            _chunks.Add(_residuals);
        }

        _residuals[at] = residual;
        _listed++;
    }

    private ulong Listed(long k) => _chunks[(int)(k >> ChunkBits)][(int)(k & ChunkMask)];

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

    // Doubles the group's table: each key's home and fingerprint are taken again from its whole key in the list.
    private void GrowGroupTable()
    {
        var old = _groupSlots;
        (_groupSlots, _shift, _limit) = (new uint[old.Length * 2], _shift - 1, old.Length * 2 / 4 * 3);
        foreach (var slot in old)
        {
            if (slot != 0)
            {
                var position = slot >> FingerprintBits;
                Slot(_groupSlots, _shift, Listed(_groupStart + position - 1), position);
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

    /// <summary>
    /// A run of new keys of the current group, with the guard's state in locals: <see cref="TryAdmit"/> admits a record
    /// whose key is of the group, fits the list and that the filter has not seen (its bits set, its key listed), and
    /// returns false for anything else (the general path decides) or when the run is full.
    /// </summary>
    internal ref struct NewKeys(ulong[] filter, ulong[] residuals, int shift, ulong group, int at, int room)
    {
        private readonly ulong[] _filter = filter;
        private readonly ulong[] _residuals = residuals;
        private readonly int _shift = shift;
        private readonly ulong _group = group;
        private readonly int _at = at;
        private readonly int _room = room;

        /// <summary>How many keys the run admitted.</summary>
        public int Count { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool TryAdmit(in TradeRecord record)
        {
            if (Count >= _room)
            {
                return false;
            }

            var (low, high) = Pack(record);
            if ((low & GroupMask) != _group || !Fits(high))
            {
                return false;
            }

            var residual = Residual(low, high);
            var (word, bits) = FilterSpot(residual, _shift);
            ref var w = ref _filter[word];
            if ((w & bits) == bits)
            {
                return false; // perhaps seen before: the general path looks for the whole key
            }

            w |= bits;
            _residuals[_at + Count] = residual;
            Count++;
            return true;
        }
    }

    // A key of the table of every key: its low word, and its high word's 27 bits with the key's number above them.
    private readonly record struct KeySlot(ulong Low, ulong Tagged);

    // Keys from Number on have the places from Place on; a copy's Place is the number of the key it copies.
    private readonly record struct PlaceRun(long Number, long Place, bool IsCopy);
}
