using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using NodaTime;

// A small dataset made in code: Indonesia's 2022 exports of HS 26 (ores) to Malaysia and China, and one mistake.
var indonesia = new AreaCode(360);
var records = new[]
{
    new TradeRecord(TradePeriod.Annual(2022), indonesia, new AreaCode(458), TradeFlow.Export, HsCode.FromChapter(26), 100m),
    new TradeRecord(TradePeriod.Annual(2022), indonesia, new AreaCode(156), TradeFlow.Export, HsCode.FromChapter(26), 200.50m),
    new TradeRecord(TradePeriod.Annual(2022), indonesia, new AreaCode(702), TradeFlow.Export, HsCode.FromChapter(26), -5m),
};

// One validation mechanism: every issue with its rule code and path, not just the first.
var validation = new TradeRecordValidator(SystemClock.Instance).Validate(records);
foreach (var issue in validation.Issues)
{
    Console.WriteLine(issue);
}

Console.WriteLine(validation.IsValid ? "valid" : $"{validation.Errors.Count()} error(s): the invalid records are left out");

// Keep the records the validator did not name, and write them through the one JSON entry point.
var invalid = validation.Errors.Select(static i => i.Path[..(i.Path.IndexOf(']', StringComparison.Ordinal) + 1)]).ToHashSet();
var dataset = new TradeDataset
{
    Title = "Exports of ores by Indonesia, 2022 (made-up figures)",
    Records = [.. records.Where((_, index) => !invalid.Contains($"records[{index}]"))],
};
var json = AseanMineralsJson.SerializeIndented(dataset);
Console.WriteLine(json);

// Reading it back gives the same records, exact to the cent.
var read = AseanMineralsJson.DeserializeTradeDataset(json);
Console.WriteLine($"round trip: {read.Records.Count} records, equal: {read.Records.SequenceEqual(dataset.Records)}");
