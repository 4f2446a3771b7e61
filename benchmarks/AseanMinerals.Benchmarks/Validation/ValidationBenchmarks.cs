using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace AseanMinerals.Benchmarks.Validation;

/// <summary>
/// Validating a million trade records already in memory: <see cref="TradeRecordValidator"/> (every rule, an issue with
/// its code and path for each failure, duplicate keys across the list) against the baseline, a hand-written loop making
/// the same checks that only counts failures. The ratio is what the issues, the paths and the shared rule set cost.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private static readonly IClock Clock = SystemClock.Instance;
    private TradeRecord[] _records = [];
    private TradeRecordValidator _validator = null!;

    [Params(1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _records = [.. new TradeRecordGenerator(seed: 2018).Generate(Records)];
        _validator = new TradeRecordValidator(Clock);
    }

    [Benchmark(Baseline = true)]
    public int BareChecks()
    {
        var areas = TradeAreaCatalog.Default;
        var nomenclature = HsNomenclature.Default;
        var today = Clock.GetCurrentInstant().InUtc().Date;
        var keys = new HashSet<(TradePeriod, AreaCode, AreaCode, TradeFlow, HsCode, TradeBreakdown)>();
        var failures = 0;
        foreach (var record in _records)
        {
            failures += record.Value < 0 ? 1 : 0;
            failures += record.NetWeightKg is { } weight && (!double.IsFinite(weight) || weight < 0) ? 1 : 0;
            failures += record.Quantity is { } quantity && (!double.IsFinite(quantity) || quantity < 0) ? 1 : 0;
            failures += areas.Contains(record.Reporter) ? 0 : 1;
            failures += areas.Contains(record.Partner) ? 0 : 1;
            failures += record.Reporter == record.Partner ? 1 : 0;
            failures += nomenclature.Exists(record.Commodity, record.Revision) ? 0 : 1;
            failures += record.Period.End >= today ? 1 : 0;
            failures += keys.Add((record.Period, record.Reporter, record.Partner, record.Flow, record.Commodity, record.Breakdown)) ? 0 : 1;
        }

        return failures;
    }

    [Benchmark]
    public int Validator() => _validator.Validate(_records).Issues.Count;
}
