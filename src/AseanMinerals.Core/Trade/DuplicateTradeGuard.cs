using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// Finds records with the same key (period, reporter, partner, flow, commodity, breakdown) across every input of one
/// question, so that the same trade is never added twice: a file given twice, a Comtrade file with its own converted
/// output, a duplicated row. Each key is packed exactly into 128 bits (no hash collisions can call two trades one) in an
/// open-addressing table with the first record's place: memory grows with distinct keys (about 40 bytes each), not with
/// the sources. Refuses a duplicate by default; <see cref="DuplicateTradeRule.KeepFirst"/> keeps the first and reports the rest.
/// The rule is the one <see cref="TradeRecordValidator"/> checks as AMC2009 within one list. Not thread-safe.
/// </summary>
public sealed class DuplicateTradeGuard
{
    private const int MaxReported = 100;
    private const ulong Occupied = 1UL << 63;
    private const int NumberBits = 40;

    private readonly List<string> _sources = [];
    private readonly Dictionary<string, int> _sourceIndex = new(StringComparer.Ordinal);
    private readonly List<DuplicateTrade> _reported = [];
    private Slot[] _slots = new Slot[1024];
    private int _shift = 64 - 10;
    private int _count;

    /// <summary>Creates a guard.</summary>
    /// <param name="rule">What to do with a duplicate.</param>
    public DuplicateTradeGuard(DuplicateTradeRule rule = DuplicateTradeRule.Refuse) => Rule = rule;

    /// <summary>What the guard does with a duplicate.</summary>
    public DuplicateTradeRule Rule { get; }

    /// <summary>How many distinct keys it has seen.</summary>
    public long DistinctKeys => _count;

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
        var (low, high) = Pack(record);
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> _shift);
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.High == 0)
            {
                (slot.Low, slot.High, slot.Place) = (low, high | Occupied, Encode(place));
                if (++_count > slots.Length / 10 * 7)
                {
                    Grow();
                }

                return true;
            }

            if (slot.Low == low && slot.High == (high | Occupied))
            {
                var duplicate = new DuplicateTrade(record, Decode(slot.Place), place);
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

            i = (i + 1) & mask;
        }
    }

    // Exact: period 17 bits, reporter and partner 10 each, commodity 27 in the low word; flow 4, second partner 10,
    // customs procedure and transport mode 16 each in the high word (bit 63 marks a filled slot).
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

    private long Encode(TradePlace place)
    {
        if (!_sourceIndex.TryGetValue(place.Source, out var index))
        {
            index = _sources.Count;
            _sources.Add(place.Source);
            _sourceIndex[place.Source] = index;
        }

        return ((long)index << (NumberBits + 1)) | (place.IsLine ? 1L << NumberBits : 0) | (place.Number & ((1L << NumberBits) - 1));
    }

    private TradePlace Decode(long encoded) =>
        new(_sources[(int)(encoded >> (NumberBits + 1))], encoded & ((1L << NumberBits) - 1), ((encoded >> NumberBits) & 1) == 1);

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        var mask = _slots.Length - 1;
        foreach (ref readonly var slot in old.AsSpan())
        {
            if (slot.High == 0)
            {
                continue;
            }

            var high = slot.High & ~Occupied;
            var i = (int)(((slot.Low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> _shift);
            while (_slots[i].High != 0)
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
