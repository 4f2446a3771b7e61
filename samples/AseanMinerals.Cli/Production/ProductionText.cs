using System.Globalization;
using AseanMinerals.Core.Production;

namespace AseanMinerals.Cli.Production;

/// <summary>How the production outputs write numbers, shares and ranks, once for the table, CSV and chart.</summary>
internal static class ProductionText
{
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Grouped(decimal? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "n/a";

    public static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";

    public static string Ranks(IEnumerable<ProductionRank> ranks) =>
        string.Join("; ", ranks.Select(static r => $"{r.AreaName} #{r.Rank.ToString(CultureInfo.InvariantCulture)}"));

    public static string Top(ProductionRank? top) =>
        top is null ? "n/a" : $"{top.AreaName} ({Percent(top.ShareOfCountrySum)} of countries)";
}
