using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The cells of a cube while it is built: an open-addressing hash table of packed keys and exact sums. A slot is 16 bytes,
/// four to a cache line: the key with the cell's scale and HS levels in its top bits, and one word holding the sum (48 bits,
/// at the cell's own scale: up to US$ 1.4 trillion in cents) over the record count (16 bits), so that adding a record is
/// one addition to one word; memory grows with cells, not records. The build waits on this table's cache misses (one random
/// access a record): 16-byte slots make the table of a million cells 16 MB instead of 24 and a probe seldom leaves its line.
/// Each cell keeps the largest scale of its own values (one <c>0.30000000000000004</c> changes only its own cell); a cell
/// whose sum or count outgrows its word moves to an exact <see cref="ExactTotal"/> beside the table (its slot then keeps
/// the whole count), so every sum is exact whatever its values' scales.
/// </summary>
internal sealed class CubeTable
{
    private const int MinCapacity = 64;
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private const ulong PartitionMultiplier = 0xD6E8FEB86659FD93UL;
    private const int ScaleShift = 50;
    private const int LevelsShift = 56;
    private const ulong KeyMask = (1UL << ScaleShift) - 1;
    private const ulong ScaleMask = 0x3F;
    private const int Spilled = CellSum.Spilled; // the slot's sum is in _spill
    private const int CountBits = 16; // a compact slot's value: the sum times 2^16 plus the record count
    private const long CountMask = (1L << CountBits) - 1;

    private readonly Dictionary<ulong, ExactTotal> _spill = [];
    private Slot[] _slots;
    private int _shift;
    private int _limit;

    public CubeTable(int capacity = MinCapacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinCapacity, capacity + (capacity / 3) + 1));
        _slots = new Slot[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        _limit = size / 4 * 3;
    }

    /// <summary>The number of cells.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Which of <paramref name="partitions"/> disjoint parts of the key space a key falls in: from a hash of its own, so
    /// that the keys of one part still spread over all the slots of a table (which the slot hash's top bits choose).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PartitionOf(ulong key, int partitions) => (int)(((((key + 1) * PartitionMultiplier) >> 32) * (ulong)partitions) >> 32);

    /// <summary>
    /// Asks the processor to fetch the slot a key will use: the builder does this a few records ahead, so that the memory
    /// latency of a table larger than the cache overlaps with useful work. A hint only: it reads nothing and cannot fault.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            // The slot and the next one: a probe goes on to the next slot about one time in three (the table is up to 3/4
            // full), and the last slot of a line has its next one in the next line, a miss the first hint left (most of the
            // build's time is spent waiting on the table). When both are in the same line, the second hint is free.
            // An untracked pointer, so that the second address may lie past the table's end.
            var slot = (byte*)Unsafe.AsPointer(ref _slots[(int)(((key + 1) * HashMultiplier) >> _shift)]);
            Sse.Prefetch0(slot);
            Sse.Prefetch0(slot + (2 * sizeof(Slot)) - 1);
        }
    }

    /// <summary>Adds a value given as an integer (a decimal's 96 bits, or more) at a scale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, Int128 mantissa, int scale, int records, HsCodeLevels levels)
    {
        var stored = key + 1; // 0 marks an empty slot, so a new array needs no filling
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = (int)((stored * HashMultiplier) >> _shift);
        while (true)
        {
            ref var slot = ref slots[i];
            var found = slot.Key & KeyMask;
            if (found == stored)
            {
                // A value at a smaller scale than its cell's is brought up to it (exactly, when it fits 128 bits); then the
                // common case is one addition to the slot's word, when the sum and the count both still fit it.
                var slotScale = slot.Scale;
                if (slotScale > scale && slotScale != Spilled && ExactSum.TryScale(mantissa, slotScale - scale, out var aligned))
                {
                    (mantissa, scale) = (aligned, slotScale);
                }

                var before = slot.Value;
                if (slotScale == scale && Slot.Fits(mantissa) && (before & CountMask) + records <= CountMask)
                {
                    var add = ((long)mantissa << CountBits) + records;
                    var after = before + add;
                    if (((before ^ after) & (add ^ after)) >= 0)
                    {
                        slot.Value = after;
                        slot.Key |= (ulong)levels << LevelsShift;
                        return;
                    }
                }

                AddUncommon(ref slot, ExactTotal.Of(mantissa, scale), records);
                slot.Key |= (ulong)levels << LevelsShift;
                return;
            }

            if (found == 0)
            {
                if (Slot.Fits(mantissa) && records <= CountMask)
                {
                    slot.Key = stored | ((ulong)scale << ScaleShift) | ((ulong)levels << LevelsShift);
                    slot.Value = ((long)mantissa << CountBits) | (long)records;
                }
                else
                {
                    slot.Key = stored | ((ulong)Spilled << ScaleShift) | ((ulong)levels << LevelsShift);
                    slot.Value = records;
                    _spill[stored] = ExactTotal.Of(mantissa, scale);
                }

                if (++Count > _limit)
                {
                    Grow();
                }

                return;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Adds an exact sum of any size and scale.</summary>
    public void Add(ulong key, in ExactTotal total, int records, HsCodeLevels levels)
    {
        if (!total.IsBig)
        {
            Add(key, total.Mantissa, total.Scale, records, levels);
            return;
        }

        // Make the cell (with a zero), then add the sum the slow way.
        Add(key, Int128.Zero, total.Scale, records, levels);
        ref var slot = ref Find(key + 1);
        AddUncommon(ref slot, total, 0);
    }

    /// <summary>Adds every cell of another table.</summary>
    public void AddAll(CubeTable other) => AddAll(other, 0, 1);

    /// <summary>Adds the cells of another table that fall in one of <paramref name="partitions"/> parts of the key space (see <see cref="PartitionOf"/>).</summary>
    public void AddAll(CubeTable other, int partition, int partitions)
    {
        foreach (ref readonly var slot in other._slots.AsSpan())
        {
            var key = (slot.Key & KeyMask) - 1;
            if (slot.Key == 0 || (partitions > 1 && PartitionOf(key, partitions) != partition))
            {
                continue;
            }

            if (slot.Scale == Spilled)
            {
                Add(key, other._spill[slot.Key & KeyMask], slot.Records, slot.Levels);
            }
            else
            {
                Add(key, slot.Sum, slot.Scale, slot.Records, slot.Levels);
            }
        }
    }

    /// <summary>The number of slots: <see cref="TryGetKey"/> reads them by position.</summary>
    public int Capacity => _slots.Length;

    /// <summary>The key of the cell in a slot; false for an empty slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetKey(int slot, out ulong key)
    {
        var stored = _slots[slot].Key & KeyMask;
        key = stored - 1;
        return stored != 0;
    }

    /// <summary>The sum, records and levels of the filled slot at a position; a spilled sum in <paramref name="spilled"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CellSum Read(int position, out int records, out HsCodeLevels levels, out ExactTotal spilled)
    {
        ref readonly var slot = ref _slots[position];
        (records, levels) = (slot.Records, slot.Levels);
        spilled = default;
        if (slot.Scale != Spilled)
        {
            var sum = slot.Value >> CountBits;
            return new CellSum((ulong)sum, (int)(sum >> 63), slot.Scale);
        }

        // Beside the table: a sum that fits the cube's 96 bits goes back in line.
        var total = _spill[slot.Key & KeyMask];
        if (!total.IsBig && Fits96(total.Mantissa) && total.Scale < Spilled)
        {
            return new CellSum((ulong)total.Mantissa, (int)(long)(total.Mantissa >> 64), total.Scale);
        }

        spilled = total;
        return new CellSum(0, 0, Spilled);
    }

    private static bool Fits96(Int128 sum)
    {
        var high = (long)(sum >> 64);
        return high == (int)high;
    }

    private ExactTotal SumOf(in Slot slot) => slot.Scale == Spilled ? _spill[slot.Key & KeyMask] : ExactTotal.Of(slot.Sum, slot.Scale);

    // A value at another scale than its cell's, or a sum or count beyond the slot's word: align exactly, and keep the sum
    // beside the table (the slot then holds the whole count) while it does not fit the word.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddUncommon(ref Slot slot, in ExactTotal value, int records)
    {
        var stored = slot.Key & KeyMask;
        var total = SumOf(slot);
        total.Add(value);
        var count = (long)slot.Records + records;
        var keep = slot.Key & ~(KeyMask | (ScaleMask << ScaleShift));
        if (!total.IsBig && Slot.Fits(total.Mantissa) && total.Scale < Spilled && count <= CountMask)
        {
            if (slot.Scale == Spilled)
            {
                _spill.Remove(stored);
            }

            slot.Key = keep | stored | ((ulong)total.Scale << ScaleShift);
            slot.Value = ((long)total.Mantissa << CountBits) | count;
        }
        else
        {
            _spill[stored] = total;
            slot.Key = keep | stored | ((ulong)Spilled << ScaleShift);
            slot.Value = count;
        }
    }

    private ref Slot Find(ulong stored)
    {
        var mask = _slots.Length - 1;
        var i = (int)((stored * HashMultiplier) >> _shift);
        while ((_slots[i].Key & KeyMask) != stored)
        {
            i = (i + 1) & mask;
        }

        return ref _slots[i];
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        _limit = _slots.Length / 4 * 3;
        var mask = _slots.Length - 1;
        foreach (ref readonly var slot in old.AsSpan())
        {
            if (slot.Key != 0)
            {
                // The slot moves as it is (key, scale, levels, sum, records): spilled sums stay keyed by the key.
                var i = (int)(((slot.Key & KeyMask) * HashMultiplier) >> _shift);
                while (_slots[i].Key != 0)
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = slot;
            }
        }
    }

    private struct Slot
    {
        public ulong Key; // packed key + 1; the sum's scale (or Spilled) from bit 50; HS levels in the top byte

        // The sum (48 bits, signed) times 2^16 plus the record count (16 bits); for a spilled sum, the record count alone.
        public long Value;

        public readonly Int128 Sum => Value >> CountBits;

        public readonly int Records => (int)(Scale == Spilled ? Value : Value & CountMask);

        public readonly int Scale => (int)((Key >> ScaleShift) & ScaleMask);

        public readonly HsCodeLevels Levels => (HsCodeLevels)(Key >> LevelsShift);

        /// <summary>Whether a sum fits the slot's 48 bits.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Fits(Int128 sum)
        {
            var low = (long)sum;
            return sum == low && (low >> (63 - CountBits)) == (low >> 63);
        }
    }
}
