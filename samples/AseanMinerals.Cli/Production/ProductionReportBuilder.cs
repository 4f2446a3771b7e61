using AseanMinerals.Cli.Failures;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.Production.Usgs;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Cli.Production;

/// <summary>Reads USGS files, combines their releases (the latest per year unless every release is asked for) and builds the report rows.</summary>
internal static class ProductionReportBuilder
{
    public static ProductionReport Build(
        IReadOnlyList<string> files, IReadOnlyList<string> commodities, int? year, string group, string? stage, string kind, bool allReleases, bool revisions,
        IReadOnlyList<TradeRecord>? trade = null, IReadOnlyList<HsCode>? hsCodes = null)
    {
        var results = new List<UsgsReadResult>();
        foreach (var file in files)
        {
            if (!File.Exists(file) && !Directory.Exists(file))
            {
                throw new CliFailure(CliApplication.UsageOrIoError, $"{file}: no such file or folder");
            }

            results.Add(UsgsWorldData.Read(file));
        }

        var all = results.SelectMany(static r => r.Figures).ToList();
        var figures = allReleases ? all : ProductionVintages.Latest(all);
        var selected = commodities.Select(ParseCommodity).ToList();
        var areaGroup = ParseGroup(group);
        var figureKind = ParseEnum<ProductionFigureKind>(kind, "--kind");
        ProductionStage? stageFilter = stage is null or "all" ? null : ParseEnum<ProductionStage>(stage, "--stage");
        var table = new ProductionFigures(figures);
        var chosenYear = year ?? DefaultYear(figures, figureKind);
        var rows = new List<ProductionReportRow>();
        foreach (var series in table.Series(null, figureKind, stageFilter, chosenYear))
        {
            if (selected.Count > 0 && !selected.Contains(series.Commodity))
            {
                continue;
            }

            var share = table.Share(series, areaGroup);
            var ranking = table.Ranking(series);
            rows.Add(new ProductionReportRow(
                share, table.Concentration(series), ranking.Count > 0 ? ranking[0] : null,
                [.. ranking.Where(r => share.Members.Contains(r.Area))])
            {
                Trade = trade is null || hsCodes is null ? null : ProductionTradeComparison.Compare(share, areaGroup, trade, hsCodes),
            });
        }

        var changes = revisions
            ? ProductionVintages.Revisions(all).Where(r => (selected.Count == 0 || selected.Contains(r.Later.Commodity)) && (year is null || r.Later.Year == year)).ToList()
            : [];
        return new ProductionReport(
            areaGroup.ToString(),
            allReleases ? "every release as given (a year in two releases appears twice)" : "for each commodity, kind and year, the latest release that publishes it",
            [.. results.Select(static r => r.Summary)], rows, changes);
    }

    /// <summary>The latest year whose figures are mostly not estimates (USGS's latest year is an estimate), else the latest year.</summary>
    private static int? DefaultYear(IReadOnlyList<ProductionRecord> figures, ProductionFigureKind kind)
    {
        var years = figures.Where(f => f.Kind == kind && f.Role == ProductionAreaRole.Country)
            .GroupBy(static f => f.Year)
            .Select(static g => (Year: g.Key, Estimated: g.Count(static f => f.IsEstimated), Count: g.Count()))
            .OrderByDescending(static y => y.Year)
            .ToList();
        if (years.Count == 0)
        {
            return null;
        }

        return years.Where(static y => y.Estimated * 2 < y.Count).Select(static y => (int?)y.Year).FirstOrDefault() ?? years[0].Year;
    }

    private static MineralCommodity ParseCommodity(string text) =>
        MineralCommodities.TryFind(text, out var commodity)
            ? commodity
            : throw CliFailure.Usage($"--commodity {text}: not a USGS commodity; for example nickel, tin, rare-earths, bauxite, copper (the list: docs/production.md)");

    private static AreaGroup ParseGroup(string text)
    {
        if (text.Equals("ASEAN", StringComparison.OrdinalIgnoreCase))
        {
            return AreaGroup.Asean();
        }

        var codes = new List<AreaCode>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            codes.Add(AreaCode.TryParse(part, out var code) && !code.IsWorld
                ? code
                : throw CliFailure.Usage($"--group {text}: '{part}' is not an area code; give ASEAN or codes such as 360,608"));
        }

        return codes.Count > 0 ? AreaGroup.Of(text, codes) : throw CliFailure.Usage("--group: give ASEAN or area codes such as 360,608");
    }

    private static T ParseEnum<T>(string text, string option)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw CliFailure.Usage($"{option} {text}: expected one of {string.Join(", ", Enum.GetNames<T>().Select(static n => n.ToLowerInvariant()))}");
}
