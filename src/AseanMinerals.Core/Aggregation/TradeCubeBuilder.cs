using System.Runtime.CompilerServices;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// Builds a <see cref="TradeCube"/> in one pass: add records (one by one, from a span, a sequence or an async stream),
/// merge builders of disjoint batches, then take the cube. Breakdown records are set aside and counted; every other
/// record is added to its cell, subset flows in cells of their own. A record with a negative value is refused with a
/// <see cref="ValidationException"/> (rule AMC2001, as every trade reader refuses it); the records before it stay added. Not thread-safe: use one builder per thread and merge.
/// </summary>
public sealed class TradeCubeBuilder
{
    private const ulong OutsideKey = ulong.MaxValue - 1; // cube keys take 49 bits: these two are never keys
    private const ulong SetAsideKey = ulong.MaxValue;
    private readonly CubeTable _table;
    private readonly TradeCubeFilter.Compiled? _filter;
    private long _read;
    private long _setAside;
    private long _outside;

    /// <summary>Creates a builder.</summary>
    /// <param name="classifier">The classifier whose cells key the commodities; the library's minerals classification when null.</param>
    /// <param name="expectedCells">How many cells to make room for at first (the table grows as needed).</param>
    public TradeCubeBuilder(CommodityClassifier? classifier = null, int expectedCells = 1024)
    {
        Classifier = classifier ?? MineralsClassification.DefaultClassifier;
        _table = new CubeTable(expectedCells);
    }

    /// <summary>The classifier whose cells key the commodities.</summary>
    public CommodityClassifier Classifier { get; }

    /// <summary>
    /// The question the cube is built for: records outside it are counted and dropped before they are hashed (see
    /// <see cref="TradeCubeFilter"/>); null (the default) keeps every record.
    /// </summary>
    public TradeCubeFilter? Filter
    {
        get => _filter?.Filter;
        init => _filter = value?.Compile(Classifier);
    }

    /// <summary>Adds one record.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="ValidationException">A record has a negative value (AMC2001); the records before it stay added.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in TradeRecord record)
    {
        _read++;
        var key = KeyOf(record);
        if (key >= OutsideKey)
        {
            _setAside += key == SetAsideKey ? 1 : 0;
            _outside += key == OutsideKey ? 1 : 0;
            return;
        }

        AddToCell(key, record);
    }

    /// <summary>Adds records from a span.</summary>
    /// <param name="records">The records.</param>
    /// <exception cref="ValidationException">A record has a negative value (AMC2001); the records before it stay added.</exception>
    public void AddRange(ReadOnlySpan<TradeRecord> records) => AddPartition(records, 0, 1);

    /// <summary>Adds records from a sequence.</summary>
    /// <param name="records">The records.</param>
    /// <exception cref="ValidationException">A record has a negative value (AMC2001); the records before it stay added.</exception>
    public void AddRange(IEnumerable<TradeRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            Add(in record);
        }
    }

    /// <summary>Adds records from an asynchronous stream.</summary>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>A task that completes when the stream ends.</returns>
    /// <exception cref="ValidationException">A record has a negative value (AMC2001); the records before it stay added.</exception>
    public async Task AddRangeAsync(IAsyncEnumerable<TradeRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(in record);
        }
    }

    /// <summary>
    /// Adds records from a span, each first admitted by a duplicate guard, so that the same trade is never added twice: a
    /// key the guard has seen (earlier in the span, or in anything it saw before) is refused or left out by its rule. The
    /// records are read once: each block of 64 is checked by the guard, then added while it is still in the cache.
    /// </summary>
    /// <param name="records">The records; record i is at <see cref="TradePlace.Record"/>(<paramref name="source"/>, <paramref name="firstNumber"/> + i).</param>
    /// <param name="duplicates">The guard of every input of the question.</param>
    /// <param name="source">The records' source, named in the places of duplicates.</param>
    /// <param name="firstNumber">The number of the first record (from 1).</param>
    /// <exception cref="DuplicateTradeException">A key was seen before and the guard refuses duplicates; every record before it was added.</exception>
    /// <exception cref="ValidationException">A record has a negative value (AMC2001); the records before it stay added.</exception>
    public void AddRange(ReadOnlySpan<TradeRecord> records, DuplicateTradeGuard duplicates, string source, long firstNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(duplicates);
        ArgumentNullException.ThrowIfNull(source);
        const int Block = 64;
        Span<ulong> keys = stackalloc ulong[Block];
        for (var start = 0; start < records.Length; start += Block)
        {
            // New keys of the current group are checked in the loop that makes their cube keys, so each record is read
            // once; from the first record the guard's run does not take, the guard's block path decides.
            var block = records.Slice(start, Math.Min(Block, records.Length - start));
            var run = duplicates.OpenNewKeys(block.Length);
            var j = 0;
            while (j < block.Length && run.TryAdmit(block[j]))
            {
                keys[j] = PrefetchedKeyOf(block[j]);
                j++;
            }

            duplicates.CloseNewKeys(run, duplicates.EncodeRecord(source, firstNumber + start));
            var leftOut = 0UL;
            if (j < block.Length)
            {
                KeysOf(block[j..], keys[j..]);
                leftOut = duplicates.AdmitBlock(block[j..], source, firstNumber + start + j, out var refused) << j;
                if (refused is not null)
                {
                    AddKeyed(block[..(int)(refused.Second.Number - firstNumber - start)], keys, leftOut);
                    throw new DuplicateTradeException(refused);
                }
            }

            AddKeyed(block, keys, leftOut);
        }
    }

    /// <summary>Adds everything another builder holds (built from a disjoint batch, with the same classifier).</summary>
    /// <param name="other">The other builder; it is left as it was.</param>
    /// <exception cref="ArgumentException">The other builder uses another classifier or another <see cref="Filter"/>.</exception>
    public void Merge(TradeCubeBuilder other)
    {
        ArgumentNullException.ThrowIfNull(other);
        CheckSameClassifier(other.Classifier);
        CheckSameFilter(other.Filter);
        _table.AddAll(other._table);
        _read += other._read;
        _setAside += other._setAside;
        _outside += other._outside;
    }

    /// <summary>Adds every cell of a cube (computed elsewhere, with the same classifier).</summary>
    /// <param name="cube">The cube.</param>
    /// <exception cref="ArgumentException">The cube uses another classifier or another <see cref="Filter"/>.</exception>
    public void Merge(TradeCube cube)
    {
        ArgumentNullException.ThrowIfNull(cube);
        CheckSameClassifier(cube.Classifier);
        CheckSameFilter(cube.BuiltFor);
        cube.AddTo(_table);
        _read += cube.Statistics.RecordsRead;
        _setAside += cube.Statistics.BreakdownRecordsSetAside;
        _outside += cube.Statistics.RecordsOutsideFilter;
    }

    /// <summary>Takes the cube of everything added so far; the builder can go on.</summary>
    /// <returns>The cube.</returns>
    public TradeCube ToCube() => new(Classifier, [_table], Statistics(_read, _setAside, _outside), _filter);

    /// <summary>
    /// The cube of builders of disjoint batches of records (one per thread, see <see cref="TradeCube.BuildParallel"/>),
    /// merged on as many threads: thread p gathers from every builder the cells in part p of the key space, so the merged
    /// tables are disjoint, need no further merging, and the work is proportional to cells, not records.
    /// </summary>
    internal static TradeCube MergeInParallel(TradeCubeBuilder[] batches)
    {
        var parts = batches.Length;
        var merged = new CubeTable[parts];
        var expected = batches.Max(static b => b._table.Count) / parts;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var table = new CubeTable(expected + (expected / 8));
            foreach (var batch in batches)
            {
                table.AddAll(batch._table, part, parts);
            }

            merged[part] = table;
        });

        return new TradeCube(batches[0].Classifier, merged, StatisticsOf(batches), batches[0]._filter);
    }

    /// <summary>
    /// The cube of builders that hold disjoint parts of the key space (see <see cref="AddPartition"/>): their tables are
    /// the cube's as they are, with no merging.
    /// </summary>
    internal static TradeCube ToCube(TradeCubeBuilder[] parts)
    {
        return new TradeCube(parts[0].Classifier, [.. parts.Select(static b => b._table)], StatisticsOf(parts), parts[0]._filter);
    }

    /// <summary>Adds the records whose cell falls in one of <paramref name="parts"/> disjoint parts of the key space (all of them for 1 part).</summary>
    internal void AddPartition(ReadOnlySpan<TradeRecord> records, int part, int parts)
    {
        // In batches: first the keys, each slot prefetched, then the additions, whose slots are by then on their way (32
        // records gave the table misses more time to overlap than 16; 64 no more than 32).
        const int Batch = 32;
        const ulong Skip = ulong.MaxValue;
        Span<ulong> keys = stackalloc ulong[Batch];
        var counts = part == 0; // the records read, set aside and outside are counted by part 0 only
        if (counts)
        {
            _read += records.Length;
        }

        for (var start = 0; start < records.Length; start += Batch)
        {
            var batch = records.Slice(start, Math.Min(Batch, records.Length - start));
            for (var j = 0; j < batch.Length; j++)
            {
                var key = KeyOf(batch[j]);
                keys[j] = Skip;
                if (key >= OutsideKey)
                {
                    _setAside += counts && key == SetAsideKey ? 1 : 0;
                    _outside += counts && key == OutsideKey ? 1 : 0;
                    continue;
                }

                if (parts > 1 && CubeTable.PartitionOf(key, parts) != part)
                {
                    continue;
                }

                keys[j] = key;
                _table.Prefetch(key);
            }

            for (var j = 0; j < batch.Length; j++)
            {
                if (keys[j] == Skip)
                {
                    continue;
                }

                AddToCell(keys[j], batch[j]);
            }
        }
    }

    // The cube key of a record, or why it is not added (SetAsideKey, OutsideKey).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong KeyOf(in TradeRecord record)
    {
        if (!record.Breakdown.IsTotal)
        {
            return SetAsideKey;
        }

        var period = CubeKey.PeriodCode(record.Period);
        if (!Admits(record, period, out var cell))
        {
            return OutsideKey;
        }

        return CubeKey.Pack(period, record.Reporter, record.Partner, record.Flow, cell);
    }

    // The cube key of a record, its slot prefetched when it has one (the additions come after the block's keys).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong PrefetchedKeyOf(in TradeRecord record)
    {
        var key = KeyOf(record);
        if (key < OutsideKey)
        {
            _table.Prefetch(key);
        }

        return key;
    }

    private void KeysOf(ReadOnlySpan<TradeRecord> records, Span<ulong> keys)
    {
        for (var j = 0; j < records.Length; j++)
        {
            keys[j] = PrefetchedKeyOf(records[j]);
        }
    }

    // Adds a record to the cell of its key.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddToCell(ulong key, in TradeRecord record)
    {
        var mantissa = ExactSum.Decompose(record.Value, out var scale);
        if (mantissa < 0)
        {
            throw NegativeValue(record);
        }

        _table.Add(key, mantissa, scale, 1, (HsCodeLevels)(1 << (record.Commodity.Digits / 2)));
    }

    // Adds the records of a block by their keys but those whose bit is set in leftOut (duplicates the guard left out: not
    // read by this builder), counting what it reads, sets aside and leaves outside.
    private void AddKeyed(ReadOnlySpan<TradeRecord> records, ReadOnlySpan<ulong> keys, ulong leftOut)
    {
        for (var j = 0; j < records.Length; j++)
        {
            if ((leftOut & (1UL << j)) != 0)
            {
                continue;
            }

            _read++;
            var key = keys[j];
            if (key >= OutsideKey)
            {
                _setAside += key == SetAsideKey ? 1 : 0;
                _outside += key == OutsideKey ? 1 : 0;
                continue;
            }

            AddToCell(key, records[j]);
        }
    }

    // The trade rule every reader applies (AMC2001), for records made in code: a negative value added to a cell would make
    // its totals and shares wrong numbers. Out of line, so that the check costs the hot path a sign test.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ValidationException NegativeValue(in TradeRecord record) => new(new ValidationResult(
        [TradeRules.NegativeValue.At("value", $"The record {record} has a negative trade value; a cube adds trade values, and refuses it rather than give a wrong total.")]));

    internal void AddCell(in TradeCubeCell cell)
    {
        var key = CubeKey.Pack(CubeKey.PeriodCode(cell.Period), cell.Reporter, cell.Partner, cell.Flow, cell.Commodity);
        var mantissa = ExactSum.Decompose(cell.Value, out var scale);
        _table.Add(key, mantissa, scale, cell.Records, cell.Levels);
        _read += cell.Records;
    }

    // Whether the filter keeps a record, its commodity cell classified only once its period, reporter and flow are kept.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Admits(in TradeRecord record, int period, out int cell)
    {
        if (_filter is not null && !_filter.AdmitsRecord(record, period))
        {
            cell = 0;
            return false;
        }

        cell = Classifier.CellIndexOf(record.Commodity);
        return _filter is null || _filter.AdmitsCell(cell);
    }

    // The counts of several builders' records together.
    private static TradeCubeStatistics StatisticsOf(TradeCubeBuilder[] builders) =>
        Statistics(builders.Sum(static b => b._read), builders.Sum(static b => b._setAside), builders.Sum(static b => b._outside));

    private static TradeCubeStatistics Statistics(long read, long setAside, long outside) =>
        new(read, read - setAside - outside, setAside, 0) { RecordsOutsideFilter = outside };

    private void CheckSameFilter(TradeCubeFilter? other)
    {
        if (!Equals(Filter, other))
        {
            throw new ArgumentException($"Cubes built for different questions cannot be merged: {Filter?.ToString() ?? "all records"} against {other?.ToString() ?? "all records"}.", nameof(other));
        }
    }

    private void CheckSameClassifier(CommodityClassifier other)
    {
        if (!ReferenceEquals(other, Classifier) && !Equals(other.Classification, Classifier.Classification))
        {
            throw new ArgumentException("Cubes built with different classifications cannot be merged: their commodity cells differ.", nameof(other));
        }
    }
}
