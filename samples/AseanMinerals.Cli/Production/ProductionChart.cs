using System.Text;
using AseanMinerals.Cli.Failures;
using ScottPlot;
using static AseanMinerals.Cli.Production.ProductionText;

namespace AseanMinerals.Cli.Production;

/// <summary>
/// The group's share of world mine production by commodity (ScottPlot), one bar a series: against the published world
/// total where there is one (blue), else against the sum of the rows (orange, said in the label); "n/a" and no bar where
/// neither can be told, never a zero bar. The caption names the releases, the basis and the group's membership.
/// </summary>
internal static class ProductionChart
{
    public const int Width = 1200;
    public const int Height = 800;

    /// <summary>The commodities charted when none is named: ASEAN's main mined minerals in the USGS data.</summary>
    public static IReadOnlyList<string> MainCommodities { get; } = ["nickel", "tin", "bauxite", "rare-earths", "copper", "cobalt", "gold", "zinc", "tungsten", "iron-ore"];

    public static byte[] Render(ProductionReport report, string format)
    {
        // Largest share at the top; series the data cannot tell at the bottom, with "n/a" (ScottPlot draws position 0 lowest).
        var rows = report.Rows.Where(static r => r.Share.Series.Stage == Core.Production.ProductionStage.Mine)
            .OrderBy(static r => r.Share.ShareOfPublishedTotal ?? r.Share.ShareOfRowSum ?? -1m).ToList();
        if (rows.Count == 0)
        {
            throw new CliFailure(CliApplication.DataErrors, "nothing to chart: no mine-production series for the commodities and year asked");
        }

        var plot = new Plot();
        var ticks = new List<Tick>();
        for (var i = 0; i < rows.Count; i++)
        {
            var share = rows[i].Share;
            var (value, basis, color) = share.ShareOfPublishedTotal is { } p ? (p, "of published world total", Colors.SteelBlue)
                : share.ShareOfRowSum is { } r ? (r, "of the row sum", Colors.Orange)
                : (-1m, "n/a", Colors.Gray);
            var label = $"{share.Series.Commodity.Name}\n{Shorten(share.Series.Measure)}";
            if (value >= 0)
            {
                var percent = (double)(value * 100);
                plot.Add.Bar(new Bar { Position = i, ValueBase = 0, Value = percent, FillColor = color, Orientation = Orientation.Horizontal });
                var suffix = (basis == "of published world total" ? "" : " " + basis) + (share.IsEstimated ? " (incl. estimates)" : "");
                var text = plot.Add.Text($"{percent:0.0}%{suffix}", percent, i);
                text.LabelAlignment = Alignment.MiddleLeft;
                text.LabelFontSize = 13;
            }
            else
            {
                var text = plot.Add.Text(share.MembersWithFigures.Count == 0 && share.MembersWithoutNumber.Count == 0 ? "n/a: no member has a row" : "n/a: no usable total", 0, i);
                text.LabelAlignment = Alignment.MiddleLeft;
                text.LabelFontSize = 12;
            }

            ticks.Add(new Tick(i, label));
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.SetLimitsY(-0.6, rows.Count - 0.4);
        plot.Axes.SetLimitsX(0, 110);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        var year = string.Join(", ", rows.Select(static r => r.Share.Series.Year).Distinct());
        plot.Title($"{report.Group.Split(' ')[0]}'s share of world mine production, {year}");
        plot.XLabel(
            $"% of world production. Source: USGS Mineral Commodity Summaries, {string.Join(", ", report.ReleasesUsed)} (public domain).\n" +
            $"Blue: against the published world total (rounded by USGS); orange: against the sum of country rows (no usable world total).\n" +
            $"Group: {report.Group}.",
            size: 12);
        plot.Legend.IsVisible = false;
        return format switch
        {
            ".png" => plot.GetImage(Width, Height).GetImageBytes(ImageFormat.Png),
            ".svg" => Encoding.UTF8.GetBytes(plot.GetSvgXml(Width, Height)),
            _ => throw CliFailure.Usage("--chart: the chart is written as .png or .svg"),
        };
    }

    private static string Shorten(string measure) => measure.Length <= 40 ? measure : measure[..39] + "…";
}
