using AseanMinerals.Core.Serialization;
using AseanMinerals.Testing;

namespace AseanMinerals.Benchmarks.JsonLines;

/// <summary>A JSON Lines file of generated trade records in the temp folder, deleted on dispose.</summary>
internal sealed class JsonLinesFile : IDisposable
{
    private JsonLinesFile(string path, long records)
    {
        Path = path;
        Records = records;
    }

    public string Path { get; }

    public long Records { get; }

    public long Bytes => new FileInfo(Path).Length;

    /// <summary>Writes <paramref name="records"/> records of the shared generator (constant memory: records are made as written).</summary>
    public static JsonLinesFile Create(long records)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"asean-minerals-bench-{Guid.NewGuid():N}.jsonl");
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            AseanMineralsJson.WriteTradeRecordLines(stream, new TradeRecordGenerator().Generate(records));
        }

        return new JsonLinesFile(path, records);
    }

    /// <summary>Writes generated records until the file reaches <paramref name="bytes"/>.</summary>
    public static JsonLinesFile CreateOfSize(long bytes)
    {
        // A generated record takes about 140 bytes as a line; write 100,000 at a time until the size is reached.
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"asean-minerals-bench-{Guid.NewGuid():N}.jsonl");
        var generator = new TradeRecordGenerator();
        long written = 0;
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        {
            while (stream.Length < bytes)
            {
                var next = Math.Min(100_000, generator.KeySpace - written);
                AseanMineralsJson.WriteTradeRecordLines(stream, Enumerable.Range(0, (int)next).Select(i => generator.RecordAt(written + i)));
                written += next;
            }
        }

        return new JsonLinesFile(path, written);
    }

    public FileStream Open() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
