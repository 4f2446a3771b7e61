using AseanMinerals.Cli.Commands;
using AseanMinerals.Cli.Rendering.Documents;
using AseanMinerals.Cli.Shares;
using AseanMinerals.Core.Aggregation;
using static AseanMinerals.Cli.Shares.SharesQuery;

namespace AseanMinerals.Cli.Rendering;

/// <summary>
/// The shares report as a <see cref="TextDocument"/>: the lead says what the figures cover, then per reporter the
/// headline figures, the member states (ASEAN), the commodity groups and the top partners. A figure the data cannot give
/// is "n/a" with a note number; each reason is printed once, under the first table that uses it.
/// </summary>
internal static class SharesDocument
{
    public static TextDocument Build(SharesReport report)
    {
        var document = new TextDocument($"Trade shares, {report.Period}, scope {report.Scope}");
        document.Lead.Add($"Scope: {report.Scope} ({CommoditiesInData.ScopeChapters(report.Scope)}); in the data: {CommoditiesInData.Describe(report.CodesInScope)}.");
        document.Lead.Add($"Membership basis: {report.Membership}.");
        document.Lead.Add($"Totals add: {report.Flows}.");
        document.Lead.Add("Values in US dollars as reported. n/a [k] = the data cannot give the figure, for the reason of note k.");
        document.Lead.Add("Trade in a scope is the sum of the rows in scope that the files hold: a file of some HS codes only gives the trade in those codes.");
        foreach (var source in report.Sources)
        {
            document.Lead.Add($"Source: {source}");
        }

        if (report.MonthlyPeriodsNotUsed.Count > 0)
        {
            // Records read and counted above, but in no figure below: say so, or "4 records" would read as the figures' basis.
            document.Lead.Add($"Not in these figures: the records of the monthly periods the files also hold ({OptionValues.FewOf(report.MonthlyPeriodsNotUsed, "periods")}); the figures are annual.");
        }

        foreach (var reporter in report.Reporters)
        {
            Reporter(document, report, reporter);
        }

        return document;
    }

    private static void Reporter(TextDocument document, SharesReport report, ReporterShares reporter)
    {
        document.Heading(reporter.Reporter);
        Headline(document, reporter, reporter.Reporter);
        Details(document, report, reporter);
    }

    /// <summary>
    /// The headline figures of a reporter (values, shares, mirror fill), each n/a with its note where absent, then one
    /// line per coverage naming the figures it applies to; <paramref name="label"/> names the table (<c>ASEAN</c>, or
    /// <c>ASEAN, 2022</c> where a document holds several years). <c>cube merge</c> prints its figures through this too.
    /// </summary>
    public static void Headline(TextDocument document, ReporterShares reporter, string label)
    {
        var notes = document.Notes;

        // Values, shares and the values a share divides, each in a column of its own: one number format per column.
        var headline = document.Table(new DocumentTable(
            $"{label}: headline figures",
            new("Figure"), new("Value (USD)", ColumnKind.Money), new("Share", ColumnKind.Percent), new("Of (USD)", ColumnKind.Money), new("Basis"))
        { ShortName = $"{label} headline" });
        foreach (var amount in new[] { reporter.TotalTrade, reporter.MineralsTrade })
        {
            headline.Add(
                amount.Measure,
                DocumentCell.Of(amount.ValueUsd, notes.Refer(amount.AbsentReason)),
                DocumentCell.Empty,
                DocumentCell.Empty,
                amount.ValueUsd is null ? string.Empty : $"{DisplayText.Count(amount.Records, "record")}; {amount.Basis}");
        }

        AddRatio(headline, notes, reporter.MineralsShareOfTotal.Measure, reporter.MineralsShareOfTotal);
        foreach (var group in reporter.PartnerGroupShares)
        {
            AddRatio(headline, notes, $"{group.OfTotalTrade.Measure} ({group.Direction})", group.OfTotalTrade);
        }

        foreach (var group in reporter.PartnerGroupShares)
        {
            AddRatio(headline, notes, $"{group.OfMineralsTrade.Measure} ({group.Direction})", group.OfMineralsTrade);
        }

        // Short lines: a terminal wraps long ones. The basis once at the end.
        if (reporter.MirrorFill is { } mirror)
        {
            foreach (var flow in mirror.Flows)
            {
                // The total says which trade it is: the mirror part is the trade with the partners that report it only.
                document.Paragraph(flow.Absence is { } absent
                    ? $"Mirror fill: {flow.Commodities}, {flow.Direction}: n/a ({absent.Message})"
                    : $"Mirror fill: {flow.Commodities}, {flow.Direction}: {Money(flow.TotalUsd)} = reported {Money(flow.ReportedUsd)} + mirror {Money(flow.MirrorUsd)} ({Percent(flow.MirrorShare)} mirror-based): {flow.PartnerScope}");
                document.Paragraph($"Mirror fill:   members: {flow.MembersText}");
                if (flow.Absence is null)
                {
                    document.Paragraph($"Mirror fill:   mirror sources: {(flow.Sources.Count == 0 ? "none" : string.Join(", ", flow.Sources.Select(static s => $"{s.Label} {Money(s.ValueUsd)}")))}");
                }
            }

            document.Paragraph($"Mirror fill: {mirror.Basis}; {mirror.WorldTotals}");
        }

        // A group figure says which members it covers: one line per coverage, naming the figures it applies to.
        foreach (var coverage in Coverages(reporter).GroupBy(static c => c.Note.Text))
        {
            document.Paragraph($"Coverage: {coverage.Key} ({string.Join("; ", coverage.Select(static c => c.Measure).Distinct())})");
        }
    }

    // The member states (ASEAN), the commodity groups and the top partners.
    private static void Details(TextDocument document, SharesReport report, ReporterShares reporter)
    {
        var notes = document.Notes;

        if (reporter.ByMemberStateAbsentReason is null)
        {
            var members = document.Table(new DocumentTable(
                $"{reporter.Reporter}: by member state, scope {report.Scope}",
                new("Member state"), new("Code"), new("Trade in scope (USD)", ColumnKind.Money), new("Part of ASEAN's", ColumnKind.Percent),
                new("Share of its total trade", ColumnKind.Percent), new("Intra-ASEAN share", ColumnKind.Percent))
            { ShortName = $"{reporter.Reporter} members" });
            foreach (var member in reporter.ByMemberState)
            {
                // The row names the member, so a reason that differs from another member's by the name alone is one note.
                members.Add(
                    member.Name,
                    member.Code,
                    DocumentCell.Of(member.MineralsTrade.ValueUsd, notes.Refer(InRow(member.MineralsTrade.Absence))),
                    Share(notes, member.PartOfAseanMineralsTrade, inRow: true),
                    Share(notes, member.MineralsShareOfTotal, inRow: true),
                    Share(notes, member.IntraAseanShareOfMinerals, inRow: true));
            }
        }

        Breakdown(document, $"{reporter.Reporter}: by commodity group, scope {report.Scope}", $"{reporter.Reporter} groups", "Commodity group", reporter.ByCommodityGroup);
        Breakdown(document, $"{reporter.Reporter}: top partners, scope {report.Scope}", $"{reporter.Reporter} partners in scope", "Partner", reporter.TopPartnersInMinerals);
        Breakdown(document, $"{reporter.Reporter}: top partners, total trade", $"{reporter.Reporter} partners total", "Partner", reporter.TopPartnersInTotalTrade);
    }

    private static void Breakdown(TextDocument document, string title, string shortName, string partHeading, Breakdown breakdown)
    {
        if (breakdown.AbsentReason is not null)
        {
            var note = document.Notes.Refer(breakdown.AbsentReason);
            document.Paragraph($"{title}: n/a [{note}]", note);
            return;
        }

        var table = document.Table(new DocumentTable(title, new(partHeading), new("Code"), new("Value (USD)", ColumnKind.Money), new("Share", ColumnKind.Percent))
        {
            ShortName = shortName,
            Caption = $"Basis: {breakdown.Basis}" + (breakdown.Coverage is { Members.Count: > 1 } coverage ? $". Coverage: {coverage.Text}" : string.Empty)
                + (NotesText(breakdown.Notes) is { } noted ? $". Note: {noted}" : string.Empty),
        });
        foreach (var part in breakdown.Parts)
        {
            table.Add(part.Name, part.Key, DocumentCell.Of(part.ValueUsd), Share(document.Notes, new Ratio(string.Empty, part.Share, null, null, part.Share is null ? breakdown.Absence : null)));
        }

        table.Add("Total", string.Empty, DocumentCell.Of(breakdown.TotalUsd), DocumentCell.Of(breakdown.TotalUsd is > 0 ? 1m : null, document.Notes.Refer(breakdown.TotalUsd is > 0 ? null : "the total is zero")));
    }

    private static IEnumerable<(string Measure, CoverageNote Note)> Coverages(ReporterShares reporter)
    {
        var figures = new List<(string, CoverageNote?)>
        {
            (reporter.TotalTrade.Measure, reporter.TotalTrade.Coverage),
            (reporter.MineralsTrade.Measure, reporter.MineralsTrade.Coverage),
            (reporter.MineralsShareOfTotal.Measure, reporter.MineralsShareOfTotal.Coverage),
        };
        figures.AddRange(reporter.PartnerGroupShares.SelectMany(static g => new (string, CoverageNote?)[]
        {
            ($"{g.OfTotalTrade.Measure} ({g.Direction})", g.OfTotalTrade.Coverage),
            ($"{g.OfMineralsTrade.Measure} ({g.Direction})", g.OfMineralsTrade.Coverage),
        }));
        figures.AddRange((reporter.MirrorFill?.Flows ?? []).Select(static f => ($"mirror fill, {f.Commodities}, {f.Direction}", f.Coverage)));
        return figures.Where(static f => f.Item2 is not null).Select(static f => (f.Item1, f.Item2!));
    }

    private static void AddRatio(DocumentTable table, DocumentNotes notes, string label, Ratio ratio) =>
        table.Add(label, Value(ratio.NumeratorUsd), Share(notes, ratio), Value(ratio.DenominatorUsd), string.Empty);

    // A share's parts, blank where absent: the share's own cell says why.
    private static DocumentCell Value(decimal? value) => value is null ? DocumentCell.Empty : DocumentCell.Of(value);

    // An absent share refers to its reason; a share that is there, to the engine's notes on reading it (if any).
    private static DocumentCell Share(DocumentNotes notes, Ratio ratio, bool inRow = false) =>
        DocumentCell.Of(ratio.Share, notes.Refer(ratio.Share is null ? (inRow ? InRow(ratio.Absence) : ratio.AbsentReason) ?? "no figure" : NotesText(ratio.Notes)));

    private static string? NotesText(IReadOnlyList<FigureNote> figureNotes) =>
        figureNotes.Count == 0 ? null : string.Join("; ", figureNotes.Select(static n => n.Message));

    // In a member's row the row names the member, so the engine's sentence calls it "the member state" (made from the same
    // reason, never re-worded here): reasons that differ by the member alone are one note.
    private static string? InRow(FigureAbsence? absence) => absence?.MessageNaming("the member state");
}
