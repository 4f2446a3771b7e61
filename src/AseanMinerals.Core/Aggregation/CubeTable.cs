using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The cells of a cube while it is built: an open-addressing hash table of packed keys and exact 128-bit sums at one
/// common scale. One slot is 32 bytes, so a record costs one cache line; memory grows with cells, not records.
/// </summary>
internal sealed class CubeTable
{
    private const int MinCapacity = 1024;
    private Slot[] _slots;
    private int _shift;

    public CubeTable(int capacity = MinCapacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(MinCapacity, capacity * 2));
        _slots = new Slot[size];
        _shift = 64 - BitOperations.Log2((uint)size);
    }

    public int Count { get; private set; }

    /// <summary>The common scale of every sum: values are sum / 10^Scale.</summary>
    public int Scale { get; private set; }

    /// <summary>Adds a value given as an integer at a scale.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key, Int128 mantissa, int scale, int records, HsCodeLevels levels)
    {
        if (scale != Scale)
        {
            mantissa = Align(mantissa, scale);
        }

        var stored = key + 1; // 0 marks an empty slot, so a new array needs no filling
        var mask = _slots.Length - 1;
        var i = (int)((stored * 0x9E3779B97F4A7C15UL) >> _shift);
        while (true)
        {
            ref var slot = ref _slots[i];
            if (slot.Key == stored)
            {
                slot.Sum = checked(slot.Sum + mantissa);
                slot.Records += records;
                slot.Levels |= levels;
                return;
            }

            if (slot.Key == 0)
            {
                slot.Key = stored;
                slot.Sum = mantissa;
                slot.Records = records;
                slot.Levels = levels;
                if (++Count * 2 > _slots.Length)
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
                Add(slot.Key - 1, slot.Sum, other.Scale, slot.Records, slot.Levels);
            }
        }
    }

    /// <summary>The filled cells, in table order.</summary>
    public void CopyTo(ulong[] keys, Int128[] sums, int[] records, HsCodeLevels[] levels)
    {
        var n = 0;
        foreach (ref readonly var slot in _slots.AsSpan())
        {
            if (slot.Key != 0)
            {
                keys[n] = slot.Key - 1;
                sums[n] = slot.Sum;
                records[n] = slot.Records;
                levels[n] = slot.Levels;
                n++;
            }
        }
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
                slot.Sum = ExactSum.Scale(slot.Sum, scale - Scale);
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
        Count = 0;
        var scale = Scale;
        foreach (ref readonly var slot in old.AsSpan())
        {
            if (slot.Key != 0)
            {
                Add(slot.Key - 1, slot.Sum, scale, slot.Records, slot.Levels);
            }
        }
    }

    [StructLayout(LayoutKind.Sequential, Pack = 8)]
    private struct Slot
    {
        public ulong Key;
        public Int128 Sum;
        public int Records;
        public HsCodeLevels Levels;
    }
}
