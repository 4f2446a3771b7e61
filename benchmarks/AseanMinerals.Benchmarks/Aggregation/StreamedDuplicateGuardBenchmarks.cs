using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using BenchmarkDotNet.Attributes;

namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>
/// Issue 11, the duplicate guard on the tool's path: a JSON Lines file of 2 million records read one record at a time
/// into the cube, with and without the guard (each record admitted with its file and line, as the tool does). Grouped by
/// period and reporter (as Comtrade files are) and in the generator's scrambled order (the guard's worst case).
/// </summary>
[MemoryDiagnoser]
public class StreamedDuplicateGuardBenchmarks
{
    private const int Records = 2_000_000;
    private string _path = "";
    private CommodityClassifier _classifier = null!;

    [Params(DuplicateGuardBenchmarks.RecordOrder.Grouped, DuplicateGuardBenchmarks.RecordOrder.Scrambled)]
    public DuplicateGuardBenchmarks.RecordOrder Order { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _classifier = MineralsClassification.DefaultClassifier;
        IEnumerable<TradeRecord> records = new TradeRecordGenerator(seed: 2018).Generate(Records);
        if (Order == DuplicateGuardBenchmarks.RecordOrder.Grouped)
        {
            records = records.OrderBy(static r => r.Period.Year).ThenBy(static r => r.Reporter.Value);
        }

        _path = Path.Combine(Path.GetTempPath(), $"asean-minerals-guard-{Order}-{Environment.ProcessId}.jsonl");
        using var file = File.Create(_path);
        AseanMineralsJson.WriteTradeRecordLines(file, records);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public async Task<long> FileToCube()
    {
        var builder = new TradeCubeBuilder(_classifier);
        await foreach (var record in AseanMineralsJson.OpenTradeRecordLines(_path))
        {
            builder.Add(record);
        }

        return builder.ToCube().Statistics.RecordsAggregated;
    }

    [Benchmark]
    public async Task<long> FileToCubeWithDuplicateGuard()
    {
        var builder = new TradeCubeBuilder(_classifier);
        var guard = new DuplicateTradeGuard();
        var source = AseanMineralsJson.OpenTradeRecordLines(_path);
        await foreach (var record in source)
        {
            if (guard.Admit(record, new TradePlace(_path, source.CurrentLine)))
            {
                builder.Add(record);
            }
        }

        return builder.ToCube().Statistics.RecordsAggregated;
    }
}
