using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AseanMinerals.Core.Aggregation.Planning;
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

    /// <summary>
    /// The cells of a period that pass a filter, added up by a dimension. A query over all partners alike (all asked for
    /// or none but the World) that does not tell commodity groups apart reads the roll-ups of its reporters' buckets; one
    /// over a few partners looks each one up; any other walks its reporters' buckets.
    /// </summary>
    private Dictionary<int, CellTally> Scan(TradePeriod period, CellQuery filter, TallyBy by)
    {
        if (!_periods.TryGetValue(CubeKey.PeriodCode(period), out var buckets))
        {
            return [];
        }

        // Sized for the keys expected (a reporter has import and export rows), so the tallies are not copied as they grow.
        var result = new Dictionary<int, CellTally>(by switch
        {
            TallyBy.ReporterFlow => Math.Min(buckets.Count, 16) * 2,
            TallyBy.Reporter => Math.Min(buckets.Count, 16),
            TallyBy.Flow => 2,
            TallyBy.None => 1,
            _ => 0,
        });

        var partners = filter.Partners;
        var uniform = !filter.ExcludeSelf && partners.AsSpan(2).IndexOf(!partners[1]) < 0; // the roll-ups hold a reporter's rows with itself
        var byPartner = by == TallyBy.Partner;
        var lookups = byPartner || !uniform ? PartnersAskedFor(partners) : null;
        for (var b = buckets.First; b < buckets.First + buckets.Count; b++)
        {
            var reporter = _bucketReporters[b];
            if (!filter.Reporters[reporter])
            {
                continue;
            }

            if (_walkCells)
            {
                for (var i = _bucketStarts[b]; i < _bucketStarts[b + 1]; i++)
                {
                    Visit(result, filter, by, Cell(i));
                }
            }
            else if (!byPartner && uniform && by != TallyBy.Group)
            {
                // A rolled-up cell carries the partner 0 (World rows) or 1 (the sum of its partner rows): it passes the
                // same filter as its cells, since every partner but the World is treated alike.
                var rollups = IndexOf(b).RollupsOf(filter.Cells, CellSets.Count);
                for (var flow = 0; flow < filter.Flows.Length; flow++)
                {
                    if (!filter.Flows[flow])
                    {
                        continue;
                    }

                    for (var kind = 0; kind < 2; kind++)
                    {
                        ref readonly var rollup = ref rollups[(flow << 1) | kind];
                        if (rollup.Cells == 0 || !partners[kind] || (filter.WorldBy is { } world && (kind == 0) != world[(reporter << 4) | flow]))
                        {
                            continue;
                        }

                        Add(result, Dimension(by, reporter, kind, flow, 0), rollup.Sum, rollup.Records, rollup.Levels);
                    }
                }
            }
            else if (!byPartner && uniform)
            {
                foreach (var cell in IndexOf(b).RolledUp)
                {
                    Visit(result, filter, by, cell);
                }
            }
            else if (by != TallyBy.Group)
            {
                // Partners told apart or asked for in part: the selection's cells per partner and flow, rolled up.
                var index = IndexOf(b);
                var (slots, flows) = (index.FlowSlots, index.FlowCount);
                var rollups = index.PartnerRollupsOf(this, filter.Cells, CellSets.Count);
                var runs = lookups?.Length ?? index.RunPartners.Length;
                for (var r = 0; r < runs; r++)
                {
                    var run = lookups is null ? r : Array.BinarySearch(index.RunPartners, lookups[r]);
                    if (run < 0 || !partners[index.RunPartners[run]] || (filter.ExcludeSelf && index.RunPartners[run] == reporter))
                    {
                        continue;
                    }

                    var partner = index.RunPartners[run];
                    for (var flow = 0; flow < filter.Flows.Length; flow++)
                    {
                        if (!filter.Flows[flow] || slots[flow] < 0)
                        {
                            continue;
                        }

                        ref readonly var rollup = ref rollups[(run * flows) + slots[flow]];
                        if (rollup.Cells == 0 || (filter.WorldBy is { } world && (partner == 0) != world[(reporter << 4) | flow]))
                        {
                            continue;
                        }

                        Add(result, Dimension(by, reporter, partner, flow, 0), rollup.Sum, rollup.Records, rollup.Levels);
                    }
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
                        Visit(result, filter, by, Cell(index.ByPartner[k]));
                    }
                }
            }
            else
            {
                for (var i = _bucketStarts[b]; i < _bucketStarts[b + 1]; i++)
                {
                    Visit(result, filter, by, Cell(i));
                }
            }
        }

        return result;
    }

    private void Visit(Dictionary<int, CellTally> result, CellQuery filter, TallyBy by, IndexedCell found)
    {
        var key = found.Key;
        int reporter = CubeKey.Reporter(key), partner = CubeKey.Partner(key), flow = CubeKey.Flow(key), cell = CubeKey.Cell(key);
        if (!filter.Reporters[reporter] || !filter.Partners[partner] || !filter.Flows[flow] || !filter.Cells[cell] || (filter.ExcludeSelf && partner == reporter))
        {
            return;
        }

        if (filter.WorldBy is { } world && (partner == 0) != world[(reporter << 4) | flow])
        {
            return; // a reporter and flow on the other partner basis
        }

        Add(result, Dimension(by, reporter, partner, flow, cell), found.Sum, found.Records, found.Levels);
    }

    private int Dimension(TallyBy by, int reporter, int partner, int flow, int cell) => by switch
    {
        TallyBy.Reporter => reporter,
        TallyBy.Partner => partner,
        TallyBy.Flow => flow,
        TallyBy.Group => Classifier.CellGroups[cell],
        TallyBy.ReporterFlow => (reporter << 4) | flow,
        _ => 0,
    };

    private static void Add(Dictionary<int, CellTally> result, int dimension, in ExactTotal sum, long records, HsCodeLevels levels)
    {
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(result, dimension, out _);
        tally.Sum.Add(sum);
        tally.Records += records;
        tally.Levels |= levels;
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

    private sealed partial class BucketIndex
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
