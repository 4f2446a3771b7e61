using AseanMinerals.Comtrade;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

// Any Comtrade file: the format (Comtrade+ or legacy, CSV or JSON, plain or gzip) and the encoding are detected.
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "comtradeplus-total-2022.csv");

// Stream the records into the aggregation engine; the import summary accounts for every row.
var import = ComtradeFile.Open(path);
var cube = await TradeCube.BuildAsync(import);
Console.WriteLine(import.Summary);

// ASEAN (its members at the end of 2022) as the partner group of China's imports of all commodities.
var china = AreaGroup.Of("China", new AreaCode(156));
var share = cube.PartnerGroupShare(TradePeriod.Annual(2022), china, AreaGroup.Asean(), CommoditySelection.All(), TradeDirection.Imports);

// A share the data cannot give is absent with its reason, never a zero.
Console.WriteLine(share.Share is { } s
    ? $"ASEAN's share of China's 2022 imports: {share.Numerator.Value:N0} / {share.Denominator.Value:N0} = {s * 100:0.00}%"
    : $"ASEAN's share of China's 2022 imports: n/a ({share.AbsentReason})");
Console.WriteLine($"Denominator: {share.Denominator.Partners}, {share.Denominator.Commodities}");
