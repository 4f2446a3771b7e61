using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using BenchmarkDotNet.Attributes;

namespace AseanMinerals.Benchmarks.JsonLines;

/// <summary>
/// Reading 1 million trade records (about 140 MB of JSON Lines) from a file: the library's reader against the floor (a
/// bare <see cref="Utf8JsonReader"/> pass over the same bytes, the baseline) and against what most code does (reflection
/// <see cref="JsonSerializer.Deserialize{TValue}(string, JsonSerializerOptions?)"/> a line). Goals: Ratio at most 2.0
/// (at least half the floor's speed) and at least 3 times faster than reflection.
/// </summary>
[MemoryDiagnoser]
public class JsonLinesReadBenchmarks
{
    private const long Records = 1_000_000;

    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private JsonLinesFile _file = null!;

    [GlobalSetup]
    public void WriteFile()
    {
        _file = JsonLinesFile.Create(Records);
        Console.WriteLine($"// {_file.Records:N0} records, {_file.Bytes:N0} bytes in {_file.Path}");
    }

    [GlobalCleanup]
    public void DeleteFile() => _file.Dispose();

    [Benchmark(Baseline = true, Description = "Bare Utf8JsonReader pass (tokens)")]
    public long BareUtf8JsonReaderPass()
    {
        using var stream = _file.Open();
        return BareReader.CountTokens(stream);
    }

    [Benchmark(Description = "AseanMineralsJson.ReadTradeRecordLines (foreach)")]
    public long LibraryReader()
    {
        using var stream = _file.Open();
        long count = 0;
        foreach (var record in AseanMineralsJson.ReadTradeRecordLines(stream))
        {
            count += record.Reporter.Value;
        }

        return count;
    }

    [Benchmark(Description = "AseanMineralsJson.ReadTradeRecordLines (await foreach)")]
    public async Task<long> LibraryReaderAsync()
    {
        await using var stream = _file.Open();
        long count = 0;
        await foreach (var record in AseanMineralsJson.ReadTradeRecordLines(stream))
        {
            count += record.Reporter.Value;
        }

        return count;
    }

    [Benchmark(Description = "Reflection JsonSerializer.Deserialize<TradeRecord> a line")]
    public long ReflectionPerLine()
    {
        long count = 0;
        foreach (var line in File.ReadLines(_file.Path))
        {
            count += JsonSerializer.Deserialize<TradeRecord>(line, ReflectionOptions).Reporter.Value;
        }

        return count;
    }
}
