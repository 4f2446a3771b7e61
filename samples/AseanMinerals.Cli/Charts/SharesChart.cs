using System.Globalization;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Shares;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.ReferenceData;
using ScottPlot;
using SkiaSharp;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Charts;

/// <summary>
/// The picture of a shares report (ScottPlot): the share of trade in scope in each member state's total trade, each bar
/// split into its intra-ASEAN and extra-ASEAN parts where the data has rows by partner, above the commodity groups' parts
/// of ASEAN's trade in scope. Every bar is labelled to two significant digits and every bar colour is in a legend; the
/// title names the HS codes the data holds and the caption the scope asked for, the files, the membership basis and the
/// coverage of what each panel draws (the members with a bar, those split, the members the commodity groups cover).
/// A member without the figure gets no bar and "n/a" under its name, never a zero bar; a panel that would say nothing
/// (no member's figure; one commodity group at 100%) is left out and the caption says so; with no panel left there is
/// nothing to draw (exit 1).
/// </summary>
internal sealed class SharesChart
{
    public const int Width = 1200;
    public const int PanelHeight = 450;

    private static readonly AseanMembership Membership = AseanReferenceData.Default.CreateMembership();
    private static readonly Color Intra = Colors.SteelBlue;
    private static readonly Color Extra = Colors.Orange;
    private static readonly Color Unsplit = Colors.Gray;
    private static readonly Color Unassigned = Colors.LightGray;
    private static readonly Color Group = Colors.SeaGreen;

    private readonly SharesReport _report;
    private readonly ReporterShares _reporter;
    private readonly bool _drawMembers;
    private readonly bool _drawGroups;

    private SharesChart(SharesReport report, ReporterShares reporter, bool drawMembers, bool drawGroups, ChartCaption caption)
    {
        _report = report;
        _reporter = reporter;
        _drawMembers = drawMembers;
        _drawGroups = drawGroups;
        Caption = caption;
    }

    /// <summary>The caption's lines; add a line before writing to say more about what the figure covers.</summary>
    public ChartCaption Caption { get; }

    public int Height => PanelHeight * ((_drawMembers ? 1 : 0) + (_drawGroups ? 1 : 0)) + (26 * Caption.Lines.Count) + 60;

    /// <summary>Plans the chart of ASEAN's figures, or fails with exit code 1 when no panel would say anything.</summary>
    public static SharesChart For(SharesReport report)
    {
        var reporter = report.Reporters[0];
        var drawMembers = reporter.ByMemberState.Any(static m => m.MineralsShareOfTotal.Share is not null);
        var groups = reporter.ByCommodityGroup.Parts.Where(static p => p.Share is not null).ToList();
        var drawGroups = groups.Count > 1;
        var membersAbsence = reporter.MineralsShareOfTotal.Absence
            ?? reporter.ByMemberState.Select(static m => m.MineralsShareOfTotal.Absence).FirstOrDefault(static r => r is not null);
        var whyNoMembers = membersAbsence?.Message ?? "no member state has the figure";
        var groupsAbsence = groups.Count == 1 ? null : reporter.ByCommodityGroup.Absence;
        var whyNoGroups = groups.Count == 1
            ? $"the trade in scope is all in one commodity group ({groups[0].Name}), which would be a single 100% bar"
            : groupsAbsence?.Message ?? "no commodity group has trade in scope";
        if (!drawMembers && !drawGroups)
        {
            // Where both panels lack the same rows (the share's absent side has the groups' own reason), it is said once.
            var why = groupsAbsence is not null && (membersAbsence == groupsAbsence || membersAbsence?.Cause == groupsAbsence)
                ? whyNoGroups
                : $"no member state's share of total trade ({whyNoMembers}); and {whyNoGroups}";
            throw new CliFailure(CliApplication.DataErrors, $"nothing to chart for {reporter.Reporter} in {report.Period}: {why}");
        }

        var caption = new ChartCaption()
            .Add($"Scope asked for: {report.Scope} ({CommoditiesInData.ScopeChapters(report.Scope)}); in the data: {CommoditiesInData.Describe(report.CodesInScope)}.")
            .Add($"Data: {string.Join(", ", FileNames(report.Sources.Select(static s => s.Source).ToList()))}; values in US dollars as reported; totals: exports + imports.")
            .Add($"Membership basis: {report.Membership}. n/a: the data cannot give the figure.");
        // Each panel says which members its drawn figure covers: the bars are the members' own shares (the group's trade
        // in scope may cover more members than have a share), the groups' panel is the group's trade in scope by group.
        if (drawMembers)
        {
            var drawn = reporter.ByMemberState.Where(static m => m.MineralsShareOfTotal.Share is not null).ToList();
            caption.Add($"Coverage of the member states' bars ({reporter.ByMemberState[0].MineralsShareOfTotal.Measure}): {MembersDrawn(reporter.ByMemberState, static m => m.MineralsShareOfTotal)}.");
            caption.Add($"Split of the bars into intra- and extra-ASEAN parts: {MembersDrawn(drawn, static m => m.IntraAseanShareOfMinerals)}.");
        }

        if (drawGroups && reporter.ByCommodityGroup.Coverage is { } groupsCoverage)
        {
            caption.Add($"Coverage of the commodity groups ({reporter.Reporter}'s {reporter.ByCommodityGroup.Measure}): {groupsCoverage.Text}.");
        }

        if (!drawMembers)
        {
            caption.Add($"Not drawn: the member states' shares of total trade ({whyNoMembers}).");
        }

        if (!drawGroups)
        {
            caption.Add($"Not drawn: the commodity groups ({whyNoGroups}).");
        }

        return new SharesChart(report, reporter, drawMembers, drawGroups, caption);
    }

    // Which of the members have the figure drawn, in the engine's words (GroupCoverage): a member without it is missing for
    // the gap its own figure's coverage gives; one absent for another reason (parts exceed the whole) is named apart.
    private static string MembersDrawn(IReadOnlyList<MemberShares> members, Func<MemberShares, Ratio> figure)
    {
        var codes = members.ToDictionary(static m => m.Code, static m => AreaCode.Parse(m.Code));
        var missing = members.Where(m => figure(m).Share is null)
            .Select(m => (m.Code, Gap: figure(m).Coverage?.Missing.FirstOrDefault(g => g.Code == m.Code)?.Gap))
            .ToList();
        var coverage = new GroupCoverage
        {
            Members = [.. codes.Values.Order()],
            Covered = [.. members.Where(m => figure(m).Share is not null).Select(m => codes[m.Code]).Order()],
            Missing = [.. missing.Where(static m => m.Gap is not null).Select(m => new MissingMember(codes[m.Code], m.Gap!.Value)).OrderBy(static m => m.Member)],
        };
        var other = missing.Where(static m => m.Gap is null).Select(m => GroupCoverage.Label(codes[m.Code])).ToList();
        return other.Count == 0 ? coverage.ToString() : $"{coverage}; no figure for {string.Join(' ', other)} (the report gives the reason)";
    }

    /// <summary>The words of the title for what the figures cover: the codes when the data holds a few, else the scope.</summary>
    public string Coverage => _report.CodesInScope.Count is > 0 and <= 4
        ? CommoditiesInData.Describe(_report.CodesInScope)
        : $"scope '{_report.Scope}'";

    public void WritePng(Stream stream)
    {
        var multiplot = Layout();
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        multiplot.Render(surface.Canvas, new PixelRect(0, Width, Height, 0));
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        png.SaveTo(stream);
    }

    public void WriteSvg(Stream stream)
    {
        var multiplot = Layout();

        // Skia's SVG canvas writes text as text. A first render settles the layout, or the SVG would hold every element
        // twice (the second pass of layout).
        using (var bitmap = new SKBitmap(Width, Height))
        using (var settle = new SKCanvas(bitmap))
        {
            multiplot.Render(settle, new PixelRect(0, Width, Height, 0));
        }

        using var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream);
        multiplot.Render(canvas, new PixelRect(0, Width, Height, 0));
    }

    private Multiplot Layout()
    {
        // AddPlots(n) leaves the multiplot with n panels, stacked in rows.
        var multiplot = new Multiplot();
        multiplot.AddPlots((_drawMembers ? 1 : 0) + (_drawGroups ? 1 : 0));
        var index = 0;
        if (_drawMembers)
        {
            MemberStates(multiplot.GetPlot(index++));
        }

        if (_drawGroups)
        {
            CommodityGroups(multiplot.GetPlot(index++));
        }

        // The caption goes under the last panel, so it reads as the figure's footnote.
        multiplot.GetPlot(index - 1).XLabel(Caption.ToString(), size: 13);
        return multiplot;
    }

    private void MemberStates(Plot plot)
    {
        plot.Title($"Trade in {Coverage} as a share of each ASEAN member state's total trade, {_report.Period}");
        plot.YLabel("% of the member's total trade");
        var ticks = new List<Tick>();
        var colours = new HashSet<Color>();
        var position = 0;
        foreach (var member in _reporter.ByMemberState)
        {
            var label = Membership.TryFind(new AreaCode(int.Parse(member.Code, CultureInfo.InvariantCulture)), out var state) ? state.Alpha3 : member.Code;
            if (member.MineralsShareOfTotal.Share is { } share)
            {
                var totalPercent = (double)(share * 100);
                if (member.IntraAseanShareOfMinerals.Share is { } intra)
                {
                    // Intra-ASEAN, then extra-ASEAN, then the part no partner row names (World rows beyond the partner rows,
                    // or the member's trade with itself, from the share's notes): unknown trade is never drawn as extra.
                    // A part of zero is not drawn, so its colour is not in the legend.
                    var unassigned = Math.Min(1 - intra, UnassignedFraction(member.IntraAseanShareOfMinerals));
                    var intraPercent = (double)(share * intra * 100);
                    var assignedPercent = (double)(share * (1 - unassigned) * 100);
                    Part(intraPercent > 0, 0, intraPercent, Intra);
                    Part(assignedPercent > intraPercent, intraPercent, assignedPercent, Extra);
                    Part(unassigned > 0, assignedPercent, totalPercent, Unassigned);
                }
                else
                {
                    plot.Add.Bar(new Bar { Position = position, ValueBase = 0, Value = totalPercent, FillColor = Unsplit });
                    colours.Add(Unsplit);
                }

                BarLabel(plot, PercentLabel.Of(share), position, totalPercent);

                void Part(bool drawn, double from, double to, Color colour)
                {
                    if (drawn)
                    {
                        plot.Add.Bar(new Bar { Position = position, ValueBase = from, Value = to, FillColor = colour });
                        colours.Add(colour);
                    }
                }
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

        // Only the colours drawn, each explained.
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperRight;
        if (colours.Contains(Intra))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "intra-ASEAN part", FillColor = Intra });
        }

        if (colours.Contains(Extra))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "extra-ASEAN part", FillColor = Extra });
        }

        if (colours.Contains(Unassigned))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = "part with no partner named (World rows beyond the partner rows, or the member itself)", FillColor = Unassigned });
        }

        if (colours.Contains(Unsplit))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"share of total trade; intra/extra-ASEAN split n/a ({UnsplitReason()})", FillColor = Unsplit });
        }
    }

    // The fraction of a share's whole that no partner row assigns to another area, from the engine's notes.
    private static decimal UnassignedFraction(Ratio ratio) => ratio.Notes
        .Where(static n => n.Kind is FigureNoteKind.PartnerRowsShort or FigureNoteKind.ReporterAsPartnerLeftOut && n.Whole > 0)
        .Sum(static n => n.Value / n.Whole);

    // Why the members drawn unsplit have no split, from the absences' kinds (never assumed): rows by partner missing, or
    // another reason the report's notes give in full.
    private string UnsplitReason()
    {
        var kinds = _reporter.ByMemberState
            .Where(static m => m.MineralsShareOfTotal.Share is not null && m.IntraAseanShareOfMinerals.Share is null)
            .Select(static m => m.IntraAseanShareOfMinerals.Absence is { Kind: FigureAbsenceKind.NumeratorAbsent or FigureAbsenceKind.DenominatorAbsent, Cause: { } cause } ? cause.Kind : m.IntraAseanShareOfMinerals.Absence?.Kind)
            .Distinct()
            .ToList();
        return kinds is [FigureAbsenceKind.NoPartnerRows] ? "no rows by partner" : "the data cannot give it; see the report's reasons";
    }

    private void CommodityGroups(Plot plot)
    {
        plot.Title($"Commodity groups in {_reporter.Reporter}'s trade in {Coverage}, {_report.Period}");
        plot.YLabel("% of the trade in scope");
        var ticks = new List<Tick>();
        var position = 0;
        foreach (var part in _reporter.ByCommodityGroup.Parts.Where(static p => p.Share is not null))
        {
            var percent = (double)(part.Share!.Value * 100);
            plot.Add.Bar(new Bar { Position = position, ValueBase = 0, Value = percent, FillColor = Group });
            BarLabel(plot, PercentLabel.Of(part.Share.Value), position, percent);
            ticks.Add(new Tick(position, part.Name.Replace(", ", ",\n", StringComparison.Ordinal)));
            position++;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.Axes.SetLimitsX(-0.6, position - 0.4);
        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = Alignment.UpperRight;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"group's part of {_reporter.Reporter}'s trade in scope", FillColor = Group });
    }

    private static void BarLabel(Plot plot, string text, int position, double value)
    {
        var label = plot.Add.Text(text, position, value);
        label.LabelAlignment = Alignment.LowerCenter;
        label.LabelFontSize = 13;
    }

    // The inputs by file name, with the folder where two share a name (two downloads both called comtrade.csv).
    private static IEnumerable<string> FileNames(List<string> paths) => paths.Select(path =>
        paths.Count(other => Path.GetFileName(other) == Path.GetFileName(path)) > 1
            ? $"{Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))}/{Path.GetFileName(path)}"
            : Path.GetFileName(path));
}
