using AseanMinerals.Core.Serialization;
using BenchmarkDotNet.Attributes;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Benchmarks.JsonLines;

/// <summary>
/// Reading a 1 GiB JSON Lines file (about 7.6 million records): the time beside the bare reader pass, and with the memory
/// diagnoser the bytes allocated per read, which stay the same whatever the file's size (constant memory). The peak working
/// set is measured apart, in a fresh process: <c>-- jsonl-peak-memory</c> (see <see cref="PeakMemory"/>).
/// </summary>
[MemoryDiagnoser]
public class JsonLinesLargeFileBenchmarks
{
    private JsonLinesFile _file = null!;

    [GlobalSetup]
    public void WriteFile()
    {
        _file = JsonLinesFile.CreateOfSize(1L << 30);
        Console.WriteLine($"// {_file.Records:N0} records, {_file.Bytes:N0} bytes in {_file.Path}");
    }

    [GlobalCleanup]
    public void DeleteFile() => _file.Dispose();

    [Benchmark(Baseline = true, Description = "Bare Utf8JsonReader pass, 1 GiB")]
    public long BareUtf8JsonReaderPass()
    {
        using var stream = _file.Open();
        return BareReader.CountTokens(stream);
    }

    [Benchmark(Description = "ReadTradeRecordLines, 1 GiB")]
    public long LibraryReader()
    {
        using var stream = _file.Open();
        var lines = AseanMineralsJson.ReadTradeRecordLines(stream);
        foreach (var _ in lines)
        {
        }

        return lines.Summary.Records;
    }
}
