using AseanMinerals.Core.Production;
using Spectre.Console;
using static AseanMinerals.Cli.Production.ProductionText;

namespace AseanMinerals.Cli.Production;

/// <summary>The production report as a table: one line a series, the notes under it, the inputs' row accounting on standard error.</summary>
internal static class ProductionTable
{
    public static void Render(ProductionReport report, CliEnvironment environment)
    {
        var console = environment.CreateConsole();
        console.WriteLine($"{report.Group}: share of world production (USGS Mineral Commodity Summaries; {report.Vintages}).");
        console.WriteLine("Shares against the published world total (rounded by USGS) and against the sum of the rows (countries and \"Other countries\"); n/a where the data cannot tell.");
        var table = new Table().Border(environment.TableBorder);
        foreach (var header in new[] { "Commodity", "Measure", "Year", "Release", "Unit", "Group", "World (published)", "Share", "Row sum", "Share", "Members with figures", "Largest producer", "Members' ranks", "HHI" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in report.Rows)
        {
            var share = row.Share;
            table.AddRow(new[]
            {
                share.Series.Commodity.Name, share.Series.Measure, share.Series.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), share.Series.Release,
                share.Unit.Symbol, Grouped(share.GroupAmount) + (share.IsEstimated ? " e" : ""), Grouped(share.PublishedWorldTotal), Percent(share.ShareOfPublishedTotal),
                Grouped(share.RowSum), Percent(share.ShareOfRowSum), $"{share.MembersWithFigures.Count} of {share.Members.Count}",
                Top(row.TopProducer), Ranks(row.MemberRanks), row.Concentration.Index is { } hhi ? Math.Round(hhi).ToString(System.Globalization.CultureInfo.InvariantCulture) : "n/a",
            }.Select(Markup.Escape).ToArray());
        }

        console.Write(table);
        foreach (var row in report.Rows.Where(static r => r.Share.Notes.Count > 0))
        {
            console.WriteLine($"{row.Share.Series}: {string.Join(" ", row.Share.Notes)}");
        }

        foreach (var row in report.Rows.Where(static r => r.Trade is not null))
        {
            var t = row.Trade!;
            console.WriteLine($"{row.Share.Series}: beside it, {t.Flow.ToString().ToLowerInvariant()}s of HS {string.Join(", ", t.HsCodes)} to the World: " +
                $"US${Grouped(t.ValueUsd)}, {Grouped(t.NetWeightTonnes)} t of goods ({t.Records} records, {t.RecordsWithoutWeight} without weight; reporters {string.Join(", ", t.ReportersWithTrade)}). {t.UnitQuestion}");
        }

        console.WriteLine("e: includes an estimate. HHI: over the country rows with a number (\"Other countries\" left out), 0 to 10,000.");
        foreach (var revision in report.Revisions)
        {
            console.WriteLine($"revision: {revision} (change {Grouped(revision.Change)})");
        }
    }
}
