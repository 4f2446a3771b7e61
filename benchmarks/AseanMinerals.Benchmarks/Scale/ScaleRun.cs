using System.Diagnostics;
using System.Globalization;
using AseanMinerals.Benchmarks.Aggregation;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Parquet;
using AseanMinerals.Testing;
using DuckDB.NET.Data;

namespace AseanMinerals.Benchmarks.Scale;

/// <summary>
/// Issue 18's scale run, which BenchmarkDotNet cannot do: a generated dataset (100 million records by default, about ten
/// years of a BACI-sized archive) written to Parquet partitioned by year and reporter, read back into a cube in a fresh
/// process of this program that reports its peak working set (goal: under 2 GB), and the same figures from DuckDB over the
/// same files. Run: <c>dotnet run -c Release --project benchmarks/AseanMinerals.Benchmarks -- scale-run [records] [folder]</c>.
/// </summary>
internal static class ScaleRun
{
    public const string Command = "scale-run";
    private const string ReadCommand = "scale-run-read";
    private static readonly TradePeriod Period = TradePeriod.Annual(2018);

    public static bool TryRun(string[] args)
    {
        if (args.Length >= 1 && args[0] == Command)
        {
            var generator = new TradeRecordGenerator(seed: 2018);
            var count = args.Length >= 2 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 100_000_000;
            var folder = args.Length >= 3 ? args[2] : Path.Combine(Path.GetTempPath(), "asean-minerals-scale");
            Write(generator, Math.Min(count, generator.KeySpace), folder).GetAwaiter().GetResult();
            using (var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [ReadCommand, folder]) { UseShellExecute = false })!)
            {
                child.WaitForExit();
            }

            DuckDb(folder, generator);
            return true;
        }

        if (args.Length == 2 && args[0] == ReadCommand)
        {
            Read(args[1]).GetAwaiter().GetResult();
            return true;
        }

        return false;
    }

    private static async Task Write(TradeRecordGenerator generator, long count, string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var watch = Stopwatch.StartNew();
        var result = await TradeParquet.WriteDatasetAsync(ToAsync(generator.Generate(count)), folder);
        var bytes = result.Files.Sum(static f => new FileInfo(f).Length);
        Console.WriteLine($"Wrote {result.Rows:N0} records to {result.Files.Count:N0} files, {bytes / (1024.0 * 1024.0):N0} MiB, in {watch.Elapsed.TotalSeconds:N1} s.");
    }

    private static async Task Read(string folder)
    {
        var watch = Stopwatch.StartNew();
        var builder = new TradeCubeBuilder(MineralsClassification.DefaultClassifier);
        var source = TradeParquet.Open(folder);
        await foreach (var record in source)
        {
            builder.Add(in record);
        }

        var cube = builder.ToCube();
        var figures = CubeBenchmarks.Figures(cube, Period);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"Read {source.Summary.Records:N0} records into a cube of {cube.Statistics.Cells:N0} cells in {watch.Elapsed.TotalSeconds:N1} s.");
        Console.WriteLine($"Cube {Period}:   {figures}");
        Console.WriteLine($"Peak working set of the reading process: {self.PeakWorkingSet64 / (1024.0 * 1024.0):N0} MiB (goal: under 2 GB).");
    }

    // The headline figures as DuckDbHeadline.OneQuery computes them, over the Parquet files instead of a table in memory.
    private static void DuckDb(string folder, TradeRecordGenerator generator)
    {
        var watch = Stopwatch.StartNew();
        var classifier = MineralsClassification.DefaultClassifier;
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, "CREATE TABLE cells (commodity VARCHAR PRIMARY KEY, minerals BOOLEAN)");
        using (var appender = connection.CreateAppender("cells"))
        {
            foreach (var code in generator.Commodities.Distinct())
            {
                var cell = classifier.Classify(code);
                appender.CreateRow().AppendValue(code.ToString()).AppendValue(cell.Scopes.Contains(MineralsClassification.MineralsScope)).EndRow();
            }
        }

        var glob = Path.Combine(folder, "**", "*.parquet").Replace("'", "''", StringComparison.Ordinal);
        var members = string.Join(", ", AreaGroup.Asean().MembersFor(Period).Select(static c => $"'{c}'"));
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT SUM(value) FILTER (WHERE cells.minerals) AS minerals,
                   SUM(value) AS total,
                   SUM(value) FILTER (WHERE cells.minerals AND partner IN ({members})) AS intra
            FROM read_parquet('{glob}', hive_partitioning = true, hive_types = {"{'year': INTEGER, 'reporter': VARCHAR}"}) AS trade
            JOIN cells USING (commodity)
            WHERE year = {Period.Year} AND month IS NULL AND reporter IN ({members}) AND flow IN ('import', 'export') AND partner <> '000'
              AND secondPartner = '000' AND customsProcedure = 0 AND transportMode = 0
            """;
        using var reader = command.ExecuteReader();
        Console.WriteLine($"DuckDB {Period}: {HeadlineFigures.FromSums(reader)} ({watch.Elapsed.TotalSeconds:N1} s, read_parquet over the same files, both cores)");
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async IAsyncEnumerable<TradeRecord> ToAsync(IEnumerable<TradeRecord> records)
    {
        foreach (var record in records)
        {
            yield return record;
        }

        await Task.CompletedTask;
    }
}
