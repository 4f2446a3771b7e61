using AseanMinerals.Benchmarks.EndToEnd;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Parquet;
using BenchmarkDotNet.Attributes;
using Parquet;

namespace AseanMinerals.Benchmarks.Parquet;

/// <summary>
/// What bounds the Parquet end-to-end figure: Parquet.Net's bare decoding of every column the library reads, on one
/// thread, of the 2018 files of the <see cref="EndToEndBenchmarks"/> dataset (the rows ASEAN's 2018 question needs),
/// against the library reading the whole dataset with that question (partitions pruned, row groups decoded on every core,
/// records made). Run after or with <c>--filter '*EndToEnd*'</c>, which writes the dataset.
/// </summary>
[MemoryDiagnoser]
public class ParquetDecodeBenchmarks
{
    private static readonly TradeCubeFilter Question = TradeCubeFilter.For(TradePeriod.Annual(2018), AreaGroup.Asean());
    private string _folder = string.Empty;
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        EndToEndBenchmarks.Generate(); // the end-to-end suite's dataset, without its DuckDB tables
        _folder = EndToEndBenchmarks.ParquetFolder;
        _files = [.. Directory.GetFiles(_folder, "*.parquet", SearchOption.AllDirectories).Where(static f => f.Contains("year=2018", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Parquet.Net alone: every column of the 2018 files into arrays, one file after another.</summary>
    [Benchmark(Baseline = true)]
    public async Task<long> BareParquetNet()
    {
        long rows = 0;
        foreach (var file in _files)
        {
            await using var reader = await ParquetReader.CreateAsync(file).ConfigureAwait(false);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = (int)group.RowCount;
                foreach (var field in reader.Schema.DataFields)
                {
                    // As the library asks: strings, nullable numbers, a required number into non-nullable memory.
                    await (field.ClrType == typeof(int) ? (field.IsNullable ? group.ReadAsync<int>(field, new int?[count].AsMemory()) : group.ReadAsync<int>(field, new int[count].AsMemory()))
                        : field.ClrType == typeof(double) ? group.ReadAsync<double>(field, new double?[count].AsMemory())
                        : field is global::Parquet.Schema.DecimalDataField ? (field.IsNullable ? group.ReadAsync<decimal>(field, new decimal?[count].AsMemory()) : group.ReadAsync<decimal>(field, new decimal[count].AsMemory()))
                        : group.ReadAsync(field, new string?[count].AsMemory()!)).ConfigureAwait(false);
                }

                rows += count;
            }
        }

        return rows;
    }

    /// <summary>The library: the dataset read with the question (the same 2018 files decoded, the others pruned), records made and counted.</summary>
    [Benchmark]
    public async Task<long> LibraryWithQuestion()
    {
        long records = 0;
        await foreach (var record in TradeParquet.Open(_folder, new TradeSourceOptions { Question = Question }).ConfigureAwait(false))
        {
            records++;
        }

        return records;
    }
}
