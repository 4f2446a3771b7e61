using AseanMinerals.Cli.Rendering.Documents;

namespace AseanMinerals.Cli.Production;

/// <summary>The production report as the CLI's <see cref="TextDocument"/>, for the formats that go through it (xlsx).</summary>
internal static class ProductionDocument
{
    public static TextDocument Build(ProductionReport report)
    {
        var document = new TextDocument($"{report.Group}: share of world production");
        document.Lead.Add($"Source: USGS Mineral Commodity Summaries world data, {string.Join(", ", report.ReleasesUsed)} (public domain); {report.Vintages}.");
        document.Lead.Add("Amounts are in each row's unit (never converted across units); shares against the published world total (rounded by USGS) and against the sum of the rows (countries and \"Other countries\").");
        foreach (var source in report.Sources)
        {
            document.Lead.Add(source.ToString());
        }

        var table = document.Table(new DocumentTable(
            "Shares", new("Commodity"), new("Measure"), new("Year", ColumnKind.Year), new("Release"), new("Unit"), new("Group amount", ColumnKind.Money), new("Estimate"),
            new("World total (published)", ColumnKind.Money), new("Share of published total", ColumnKind.Percent), new("Row sum", ColumnKind.Money),
            new("Share of row sum", ColumnKind.Percent), new("Members with figures"), new("Largest producer"), new("Members' ranks"), new("HHI", ColumnKind.Money)));
        foreach (var row in report.Rows)
        {
            var s = row.Share;
            var note = document.Notes.Refer(s.Notes.Count == 0 ? null : string.Join(" ", s.Notes));
            table.Add(
                s.Series.Commodity.Name, s.Series.Measure, DocumentCell.Of(s.Series.Year), s.Series.Release, s.Unit.Name, DocumentCell.Of(s.GroupAmount, s.GroupAmount is null ? note : null), s.IsEstimated ? "e" : string.Empty,
                DocumentCell.Of(s.PublishedWorldTotal, s.PublishedWorldTotal is null ? note : null), DocumentCell.Of(s.ShareOfPublishedTotal, s.ShareOfPublishedTotal is null ? note : null),
                DocumentCell.Of(s.RowSum), DocumentCell.Of(s.ShareOfRowSum, s.ShareOfRowSum is null ? note : null), $"{s.MembersWithFigures.Count} of {s.Members.Count}",
                ProductionText.Top(row.TopProducer), ProductionText.Ranks(row.MemberRanks), DocumentCell.Of(row.Concentration.Index is { } i ? Math.Round(i, 0) : null));
        }

        document.Paragraph("e: the group amount includes an estimate. HHI: over the country rows with a number (\"Other countries\" left out), 0 to 10,000.");
        foreach (var row in report.Rows.Where(static r => r.Trade is not null))
        {
            var t = row.Trade!;
            document.Paragraph($"{row.Share.Series}: beside it, {t.Flow.ToString().ToLowerInvariant()}s of HS {string.Join(", ", t.HsCodes)} to the World: " +
                $"US${ProductionText.Grouped(t.ValueUsd)}, {ProductionText.Grouped(t.NetWeightTonnes)} t of goods ({t.Records} records, {t.RecordsWithoutWeight} without weight; reporters {string.Join(", ", t.ReportersWithTrade)}). {t.UnitQuestion}");
        }

        foreach (var revision in report.Revisions)
        {
            document.Paragraph($"revision: {revision} (change {ProductionText.Grouped(revision.Change)})");
        }

        return document;
    }
}
