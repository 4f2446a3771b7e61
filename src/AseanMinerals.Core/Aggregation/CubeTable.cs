using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The cells of a cube while it is built: an open-addressing hash table of packed keys and exact sums. A slot is 24 bytes
/// (the key with the cell's scale and HS levels in its top bits, a 96-bit sum at the cell's own scale, the record count),
/// so that the table of a million cells fits a processor's last-level cache; memory grows with cells, not records.
/// Each cell keeps the largest scale of its own values (one <c>0.30000000000000004</c> changes only its own cell); a cell
/// whose sum outgrows 96 bits at its scale moves to an exact <see cref="ExactTotal"/> beside the table (rare: a cell above
/// US$ 790 billion with 17 decimal places), so every sum is exact whatever its values' scales.
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
            // The slot and the next one: a 24-byte slot straddles two cache lines one time in four, and a probe goes on to
            // the next slot about one time in three (the table is up to 3/4 full), and each was a miss the first hint left
            // (most of the build's time was spent waiting on the table). When both are in the same line, the second is free.
            // An untracked pointer, so that the second address may lie past the table's end.
            var slot = (byte*)Unsafe.AsPointer(ref _slots[(int)(((key + 1) * HashMultiplier) >> _shift)]);
            Sse.Prefetch0(slot);
            Sse.Prefetch0(slot + (2 * sizeof(Slot)) - 1);
        }
    }

    /// <summary>Adds a value given as a 96-bit integer (a decimal's) at a scale.</summary>
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
                // A value at a smaller scale than its cell's is brought up to it (exactly, when it fits 128 bits); then two
                // values within 2^127 / 2 cannot overflow, and the sum stays in the slot while it fits 96 bits.
                var slotScale = slot.Scale;
                if (slotScale > scale && slotScale != Spilled && ExactSum.TryScale(mantissa, slotScale - scale, out var aligned))
                {
                    (mantissa, scale) = (aligned, slotScale);
                }

                var sum = slot.Sum + mantissa;
                if (slotScale == scale && Slot.Fits(mantissa) && Slot.Fits(sum))
                {
                    slot.SetSum(sum);
                }
                else
                {
                    AddUncommon(ref slot, ExactTotal.Of(mantissa, scale));
                }

                slot.Records += records;
                slot.Key |= (ulong)levels << LevelsShift;
                return;
            }

            if (found == 0)
            {
                if (Slot.Fits(mantissa))
                {
                    slot.Key = stored | ((ulong)scale << ScaleShift) | ((ulong)levels << LevelsShift);
                    slot.SetSum(mantissa);
                }
                else
                {
                    slot.Key = stored | ((ulong)Spilled << ScaleShift) | ((ulong)levels << LevelsShift);
                    _spill[stored] = ExactTotal.Of(mantissa, scale);
                }

                slot.Records = records;
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
        if (!total.IsBig && Slot.Fits(total.Mantissa))
        {
            Add(key, total.Mantissa, total.Scale, records, levels);
            return;
        }

        // Make the cell (with a zero), then add the sum the slow way.
        Add(key, Int128.Zero, total.Scale, records, levels);
        ref var slot = ref Find(key + 1);
        AddUncommon(ref slot, total);
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
        spilled = slot.Scale == Spilled ? _spill[slot.Key & KeyMask] : default;
        return new CellSum(slot.SumLow, slot.SumHigh, slot.Scale);
    }

    private ExactTotal SumOf(in Slot slot) => slot.Scale == Spilled ? _spill[slot.Key & KeyMask] : ExactTotal.Of(slot.Sum, slot.Scale);

    // A value at another scale than its cell's, or a sum beyond 96 bits: align exactly, spilling to _spill if needed.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddUncommon(ref Slot slot, in ExactTotal value)
    {
        var stored = slot.Key & KeyMask;
        var total = SumOf(slot);
        total.Add(value);
        var keep = slot.Key & ~(KeyMask | (ScaleMask << ScaleShift));
        if (!total.IsBig && Slot.Fits(total.Mantissa) && total.Scale < Spilled)
        {
            if (slot.Scale == Spilled)
            {
                _spill.Remove(stored);
            }

            slot.Key = keep | stored | ((ulong)total.Scale << ScaleShift);
            slot.SetSum(total.Mantissa);
        }
        else
        {
            _spill[stored] = total;
            slot.Key = keep | stored | ((ulong)Spilled << ScaleShift);
            slot.SetSum(0);
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

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public ulong Key; // packed key + 1; the sum's scale (or Spilled) from bit 50; HS levels in the top byte
        public ulong SumLow;
        public int SumHigh; // the sum is 96 bits, signed: what a decimal can hold
        public int Records;

        public readonly Int128 Sum => new((ulong)(long)SumHigh, SumLow);

        public readonly int Scale => (int)((Key >> ScaleShift) & ScaleMask);

        public readonly HsCodeLevels Levels => (HsCodeLevels)(Key >> LevelsShift);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Fits(Int128 sum)
        {
            var high = (long)(sum >> 64);
            return high == (int)high;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void SetSum(Int128 sum)
        {
            SumLow = (ulong)sum;
            SumHigh = (int)(long)(sum >> 64);
        }
    }
}
