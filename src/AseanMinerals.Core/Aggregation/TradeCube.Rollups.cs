using AseanMinerals.Core.Aggregation.Planning;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// The roll-ups a query over all partners reads: per period and reporter (a bucket), per flow and partner kind (World
/// rows or partner rows), the exact sum, records and HS levels of the cells of one commodity selection (a scope, a group,
/// all cells, the commodity cells, the <c>TOTAL</c> cell). Each is made on first use, once per bucket and selection, so a
/// headline reads a few numbers per member instead of walking its cells, and adds exactly what the walk would add.
/// </summary>
public sealed partial class TradeCube
{
    // The selections, made on first use: the scopes, then the groups, then all cells, the commodity cells and TOTAL.
    private CommodityCellSets? _cellSets;

    // Set in the view WalkingCells makes: every query walks its reporters' cells one by one and reads no roll-up.
    private readonly bool _walkCells;

    // The same cells, sums and index (shared, never written but for the lazily made indexes).
    private TradeCube(TradeCube cube, bool walkCells)
    {
        (Classifier, Statistics, _filter, _walkCells) = (cube.Classifier, cube.Statistics, cube._filter, walkCells);
        (_keys, _sums, _records, _levels, _spilledSums) = (cube._keys, cube._sums, cube._records, cube._levels, cube._spilledSums);
        (_periods, _bucketReporters, _bucketStarts, _bucketIndexes) = (cube._periods, cube._bucketReporters, cube._bucketStarts, cube._bucketIndexes);
    }

    /// <summary>The same cube answering every query by walking its cells one by one: what the roll-ups must equal (tests).</summary>
    internal TradeCube WalkingCells() => new(this, walkCells: true);

    private CommodityCellSets CellSets => Volatile.Read(ref _cellSets) ?? Interlocked.CompareExchange(ref _cellSets, new CommodityCellSets(Classifier), null) ?? _cellSets!;

    /// <summary>The cells of one bucket, flow, partner kind and selection, added up.</summary>
    private struct Rollup
    {
        public ExactTotal Sum;
        public long Records;
        public HsCodeLevels Levels;
        public int Cells;
    }

    private sealed partial class BucketIndex
    {
        private Rollup[]?[]? _bySet;
        private Rollup[]?[]? _byPartnerBySet;
        private int[]? _flowSlots;

        // Per flow, its place among the flows of the bucket (-1 when the bucket has none of it); then how many there are,
        // in the same array, so a thread that sees the slots sees their count.
        public int[] FlowSlots => Volatile.Read(ref _flowSlots) ?? Interlocked.CompareExchange(ref _flowSlots, MakeFlowSlots(), null) ?? _flowSlots!;

        public int FlowCount => FlowSlots[16];

        // Per partner run and flow of the bucket (run * FlowCount + slot): the selection's cells with that partner.
        public Rollup[] PartnerRollupsOf(TradeCube cube, CellSet set, int sets)
        {
            var bySet = Volatile.Read(ref _byPartnerBySet) ?? Interlocked.CompareExchange(ref _byPartnerBySet, new Rollup[]?[sets], null) ?? _byPartnerBySet!;
            return Volatile.Read(ref bySet[set.Id]) ?? Interlocked.CompareExchange(ref bySet[set.Id], MakeByPartner(cube, set), null) ?? bySet[set.Id]!;
        }

        private int[] MakeFlowSlots()
        {
            var slots = new int[17];
            Array.Fill(slots, -1, 0, 16);
            var count = 0;
            foreach (var cell in RolledUp)
            {
                ref var slot = ref slots[CubeKey.Flow(cell.Key)];
                if (slot < 0)
                {
                    slot = count++;
                }
            }

            slots[16] = count;
            return slots;
        }

        private Rollup[] MakeByPartner(TradeCube cube, CellSet set)
        {
            var (slots, flows) = (FlowSlots, FlowCount);
            var rollups = new Rollup[RunPartners.Length * flows];
            for (var run = 0; run < RunPartners.Length; run++)
            {
                for (var k = RunStarts[run]; k < RunStarts[run + 1]; k++)
                {
                    var i = ByPartner[k];
                    var key = cube._keys[i];
                    if (!set[CubeKey.Cell(key)])
                    {
                        continue;
                    }

                    ref var rollup = ref rollups[(run * flows) + slots[CubeKey.Flow(key)]];
                    rollup.Sum.Add(cube.SumAt(i));
                    rollup.Records += cube._records[i];
                    rollup.Levels |= cube._levels[i];
                    rollup.Cells++;
                }
            }

            return rollups;
        }

        // Per flow and partner kind ((flow << 1) | kind, kind 0 the World rows, 1 the partner rows): the selection's cells.
        public Rollup[] RollupsOf(CellSet set, int sets)
        {
            var bySet = Volatile.Read(ref _bySet) ?? Interlocked.CompareExchange(ref _bySet, new Rollup[]?[sets], null) ?? _bySet!;

            // Immutable once made; two threads asking at once may both make it, and either result is the same.
            return Volatile.Read(ref bySet[set.Id]) ?? Interlocked.CompareExchange(ref bySet[set.Id], Make(set), null) ?? bySet[set.Id]!;
        }

        private Rollup[] Make(CellSet set)
        {
            var rollups = new Rollup[32];
            foreach (var cell in RolledUp)
            {
                if (!set[CubeKey.Cell(cell.Key)])
                {
                    continue;
                }

                ref var rollup = ref rollups[(CubeKey.Flow(cell.Key) << 1) | (CubeKey.Partner(cell.Key) == 0 ? 0 : 1)];
                rollup.Sum.Add(cell.Sum);
                rollup.Records += cell.Records;
                rollup.Levels |= cell.Levels;
                rollup.Cells++;
            }

            return rollups;
        }
    }
}
