using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using BenchmarkDotNet.Attributes;

namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>
/// Issue 18: 100 different questions (20 years x 5 pairs of group and scope, <see cref="HeadlineQuestion.Hundred"/>) on a
/// cube of 10 million records built once, against DuckDB answering the same 100 queries on its cube table built once
/// (baseline); and one headline on the built cube (goal: under 50 microseconds). Building is not measured here.
/// </summary>
[MemoryDiagnoser]
public class HundredQuestionsBenchmarks
{
    private static readonly TradePeriod Period = TradePeriod.Annual(2018);
    private readonly IReadOnlyList<HeadlineQuestion> _questions = HeadlineQuestion.Hundred();
    private CommodityClassifier _classifier = null!;
    private TradeCube _cube = null!;
    private DuckDbHeadline? _duckDb;

    [Params(10_000_000)]
    public int Records { get; set; }

    [GlobalSetup(Targets = [nameof(CubeHundredQuestions), nameof(CubeOneHeadline)])]
    public void Setup()
    {
        _classifier = MineralsClassification.DefaultClassifier;
        _cube = TradeCube.Build(new TradeRecordGenerator(seed: 2018).Generate(Records), _classifier);
    }

    [GlobalSetup(Target = nameof(DuckDbHundredQueries))]
    public void SetupDuckDb()
    {
        _classifier = MineralsClassification.DefaultClassifier;
        _duckDb = new DuckDbHeadline([.. new TradeRecordGenerator(seed: 2018).Generate(Records)], _classifier);
        _duckDb.MaterialiseCube();
    }

    [GlobalCleanup]
    public void Cleanup() => _duckDb?.Dispose();

    [Benchmark(Baseline = true)]
    public decimal DuckDbHundredQueries()
    {
        var sum = 0m;
        foreach (var question in _questions)
        {
            sum += _duckDb!.Ask(question, _classifier).MineralsTrade;
        }

        return sum;
    }

    [Benchmark]
    public decimal CubeHundredQuestions()
    {
        var sum = 0m;
        foreach (var question in _questions)
        {
            sum += question.AskCube(_cube).MineralsTrade;
        }

        return sum;
    }

    /// <summary>ASEAN's 2018 headline figures on the built cube (after the first, its reporters' index is made).</summary>
    [Benchmark]
    public HeadlineFigures CubeOneHeadline() => CubeBenchmarks.Figures(_cube);
}
