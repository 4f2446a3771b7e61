using AseanMinerals.Cli.Failures;
using System.Globalization;
using AseanMinerals.Cli.Shares;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.ReferenceData;
using ScottPlot;
using SkiaSharp;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Charts;

/// <summary>
/// The picture of a shares report (ScottPlot): the minerals share of total trade by member state, each bar split into
/// its intra-ASEAN and extra-ASEAN parts, above the commodity groups' parts of the minerals trade; every bar labelled
/// with its percentage, and a caption with the data source and the membership basis. A member without the figure gets
/// no bar and "n/a" under its name, never a zero bar.
/// </summary>
internal static class SharesChart
{
    public const int Width = 1200;
    public const int Height = 900;

    private static readonly AseanMembership Membership = AseanReferenceData.Default.CreateMembership();

    /// <summary>Draws the chart of <paramref name="report"/> into <paramref name="stream"/> as PNG or SVG, by <paramref name="path"/>'s extension.</summary>
    public static void Save(SharesReport report, string path, Stream stream)
    {
        var reporter = report.Reporters[0];
        var members = reporter.ByMemberState;
        var groups = reporter.ByCommodityGroup;
        if (members.All(static m => m.MineralsShareOfTotal.Share is null) && groups.Parts.Count == 0)
        {
            throw new CliFailure(CliApplication.DataErrors, $"nothing to chart for {reporter.Reporter} in {report.Period}: {reporter.MineralsShareOfTotal.AbsentReason ?? groups.AbsentReason}");
        }

        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        MemberStates(multiplot.GetPlot(0), report, reporter);
        CommodityGroups(multiplot.GetPlot(1), report, reporter);

        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".png":
                using (var bitmap = new SKBitmap(Width, Height))
                using (var canvas = new SKCanvas(bitmap))
                {
                    multiplot.Render(canvas, new PixelRect(0, Width, Height, 0));
                    using var image = SKImage.FromBitmap(bitmap);
                    using var png = image.Encode(SKEncodedImageFormat.Png, 100);
                    png.SaveTo(stream);
                }

                break;
            case ".svg":
                // ScottPlot saves single plots as SVG; a multiplot is drawn on Skia's SVG canvas, which writes text as text.
                // A first render settles the layout, or the SVG would hold every element twice (the second pass of layout).
                using (var bitmap = new SKBitmap(Width, Height))
                using (var settle = new SKCanvas(bitmap))
                {
                    multiplot.Render(settle, new PixelRect(0, Width, Height, 0));
                }

                using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
                {
                    multiplot.Render(canvas, new PixelRect(0, Width, Height, 0));
                }

                break;
            default:
                throw CliFailure.Usage($"-o {path}: the chart is written as .png or .svg");
        }
    }

    private static void MemberStates(Plot plot, SharesReport report, ReporterShares reporter)
    {
        plot.Title($"Trade in scope '{report.Scope}' as a share of total trade, by ASEAN member state, {report.Period}");
        plot.YLabel("% of the member's total trade");
        var ticks = new List<Tick>();
        var position = 0;
        foreach (var member in reporter.ByMemberState)
        {
            var share = member.MineralsShareOfTotal.Share;
            var label = Membership.TryFind(new AreaCode(int.Parse(member.Code, CultureInfo.InvariantCulture)), out var state) ? state.Alpha3 : member.Code;
            if (share is { } total)
            {
                var intra = member.IntraAseanShareOfMinerals.Share;
                var totalPercent = (double)(total * 100);
                if (intra is { } i)
                {
                    var intraPercent = (double)(total * i * 100);
                    plot.Add.Bar(new Bar { Position = position, ValueBase = 0, Value = intraPercent, FillColor = Colors.SteelBlue });
                    plot.Add.Bar(new Bar { Position = position, ValueBase = intraPercent, Value = totalPercent, FillColor = Colors.Orange });
                }
                else
                {
                    plot.Add.Bar(new Bar { Position = position, ValueBase = 0, Value = totalPercent, FillColor = Colors.Gray });
                    label += "\nintra n/a";
                }

                var text = plot.Add.Text($"{totalPercent:0.0}%", position, totalPercent);
                text.LabelAlignment = Alignment.LowerCenter;
                text.LabelFontSize = 13;
            }
            else
            {
                label += "\nn/a";
            }

            ticks.Add(new Tick(position, label));
            position++;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Axes.SetLimitsX(-0.6, position - 0.4);
        plot.Legend.IsVisible = true;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "intra-ASEAN part", FillColor = Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "extra-ASEAN part", FillColor = Colors.Orange });
        plot.Legend.Alignment = Alignment.UpperRight;
    }

    private static void CommodityGroups(Plot plot, SharesReport report, ReporterShares reporter)
    {
        plot.Title($"Commodity groups in {reporter.Reporter}'s minerals trade, {report.Period}");
        plot.YLabel("% of minerals trade");
        var ticks = new List<Tick>();
        var position = 0;
        foreach (var part in reporter.ByCommodityGroup.Parts)
        {
            var percent = (double)((part.Share ?? 0) * 100);
            plot.Add.Bar(new Bar { Position = position, ValueBase = 0, Value = percent, FillColor = Colors.SeaGreen });
            var text = plot.Add.Text($"{percent:0.0}%", position, percent);
            text.LabelAlignment = Alignment.LowerCenter;
            text.LabelFontSize = 13;
            ticks.Add(new Tick(position, part.Name.Replace(", ", ",\n", StringComparison.Ordinal)));
            position++;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Axes.SetLimitsX(-0.6, Math.Max(position, 1) - 0.4);
        var sources = string.Join(", ", report.Sources.Select(static s => Path.GetFileName(s.Source)));
        plot.XLabel($"Data: {sources}; values in US dollars as reported.\nMembership basis: {report.Membership}. Totals: exports + imports. n/a: the data cannot give the figure.", size: 13);
    }
}
