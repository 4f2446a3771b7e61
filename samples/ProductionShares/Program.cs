using System.Globalization;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.Production.Usgs;

// The USGS Mineral Commodity Summaries 2025 world data: the whole MCS2025_World_Data.csv, or by default the excerpt of it
// kept in the repository (the nickel, tin and rare-earth rows among others).
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "MCS2025_World_Data_excerpt.csv");
var read = UsgsWorldData.Read(path);
Console.WriteLine(read.Summary);

// Shares within one series (release, measure, year), against the published world total and against the sum of rows.
var figures = new ProductionFigures(read.Figures);
foreach (var id in new[] { "nickel", "tin", "rare-earths" })
{
    foreach (var series in figures.Series(MineralCommodities.Find(id), ProductionFigureKind.Production, ProductionStage.Mine, 2023))
    {
        var share = figures.Share(series, AreaGroup.Asean());
        Console.WriteLine(
            $"{series.Commodity.Name} ({series.Measure}), 2023, {series.Release}: ASEAN {Tons(share.GroupAmount)} of {Tons(share.PublishedWorldTotal)} {share.Unit} " +
            $"= {Percent(share.ShareOfPublishedTotal)} of the published world total ({Percent(share.ShareOfRowSum)} of the sum of rows); " +
            $"{share.MembersWithFigures.Count} of {share.Members.Count} members with a figure{(share.IsEstimated ? ", includes estimates" : "")}");
    }
}

static string Tons(decimal? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "n/a";

static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";
