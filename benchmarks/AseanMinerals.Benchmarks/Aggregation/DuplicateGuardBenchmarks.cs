using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using BenchmarkDotNet.Attributes;

namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>
/// Issue 11: what the duplicate guard adds to the one-pass cube of 10 million records (target: at most 15%), in the
/// order Comtrade files come (grouped by period and reporter) and in the generator's scrambled order (every record in
/// another group: the guard's worst case, where it keeps one table of every key).
/// </summary>
[MemoryDiagnoser]
public class DuplicateGuardBenchmarks
{
    private const int Batch = 4096;
    private TradeRecord[] _records = [];
    private CommodityClassifier _classifier = null!;

    /// <summary>The order of the records.</summary>
    public enum RecordOrder
    {
        /// <summary>Sorted by period and reporter, as Comtrade files are.</summary>
        Grouped,

        /// <summary>The generator's order: each record in another period and reporter than the one before.</summary>
        Scrambled,
    }

    [Params(10_000_000)]
    public int Records { get; set; }

    [Params(RecordOrder.Grouped, RecordOrder.Scrambled)]
    public RecordOrder Order { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _classifier = MineralsClassification.DefaultClassifier;
        _records = [.. new TradeRecordGenerator(seed: 2018).Generate(Records)];
        if (Order == RecordOrder.Grouped)
        {
            // A stable sort: within a group, the generator's order.
            _records = [.. _records.OrderBy(static r => r.Period.Year).ThenBy(static r => r.Reporter.Value)];
        }
    }

    [Benchmark(Baseline = true)]
    public HeadlineFigures CubeOnePass() => CubeBenchmarks.Figures(TradeCube.Build(_records, _classifier));

    /// <summary>Every record admitted by the guard and added in the same pass, a block of 64 at a time (the builder's guarded AddRange).</summary>
    [Benchmark]
    public HeadlineFigures CubeOnePassWithDuplicateGuard() => CubeBenchmarks.Figures(GuardedCube(_records, _classifier));

    /// <summary>Every record first admitted one by one, then added in batches (as the tool reads files: a record at a time).</summary>
    [Benchmark]
    public HeadlineFigures CubeOnePassWithDuplicateGuardOneByOne() => CubeBenchmarks.Figures(GuardedCubeOneByOne(_records, _classifier));

    /// <summary>The cube of the records the guard admits, checked and added in one pass.</summary>
    public static TradeCube GuardedCube(TradeRecord[] records, CommodityClassifier classifier)
    {
        var builder = new TradeCubeBuilder(classifier);
        builder.AddRange(records, new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst), "generated");
        return builder.ToCube();
    }

    /// <summary>The cube of the records the guard admits one by one, added a batch at a time.</summary>
    public static TradeCube GuardedCubeOneByOne(TradeRecord[] records, CommodityClassifier classifier)
    {
        var guard = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var builder = new TradeCubeBuilder(classifier);
        var admitted = new TradeRecord[Batch];
        var count = 0;
        for (var i = 0; i < records.Length; i++)
        {
            if (guard.Admit(records[i], TradePlace.Record("generated", i + 1)))
            {
                admitted[count++] = records[i];
                if (count == Batch)
                {
                    builder.AddRange(admitted.AsSpan());
                    count = 0;
                }
            }
        }

        builder.AddRange(admitted.AsSpan(0, count));
        return builder.ToCube();
    }
}
