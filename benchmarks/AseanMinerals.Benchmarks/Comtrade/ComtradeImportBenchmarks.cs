using System.Globalization;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;
using BenchmarkDotNet.Attributes;
using nietras.SeparatedValues;

namespace AseanMinerals.Benchmarks.Comtrade;

/// <summary>
/// Importing a Comtrade file into trade records, beside the floor (a bare Sep pass over the same file, touching the
/// columns the importer reads) and the usual choice (CsvHelper mapping each row to a class, then to the same record).
/// Targets: within 2x of the bare pass, at least 2x faster than CsvHelper.
/// </summary>
[MemoryDiagnoser]
public class ComtradeImportBenchmarks
{
    private const int GeneratedRows = 1_000_000;
    private static readonly ComtradeImportOptions OneYear = new() { Question = new TradeCubeFilter([TradePeriod.Annual(2018)]) };
    private string _path = string.Empty;
    private string[] _columns = [];
    private bool _generated;

    /// <summary>The file: the shared cement clinker file (16,183 legacy bulk rows) or 1,000,000 generated Comtrade+ rows.</summary>
    [Params("CementClinker", "Generated1M")]
    public string File { get; set; } = "CementClinker";

    [GlobalSetup]
    public void Setup()
    {
        if (File == "CementClinker")
        {
            _path = SharedDataFolder.File("comtrade_legacy_hs252310_cement_clinker/comtrade.csv");
            _columns = CsvHelperComtrade.LegacyColumns;
        }
        else
        {
            _path = Path.Combine(Path.GetTempPath(), $"comtrade-benchmark-{Environment.ProcessId}.csv");
            ComtradePlusCsvWriter.WriteFile(_path, new TradeRecordGenerator().Generate(GeneratedRows));
            _columns = CsvHelperComtrade.PlusColumns;
            _generated = true;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_generated)
        {
            System.IO.File.Delete(_path);
        }
    }

    /// <summary>The floor: Sep reads every row and the columns the importer reads, and does nothing with them.</summary>
    [Benchmark(Baseline = true)]
    public long BareSepPass()
    {
        using var reader = Sep.Reader(static o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture }).FromFile(_path);
        var indices = reader.Header.IndicesOf(_columns);
        long characters = 0;
        foreach (var row in reader)
        {
            foreach (var index in indices)
            {
                characters += row[index].Span.Length;
            }
        }

        return characters;
    }

    /// <summary>The importer: every row read, checked and mapped; the records' values summed.</summary>
    [Benchmark]
    public async Task<decimal> ComtradeImporter()
    {
        var total = 0m;
        await foreach (var record in ComtradeFile.Open(_path).ConfigureAwait(false))
        {
            total += record.Value;
        }

        return total;
    }

    /// <summary>
    /// The importer read for one question (<see cref="Core.TradeSources.TradeSourceOptions.Question"/>): the records of 2018
    /// (one year of the generated file's twenty, 5% of its rows; 10% of the cement file's); a row of another year is set
    /// aside once its period, reporter and flow are read, without reading the rest of it.
    /// </summary>
    [Benchmark]
    public async Task<decimal> ComtradeImporterForOneYear()
    {
        var total = 0m;
        await foreach (var record in ComtradeFile.Open(_path, OneYear).ConfigureAwait(false))
        {
            total += record.Value;
        }

        return total;
    }

    /// <summary>The importer on every core (<see cref="ComtradeFile.OpenParallel"/>): the same records, in the same order, the same summary.</summary>
    [Benchmark]
    public async Task<decimal> ComtradeImporterParallel()
    {
        var total = 0m;
        await foreach (var record in ComtradeFile.OpenParallel(_path).ConfigureAwait(false))
        {
            total += record.Value;
        }

        return total;
    }

    /// <summary>CsvHelper: each row mapped by column name to a class, then to the same record; the values summed.</summary>
    [Benchmark]
    public decimal CsvHelper() => CsvHelperComtrade.SumValues(_path);
}
