using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The cells of a cube while it is built: an open-addressing hash table of packed keys and exact sums at one common
/// scale. A slot is 24 bytes (the key with the HS levels in its top bits, a 96-bit sum as decimal holds it, the record
/// count), so that the table of a million cells fits a processor's last-level cache; memory grows with cells, not records.
/// </summary>
internal sealed class CubeTable
{
    private const int MinCapacity = 64;
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private const int LevelsShift = 56;
    private const ulong KeyMask = (1UL << LevelsShift) - 1;

    private Slot[] _slots;
    private int _shift;
    private int _limit;

    public CubeTable(int capacity = MinCapacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinCapacity, capacity + (capacity / 2)));
        _slots = new Slot[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        _limit = size / 10 * 7;
    }

    /// <summary>The number of cells.</summary>
    public int Count { get; private set; }

    /// <summary>The common scale of every sum: values are sum / 10^Scale.</summary>
    public int Scale { get; private set; }

    /// <summary>Which of <paramref name="partitions"/> disjoint parts of the key space a key falls in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int PartitionOf(ulong key, int partitions) => (int)(((key + 1) * HashMultiplier) >> 40) % partitions;

    /// <summary>
    /// Asks the processor to fetch the slot a key will use: the builder does this a few records ahead, so that the memory
    /// latency of a table larger than the cache overlaps with useful work. A hint only: it reads nothing and cannot fault.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[(int)(((key + 1) * HashMultiplier) >> _shift)]));
        }
    }

    /// <summary>Adds a value given as an integer at a scale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, Int128 mantissa, int scale, int records, HsCodeLevels levels)
    {
        if (scale != Scale)
        {
            mantissa = Align(mantissa, scale);
        }

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
                slot.SetSum(checked(slot.Sum + mantissa));
                slot.Records += records;
                slot.Key |= (ulong)levels << LevelsShift;
                return;
            }

            if (found == 0)
            {
                slot.Key = stored | ((ulong)levels << LevelsShift);
                slot.SetSum(mantissa);
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

    /// <summary>Adds every cell of another table.</summary>
    public void AddAll(CubeTable other)
    {
        foreach (ref readonly var slot in other._slots.AsSpan())
        {
            if (slot.Key != 0)
            {
                Add((slot.Key & KeyMask) - 1, slot.Sum, other.Scale, slot.Records, slot.Levels);
            }
        }
    }

    /// <summary>Copies the filled cells, in table order, from <paramref name="offset"/> on; returns how many.</summary>
    public int CopyTo(ulong[] keys, Int128[] sums, int[] records, HsCodeLevels[] levels, int offset, int scale)
    {
        var n = offset;
        foreach (ref readonly var slot in _slots.AsSpan())
        {
            if (slot.Key != 0)
            {
                keys[n] = (slot.Key & KeyMask) - 1;
                sums[n] = ExactSum.Scale(slot.Sum, scale - Scale);
                records[n] = slot.Records;
                levels[n] = slot.Levels;
                n++;
            }
        }

        return n - offset;
    }

    private Int128 Align(Int128 mantissa, int scale)
    {
        if (scale < Scale)
        {
            return ExactSum.Scale(mantissa, Scale - scale);
        }

        // A finer value: bring every sum to its scale once; later values at this scale need nothing.
        foreach (ref var slot in _slots.AsSpan())
        {
            if (slot.Key != 0)
            {
                slot.SetSum(ExactSum.Scale(slot.Sum, scale - Scale));
            }
        }

        Scale = scale;
        return mantissa;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        _limit = _slots.Length / 10 * 7;
        Count = 0;
        var scale = Scale;
        foreach (ref readonly var slot in old.AsSpan())
        {
            if (slot.Key != 0)
            {
                Add((slot.Key & KeyMask) - 1, slot.Sum, scale, slot.Records, slot.Levels);
            }
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public ulong Key; // packed key + 1, HS levels in the top byte
        public ulong SumLow;
        public int SumHigh; // the sum is 96 bits, signed: what a decimal can hold
        public int Records;

        public readonly Int128 Sum => new((ulong)(long)SumHigh, SumLow);

        public readonly HsCodeLevels Levels => (HsCodeLevels)(Key >> LevelsShift);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void SetSum(Int128 sum)
        {
            var high = (long)(sum >> 64);
            if (high != (int)high)
            {
                throw new OverflowException("A cube cell's sum exceeds the 96 bits a decimal holds at the common scale.");
            }

            SumLow = (ulong)sum;
            SumHigh = (int)high;
        }
    }
}
