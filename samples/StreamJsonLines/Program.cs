using System.Diagnostics;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

// Streams a JSON Lines file of any size through the aggregation engine in constant memory. Without a file argument it
// first writes one of N made-up records (the second argument, 1,000,000 by default) to the temporary folder.
var path = args.Length > 0 && args[0] != "-" ? args[0] : null;
var madeUp = path is null;
var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
if (path is null)
{
    path = Path.Combine(Path.GetTempPath(), $"asean-minerals-sample-{count}.jsonl");
    await using var output = File.Create(path);
    await AseanMineralsJson.WriteTradeRecordLinesAsync(output, MadeUp(count));
    Console.WriteLine($"wrote {count:N0} made-up records to {path}");
}

var clock = Stopwatch.StartNew();
await using var input = File.OpenRead(path);
var lines = AseanMineralsJson.ReadTradeRecordLines(input);
var cube = await TradeCube.BuildAsync(lines);
clock.Stop();

var megabytes = input.Length / 1_048_576.0;
Console.WriteLine($"read {lines.Summary.Records:N0} records ({megabytes:F1} MB) in {clock.Elapsed.TotalSeconds:F2} s: {megabytes / clock.Elapsed.TotalSeconds:F0} MB/s");
Console.WriteLine($"cube: {cube.Statistics}");
foreach (var period in cube.Periods)
{
    Console.WriteLine($"{period}: {cube.Value(period, AreaGroup.Asean(), CommoditySelection.All(TotalBasis.SumOfCommodities)).Value:N0} US$ of ASEAN trade");
}

if (madeUp)
{
    await input.DisposeAsync();
    File.Delete(path);
}

// Indonesia's exports of HS 26 to Malaysia, one dollar a record, 2020 to 2022 in turn: the sum is the record count.
static async IAsyncEnumerable<TradeRecord> MadeUp(int count)
{
    for (var i = 0; i < count; i++)
    {
        yield return new TradeRecord(TradePeriod.Annual(2020 + (i % 3)), new AreaCode(360), new AreaCode(458), TradeFlow.Export, HsCode.FromChapter(26), 1m);
        if (i % 100_000 == 0)
        {
            await Task.Yield();
        }
    }
}
