using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using BenchmarkDotNet.Attributes;

namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>
/// Building the cube of 10 million records already in memory and the three headline figures from it: the trade cube
/// (one pass, and parallel partitions) against a straightforward LINQ GroupBy (the baseline) and DuckDB running the
/// same query on the same rows pre-loaded into an in-memory table.
/// </summary>
[MemoryDiagnoser]
public class CubeBenchmarks
{
    private static readonly TradePeriod Period = TradePeriod.Annual(2018);
    private TradeRecord[] _records = [];
    private CommodityClassifier _classifier = null!;
    private DuckDbHeadline? _duckDb;

    [Params(10_000_000)]
    public int Records { get; set; }

    [GlobalSetup(Targets = [nameof(Linq), nameof(CubeOnePass), nameof(CubeParallel), nameof(CubeOnePassWithDuplicateGuard)])]
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
    public HeadlineFigures Linq() => LinqHeadline.Run(_records, _classifier, Period).Figures;

    [Benchmark]
    public HeadlineFigures CubeOnePass() => Figures(TradeCube.Build(_records, _classifier));

    /// <summary>
    /// The one-pass cube with every record first admitted by the duplicate guard (issue 11: the same trade key across all
    /// inputs never added twice), as the tool reads files. Target: at most 15% above <see cref="CubeOnePass"/>; see
    /// <see cref="DuplicateGuardBenchmarks"/> for grouped input.
    /// </summary>
    [Benchmark]
    public HeadlineFigures CubeOnePassWithDuplicateGuard() => Figures(DuplicateGuardBenchmarks.GuardedCube(_records, _classifier));

    [Benchmark]
    public HeadlineFigures CubeParallel() => Figures(TradeCube.BuildParallel(_records, _classifier));

    [Benchmark]
    public HeadlineFigures DuckDb() => _duckDb!.Run(Period);

    /// <summary>
    /// The headline figures from a cube: minerals trade, its share of all commodities, its intra-ASEAN share. The generated
    /// records have no TOTAL rows: total trade is the sum of their commodity rows, asked for by name, as the LINQ and
    /// DuckDB peers compute it.
    /// </summary>
    public static HeadlineFigures Figures(TradeCube cube) => Figures(cube, Period);

    public static HeadlineFigures Figures(TradeCube cube, TradePeriod period)
    {
        var headline = cube.Headline(period, basis: TotalBasis.SumOfCommodities);
        return new HeadlineFigures(headline.CommodityTrade.Value!.Value, headline.ShareOfTotalTrade.Share!.Value, headline.IntraGroupShare.Share!.Value);
    }
}
