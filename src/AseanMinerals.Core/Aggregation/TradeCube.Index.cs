using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// How a query finds its cells: the cells are grouped by period and reporter (a bucket each), so a query reads only its
/// reporters' buckets of its period. On first use a bucket gets an index (built lazily, so the build does not pay for it):
/// its cells rolled up over partners, World rows apart, for the queries over all partners (most of them: a headline reads
/// a few dozen rolled-up cells per reporter instead of thousands), and its cells ordered by partner for a partner group.
/// </summary>
public sealed partial class TradeCube
{
    // Above this many partners asked for, reading the reporter's whole bucket beats looking each one up.
    private const int MaxPartnerLookups = 64;

    /// <summary>The cells a query over a period, reporters and partners must read; every other cell fails its filter.</summary>
    /// <param name="period">The period.</param>
    /// <param name="reporters">The reporters asked for, by area code.</param>
    /// <param name="partners">The partners asked for, by area code (0 is the World rows).</param>
    /// <param name="byPartner">Whether the caller tells partners apart; when not, cells of partners it treats alike may come rolled up into one with partner 1.</param>
    /// <remarks>A rolled-up cell carries the partner 0 (World rows) or 1 (the sum of its partner rows): it is given only when
    /// every partner but the World is treated alike (all asked for or none), so it passes the same filter as its cells.</remarks>
    private IEnumerable<IndexedCell> CellsFor(TradePeriod period, bool[] reporters, bool[] partners, bool byPartner)
    {
        if (!_periods.TryGetValue(CubeKey.PeriodCode(period), out var buckets))
        {
            yield break;
        }

        var uniform = partners.AsSpan(2).IndexOf(!partners[1]) < 0;
        var lookups = byPartner || !uniform ? PartnersAskedFor(partners) : null;
        for (var b = buckets.First; b < buckets.First + buckets.Count; b++)
        {
            if (!reporters[_bucketReporters[b]])
            {
                continue;
            }

            if (!byPartner && uniform)
            {
                var index = IndexOf(b);
                for (var i = 0; i < index.RolledUp.Length; i++)
                {
                    yield return index.RolledUp[i];
                }
            }
            else if (lookups is not null)
            {
                var index = IndexOf(b);
                foreach (var partner in lookups)
                {
                    var run = Array.BinarySearch(index.RunPartners, partner);
                    for (var k = run < 0 ? 0 : index.RunStarts[run]; run >= 0 && k < index.RunStarts[run + 1]; k++)
                    {
                        yield return Cell(index.ByPartner[k]);
                    }
                }
            }
            else
            {
                for (var i = _bucketStarts[b]; i < _bucketStarts[b + 1]; i++)
                {
                    yield return Cell(i);
                }
            }
        }
    }

    // The partners asked for, when few enough to look each one up; null to read whole buckets.
    private static int[]? PartnersAskedFor(bool[] partners)
    {
        var asked = new List<int>();
        for (var p = 0; p < partners.Length; p++)
        {
            if (!partners[p])
            {
                continue;
            }

            if (asked.Count == MaxPartnerLookups)
            {
                return null;
            }

            asked.Add(p);
        }

        return [.. asked];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ExactTotal SumAt(int i) => _sums[i].IsSpilled ? _spilledSums[i] : _sums[i].ToTotal();

    private IndexedCell Cell(int i) => new(_keys[i], SumAt(i), _records[i], _levels[i]);

    // The bucket of a key: its period and reporter (27 bits), ordered as the key is.
    private static int BucketOf(ulong key) => (int)(key >> 22);

    private BucketIndex IndexOf(int bucket)
    {
        // Immutable once made; two threads asking at once may both make it, and either result is the same.
        return Volatile.Read(ref _bucketIndexes[bucket]) ?? MakeIndex(bucket);

        BucketIndex MakeIndex(int b)
        {
            var index = new BucketIndex(this, _bucketStarts[b], _bucketStarts[b + 1]);
            return Interlocked.CompareExchange(ref _bucketIndexes[b], index, null) ?? index;
        }
    }

    /// <summary>A cell as a query reads it: one of the cube's, or several of one reporter's rolled up over partners.</summary>
    private readonly record struct IndexedCell(ulong Key, ExactTotal Sum, int Records, HsCodeLevels Levels);

    private sealed class BucketIndex
    {
        public BucketIndex(TradeCube cube, int start, int end)
        {
            // By partner: the cells' positions ordered by partner, and where each partner's run starts.
            ByPartner = new int[end - start];
            var partners = new int[end - start];
            for (var i = start; i < end; i++)
            {
                (ByPartner[i - start], partners[i - start]) = (i, CubeKey.Partner(cube._keys[i]));
            }

            Array.Sort(partners, ByPartner);
            var runPartners = new List<int>();
            var runStarts = new List<int>();
            for (var k = 0; k < partners.Length; k++)
            {
                if (k == 0 || partners[k] != partners[k - 1])
                {
                    runPartners.Add(partners[k]);
                    runStarts.Add(k);
                }
            }

            runStarts.Add(partners.Length);
            (RunPartners, RunStarts) = ([.. runPartners], [.. runStarts]);

            // Rolled up: one cell per flow, commodity cell and partner kind (World rows as 0, partner rows as 1).
            const ulong PartnerBits = 0x3FFUL << 12;
            var rolled = new Dictionary<ulong, IndexedCell>();
            for (var i = start; i < end; i++)
            {
                var key = cube._keys[i];
                var rolledKey = (key & ~PartnerBits) | (CubeKey.Partner(key) == 0 ? 0 : 1UL << 12);
                ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(rolled, rolledKey, out _);
                var sum = cell.Sum;
                sum.Add(cube.SumAt(i));
                cell = new IndexedCell(rolledKey, sum, cell.Records + cube._records[i], cell.Levels | cube._levels[i]);
            }

            RolledUp = [.. rolled.Values];
        }

        public int[] ByPartner { get; }

        public int[] RunPartners { get; }

        public int[] RunStarts { get; }

        public IndexedCell[] RolledUp { get; }
    }
}
