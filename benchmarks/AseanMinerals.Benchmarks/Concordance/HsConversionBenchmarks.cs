using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using BenchmarkDotNet.Attributes;

namespace AseanMinerals.Benchmarks.Concordance;

/// <summary>
/// Converting records reported in HS 2017 to HS 2022 (UNSD's one target per code): <see cref="HsConverter"/> against the
/// baseline, a hand-written loop that looks each record's code up in a prepared dictionary and copies the record with
/// the new code. The records cycle over every HS 2017 subheading, so the converter's per-code plans are built once each
/// (the tables themselves are read once per process, before the measured runs). <c>ConverterStreamed</c> is the streamed
/// form (<see cref="HsConverter.ConvertEach"/>) read to the end; the baseline and <c>Converter</c> build their output list.
/// </summary>
[MemoryDiagnoser]
public class HsConversionBenchmarks
{
    private TradeRecord[] _records = [];
    private Dictionary<HsCode, HsCode> _prepared = [];

    [Params(1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var codes = HsCorrelationTables.Default.SubheadingsOf(HsRevision.Hs2017);
        _records =
        [
            .. Enumerable.Range(0, Records).Select(i => new TradeRecord(
                TradePeriod.Annual(2018 + (i % 4)), new AreaCode(360 + (i % 3)), AreaCode.World, (i & 1) == 0 ? TradeFlow.Import : TradeFlow.Export,
                codes[i % codes.Count], 1_000m + i) { Revision = HsRevision.Hs2017 }),
        ];
        _prepared = codes.ToDictionary(
            static c => c,
            static c => HsCorrelationTables.Default.Correlate(c, HsRevision.Hs2017, HsRevision.Hs2022).First(static p => p.IsUnsdConversion).Target);
    }

    [Benchmark(Baseline = true)]
    public int DictionaryLookupAndCopy()
    {
        var output = new List<TradeRecord>(_records.Length);
        foreach (var record in _records)
        {
            output.Add(record with { Commodity = _prepared[record.Commodity], Revision = HsRevision.Hs2022 });
        }

        return output.Count;
    }

    [Benchmark]
    public int Converter() => new HsConverter(HsRevision.Hs2022).Convert(_records).Records.Count;

    // The streamed form, as the CLI uses it: each converted record read and dropped, nothing held but the plans per
    // distinct code; the tally's count of records written is returned.
    [Benchmark]
    public long ConverterStreamed()
    {
        var tally = new HsConversionTally();
        foreach (var converted in new HsConverter(HsRevision.Hs2022).ConvertEach(_records, tally))
        {
            _ = converted;
        }

        return tally.RecordsWritten;
    }
}
