using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using BenchmarkDotNet.Attributes;

namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>
/// Issue 18: one question (ASEAN's 2018 headline figures) over 10 million records in memory, without a cube built
/// beforehand: the plain LINQ filter and sums (baseline), the cube built for that question only (a
/// <see cref="TradeCubeFilter"/> applied before hashing), and DuckDB's one SQL query over the same rows pre-loaded into a
/// table (<c>SUM ... FILTER ... WHERE period = 2018</c>). Goal: the cube at most 1.0x DuckDB.
/// </summary>
[MemoryDiagnoser]
public class OneQuestionBenchmarks
{
    private static readonly TradePeriod Period = TradePeriod.Annual(2018);
    private TradeRecord[] _records = [];
    private CommodityClassifier _classifier = null!;
    private DuckDbHeadline? _duckDb;

    [Params(10_000_000)]
    public int Records { get; set; }

    [GlobalSetup(Targets = [nameof(Linq), nameof(CubeForTheQuestion), nameof(CubeForTheQuestionParallel)])]
    public void Setup()
    {
        _classifier = MineralsClassification.DefaultClassifier;
        _records = [.. new TradeRecordGenerator(seed: 2018).Generate(Records)];
    }

    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb()
    {
        Setup();
        _duckDb = new DuckDbHeadline(_records, _classifier);
    }

    [GlobalCleanup]
    public void Cleanup() => _duckDb?.Dispose();

    [Benchmark(Baseline = true)]
    public HeadlineFigures Linq() => LinqHeadline.OneQuestion(_records, _classifier, Period);

    [Benchmark]
    public HeadlineFigures CubeForTheQuestion() =>
        CubeBenchmarks.Figures(TradeCube.Build(_records, _classifier, TradeCubeFilter.For(Period, AreaGroup.Asean())));

    /// <summary>The same on every core: each thread filters its own slice of the records; the small cubes merge.</summary>
    [Benchmark]
    public HeadlineFigures CubeForTheQuestionParallel() =>
        CubeBenchmarks.Figures(TradeCube.BuildParallel(_records, _classifier, filter: TradeCubeFilter.For(Period, AreaGroup.Asean())));

    [Benchmark]
    public HeadlineFigures DuckDb() => _duckDb!.OneQuery(Period);
}
