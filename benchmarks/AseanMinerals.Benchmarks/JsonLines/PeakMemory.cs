using System.Diagnostics;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Benchmarks.JsonLines;

/// <summary>
/// Measures the peak working set of reading a large JSON Lines file: writes the file (default 1 GiB), then reads it in a
/// fresh process of this program, which reports <see cref="Process.PeakWorkingSet64"/> (the most memory it ever held,
/// runtime included). Goal: under 64 MB. Run: <c>dotnet run -c Release --project benchmarks/AseanMinerals.Benchmarks -- jsonl-peak-memory [MiB]</c>.
/// </summary>
internal static class PeakMemory
{
    public const string Command = "jsonl-peak-memory";
    private const string ReadCommand = "jsonl-peak-memory-read";

    public static bool TryRun(string[] args)
    {
        if (args.Length >= 1 && args[0] == Command)
        {
            var mebibytes = args.Length >= 2 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1024;
            Measure(mebibytes);
            return true;
        }

        if (args.Length == 2 && args[0] == ReadCommand)
        {
            Read(args[1]);
            return true;
        }

        return false;
    }

    private static void Measure(long mebibytes)
    {
        using var file = JsonLinesFile.CreateOfSize(mebibytes << 20);
        Console.WriteLine($"Wrote {file.Records:N0} records, {file.Bytes:N0} bytes.");
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [ReadCommand, file.Path]) { UseShellExecute = false })!;
        child.WaitForExit();
    }

    private static void Read(string path)
    {
        var watch = Stopwatch.StartNew();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var lines = AseanMineralsJson.ReadTradeRecordLines(stream);
        decimal total = 0;
        foreach (var record in lines)
        {
            total += record.Value;
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"Read {lines.Summary.Records:N0} records ({lines.Summary.Rejected} rejected, {lines.Summary.BlankLines} blank) in {watch.Elapsed.TotalSeconds:N1} s; total value US${total:N2}.");
        Console.WriteLine($"Peak working set: {self.PeakWorkingSet64 / (1024.0 * 1024.0):N1} MiB (goal: under 64 MB); GC heap now {GC.GetTotalMemory(false) / (1024.0 * 1024.0):N1} MiB.");
    }
}
