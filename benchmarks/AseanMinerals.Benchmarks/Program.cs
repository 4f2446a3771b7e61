using AseanMinerals.Benchmarks.Aggregation;
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
    return;
}

// Every suite in this assembly: pick with --filter, e.g. --filter '*Aggregation*' --job short.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
