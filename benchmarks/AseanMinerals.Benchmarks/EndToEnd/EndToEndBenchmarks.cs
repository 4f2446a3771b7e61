using System.Globalization;
using AseanMinerals.Benchmarks.Aggregation;
using AseanMinerals.Comtrade;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Parquet;
using AseanMinerals.Testing;
using BenchmarkDotNet.Attributes;
using DuckDB.NET.Data;

namespace AseanMinerals.Benchmarks.EndToEnd;

/// <summary>
/// From a file on disk to ASEAN's 2018 headline figures (minerals trade, its share of total trade, the intra-ASEAN share):
/// the library (the question-first path: the file read in parts on every core into filtered cubes, merged, the figures) against DuckDB
/// (<c>read_csv</c> or <c>read_json</c> and one SQL query, on every core), for a Comtrade+ CSV file of 2,000,000 rows and
/// the same records as JSON Lines. The files are generated once into the temp folder and kept for later runs. Goal: the
/// library 1.5x faster than DuckDB.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private const int Rows = 2_000_000;
    private static readonly TradePeriod Period = TradePeriod.Annual(2018);
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "asean-minerals-end-to-end");
    private static readonly string CsvPath = Path.Combine(Folder, $"comtradeplus-{Rows}-utf8.csv");
    private static readonly string JsonLinesPath = Path.Combine(Folder, $"trade-{Rows}.jsonl");
    internal static readonly string ParquetFolder = Path.Combine(Folder, $"trade-{Rows}-parquet");
    private DuckDBConnection? _duckDb;

    /// <summary>The file: Comtrade+ CSV, JSON Lines or a Parquet dataset (partitioned by year and reporter), the same generated records.</summary>
    [Params("ComtradePlusCsv", "JsonLines", "Parquet")]
    public string Format { get; set; } = "ComtradePlusCsv";

    [GlobalSetup]
    public void Setup()
    {
        Generate();
        _duckDb = new DuckDBConnection("Data Source=:memory:");
        _duckDb.Open();

        // The classification of each code, as the library's classifier has it: reference data, loaded once, not measured.
        Execute(_duckDb, "CREATE TABLE codes (code VARCHAR PRIMARY KEY, minerals BOOLEAN, is_total BOOLEAN)");
        var classifier = MineralsClassification.DefaultClassifier;
        using var appender = _duckDb.CreateAppender("codes");
        foreach (var code in new TradeRecordGenerator().Generate(Rows).Select(static r => r.Commodity).Distinct())
        {
            var cell = classifier.Classify(code);
            appender.CreateRow().AppendValue(code.ToString()).AppendValue(cell.Scopes.Contains(MineralsClassification.MineralsScope)).AppendValue(cell.Kind == CommodityCellKind.Total).EndRow();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _duckDb?.Dispose();

    /// <summary>
    /// The library on the question-first path: the file read in parts on every core, each part's reader given the
    /// question (the year, ASEAN's members for it) and feeding a filtered cube builder of its own, the builders merged,
    /// then the headline figures. No list of the records is made.
    /// </summary>
    [Benchmark]
    public async Task<HeadlineFigures> Library()
    {
        var question = TradeCubeFilter.For(Period, AreaGroup.Asean());
        ITradeRecordSource source = Format switch
        {
            "JsonLines" => ParallelTradeSource.OpenJsonLines(JsonLinesPath),
            // The question pushed into the reader: partition folders and row groups outside it are not decoded.
            "Parquet" => TradeParquet.Open(ParquetFolder, new TradeSourceOptions { Question = question }),
            _ => ComtradeFile.OpenParallel(CsvPath),
        };
        return CubeBenchmarks.Figures(await TradeCube.BuildFromSourceAsync(source, question).ConfigureAwait(false), Period);
    }

    /// <summary>DuckDB: the file read by <c>read_csv</c> or <c>read_json</c> inside one SQL query giving the same figures.</summary>
    [Benchmark(Baseline = true)]
    public HeadlineFigures DuckDb() => RunDuckDb(_duckDb!, Format switch { "JsonLines" => JsonLinesSql(), "Parquet" => ParquetSql(), _ => CsvSql() });

    // The dataset as DuckDB reads it, Hive partitions and all; rows as the JSON Lines query keeps them (no breakdown).
    private static string ParquetSql() => Headline($$"""
        SELECT period AS year, CAST(reporter AS INTEGER) AS reporter, CAST(partner AS INTEGER) AS partner, commodity AS code, value
        FROM read_parquet('{{ParquetFolder}}/**/*.parquet', hive_partitioning = true)
        WHERE flow IN ('import', 'export') AND secondPartner = '000' AND customsProcedure = 0 AND transportMode = 0
        """);

    /// <summary>Both answers, for the check that they agree before their speed means anything (<c>--check-end-to-end</c>).</summary>
    public async Task<(HeadlineFigures Library, HeadlineFigures DuckDb)> Check()
    {
        Setup();
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var library = await Library().ConfigureAwait(false);
            var libraryTime = watch.Elapsed;
            watch.Restart();
            var duckDb = DuckDb();
            Console.WriteLine($"one run each (not a benchmark): library {libraryTime.TotalMilliseconds:N0} ms, DuckDB {watch.Elapsed.TotalMilliseconds:N0} ms");
            return (library, duckDb);
        }
        finally
        {
            Cleanup();
        }
    }

    /// <summary>Writes the input files (CSV, JSON Lines, Parquet dataset) unless they exist.</summary>
    internal static void Generate()
    {
        Directory.CreateDirectory(Folder);
        if (!File.Exists(CsvPath))
        {
            var temporary = CsvPath + ".tmp";
            // UTF-8, so that neither reader pays for decoding Windows-1252 (DuckDB reads other encodings on one thread).
            ComtradePlusCsvWriter.WriteFile(temporary, new TradeRecordGenerator().Generate(Rows), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, CsvPath);
        }

        if (!File.Exists(JsonLinesPath))
        {
            var temporary = JsonLinesPath + ".tmp";
            using (var file = File.Create(temporary))
            {
                AseanMineralsJson.WriteTradeRecordLines(file, new TradeRecordGenerator().Generate(Rows));
            }

            File.Move(temporary, JsonLinesPath);
        }

        if (!Directory.Exists(ParquetFolder))
        {
            // Written by the library's own writer, partitioned by year and reporter (year=2018/reporter=096/part-0.parquet).
            var temporary = ParquetFolder + ".tmp";
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }

            TradeParquet.WriteDatasetAsync(new TradeRecordGenerator().Generate(Rows).ToAsyncEnumerable(), temporary).GetAwaiter().GetResult();
            Directory.Move(temporary, ParquetFolder);
        }
    }

    // What the importer yields by default: goods rows of the total flows, no breakdown (second partner, customs
    // procedure, mode of transport); then the headline: ASEAN's members of the year as reporters, imports and exports,
    // partners other than the World, commodity codes other than TOTAL.
    private static string CsvSql() => Headline($$"""
        SELECT period AS year, reporterCode AS reporter, partnerCode AS partner, cmdCode AS code, primaryValue AS value
        FROM read_csv('{{CsvPath}}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {{{CsvColumns()}}})
        WHERE typeCode = 'C' AND flowCode IN ('M', 'X') AND coalesce(partner2Code, 0) = 0
          AND coalesce(customsCode, 'C00') = 'C00' AND coalesce(motCode, 0) = 0
        """);

    // The columns named, so that DuckDB neither sniffs nor pads: Comtrade+ rows end with a comma, one field more than
    // the header names, which its sniffer refuses (and null_padding reads the file on one thread).
    private static string CsvColumns()
    {
        using var file = new StreamReader(CsvPath);
        var names = file.ReadLine()!.Split(',');
        var types = new Dictionary<string, string>
        {
            ["reporterCode"] = "INTEGER", ["partnerCode"] = "INTEGER", ["partner2Code"] = "INTEGER", ["motCode"] = "INTEGER",
            ["primaryValue"] = "DECIMAL(18, 3)",
        };
        return string.Join(", ", names.Append("trailing").Select(n => $"'{n}': '{types.GetValueOrDefault(n, "VARCHAR")}'"));
    }

    private static string JsonLinesSql() => Headline($$"""
        SELECT period AS year, CAST(reporter AS INTEGER) AS reporter, CAST(partner AS INTEGER) AS partner, commodity AS code, value
        FROM read_json('{{JsonLinesPath}}', format = 'newline_delimited',
            columns = {'period': 'VARCHAR', 'reporter': 'VARCHAR', 'partner': 'VARCHAR', 'flow': 'VARCHAR', 'commodity': 'VARCHAR', 'value': 'DECIMAL(18, 3)', 'breakdown': 'JSON'})
        WHERE flow IN ('import', 'export') AND breakdown IS NULL
        """);

    private static string Headline(string rows)
    {
        var members = string.Join(", ", AreaGroup.Asean().MembersFor(Period).Select(static c => c.Value.ToString(CultureInfo.InvariantCulture)));
        return $"""
            WITH rows AS ({rows}),
            asean AS (
                SELECT rows.partner, rows.value, codes.minerals FROM rows JOIN codes USING (code)
                WHERE rows.year = '{Period.Year}' AND rows.reporter IN ({members}) AND rows.partner <> 0 AND NOT codes.is_total)
            SELECT SUM(value) FILTER (WHERE minerals) AS minerals,
                   SUM(value) AS total,
                   SUM(value) FILTER (WHERE minerals AND partner IN ({members})) AS intra
            FROM asean
            """;
    }

    private static HeadlineFigures RunDuckDb(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return HeadlineFigures.FromSums(reader);
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
