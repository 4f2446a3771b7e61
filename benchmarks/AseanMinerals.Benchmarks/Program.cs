using System.Runtime.CompilerServices;
using AseanMinerals.Benchmarks.Aggregation;
using AseanMinerals.Benchmarks.JsonLines;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using BenchmarkDotNet.Running;

if (args is ["--check-aggregation", var countText])
{
    // The implementations must agree before their speed means anything.
    var records = new TradeRecordGenerator(seed: 2018).Generate(long.Parse(countText, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    var classifier = MineralsClassification.DefaultClassifier;
    var period = TradePeriod.Annual(2018);
    using var duckDb = new DuckDbHeadline(records, classifier);
    Console.WriteLine($"LINQ:   {LinqHeadline.Run(records, classifier, period).Figures}");
    Console.WriteLine($"cube:   {CubeBenchmarks.Figures(TradeCube.BuildParallel(records, classifier))}");
    Console.WriteLine($"DuckDB: {duckDb.Run(period)}");

    // One question without a cube built first (OneQuestionBenchmarks), and questions on a built cube (HundredQuestionsBenchmarks).
    Console.WriteLine($"one question, LINQ:         {LinqHeadline.OneQuestion(records, classifier, period)}");
    Console.WriteLine($"one question, cube for it:  {CubeBenchmarks.Figures(TradeCube.Build(records, classifier, TradeCubeFilter.For(period, AreaGroup.Asean())))}");
    Console.WriteLine($"one question, DuckDB query: {duckDb.OneQuery(period)}");
    var cube = TradeCube.Build(records, classifier);
    duckDb.MaterialiseCube();
    foreach (var question in HeadlineQuestion.Hundred().Where(static q => q.Period.Year == 2018))
    {
        Console.WriteLine($"{question.Group.Name} {question.Scope}: cube {question.AskCube(cube)}");
        Console.WriteLine($"{question.Group.Name} {question.Scope}: DuckDB {duckDb.Ask(question, classifier)}");
    }

    return;
}

if (args is ["--check-end-to-end", var format])
{
    // The library and DuckDB must give the same figures from the same file before their speed means anything.
    var (library, duckDb) = await new AseanMinerals.Benchmarks.EndToEnd.EndToEndBenchmarks { Format = format }.Check();
    Console.WriteLine($"library: {library}");
    Console.WriteLine($"DuckDB:  {duckDb}");
    return;
}

// A console mode for what BenchmarkDotNet cannot measure (a fresh process's peak working set), else every suite in this
// assembly: pick with --filter, e.g. --filter '*Aggregation*' --job short.
if (!PeakMemory.TryRun(args) && !AseanMinerals.Benchmarks.Scale.ScaleRun.TryRun(args))
{
    RunBenchmarks(args);
}

// Apart, so that the peak-memory process never loads BenchmarkDotNet.
[MethodImpl(MethodImplOptions.NoInlining)]
static void RunBenchmarks(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
