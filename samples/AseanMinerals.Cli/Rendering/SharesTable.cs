using AseanMinerals.Cli.Shares;
using Spectre.Console;
using static AseanMinerals.Cli.Shares.SharesQuery;

namespace AseanMinerals.Cli.Rendering;

/// <summary>The shares report as tables: rounded on a terminal, Markdown when redirected. A figure the data cannot give reads "n/a" with its reason.</summary>
internal sealed class SharesTable(SharesReport report, CliEnvironment environment)
{
    private readonly IAnsiConsole _console = environment.CreateConsole();

    public void Render()
    {
        _console.WriteLine($"# Trade shares, {report.Period}, scope {report.Scope}");
        _console.WriteLine($"Membership basis: {report.Membership}.");
        _console.WriteLine($"Totals add: {report.Flows}.");
        _console.WriteLine("Values in US dollars as reported. n/a = the data cannot give the figure; the reason follows it.");
        _console.WriteLine("Trade in a scope is the sum of the rows in scope that the files hold: a file of some HS codes only gives the trade in those codes.");
        foreach (var source in report.Sources)
        {
            _console.WriteLine($"Source: {source}");
        }

        foreach (var reporter in report.Reporters)
        {
            Reporter(reporter);
        }
    }

    private void Reporter(ReporterShares reporter)
    {
        _console.WriteLine();
        _console.WriteLine($"## {reporter.Reporter}");
        var headline = NewTable($"{reporter.Reporter}: headline figures", "Figure", "Value (USD) or share", "Note");
        AddAmount(headline, reporter.TotalTrade);
        AddAmount(headline, reporter.MineralsTrade);
        AddRatio(headline, reporter.MineralsShareOfTotal.Measure, reporter.MineralsShareOfTotal);
        foreach (var group in reporter.PartnerGroupShares)
        {
            AddRatio(headline, $"{group.OfTotalTrade.Measure} ({group.Direction})", group.OfTotalTrade);
        }

        foreach (var group in reporter.PartnerGroupShares)
        {
            AddRatio(headline, $"{group.OfMineralsTrade.Measure} ({group.Direction})", group.OfMineralsTrade);
        }

        _console.Write(headline);
        foreach (var line in reporter.MirrorFill)
        {
            _console.WriteLine(Escape($"Mirror fill: {line}"));
        }

        // A group figure says which members it covers: one line per coverage, naming the figures it applies to.
        foreach (var coverage in Coverages(reporter).GroupBy(static c => c.Note.Text))
        {
            _console.WriteLine(Escape($"Coverage: {coverage.Key} ({string.Join("; ", coverage.Select(static c => c.Measure).Distinct())})"));
        }

        if (reporter.ByMemberStateAbsentReason is null)
        {
            var members = NewTable($"{reporter.Reporter}: by member state, scope {report.Scope}", "Member state", "Code", "Trade in scope (USD)", "Part of ASEAN's", "Share of its total trade", "Intra-ASEAN share");
            foreach (var member in reporter.ByMemberState)
            {
                members.AddRow(
                    Markup.Escape(member.Name),
                    member.Code,
                    Escape(member.MineralsTrade.ValueUsd is null ? "n/a" : Money(member.MineralsTrade.ValueUsd)),
                    Percent(member.PartOfAseanMineralsTrade.Share),
                    Percent(member.MineralsShareOfTotal.Share),
                    Percent(member.IntraAseanShareOfMinerals.Share));
            }

            _console.Write(members);
            var reasons = reporter.ByMemberState.SelectMany(static m => new[] { m.MineralsTrade.AbsentReason, m.MineralsShareOfTotal.AbsentReason, m.IntraAseanShareOfMinerals.AbsentReason })
                .OfType<string>().Distinct().ToList();
            foreach (var reason in reasons)
            {
                _console.WriteLine($"n/a: {reason}");
            }
        }

        BreakdownTable($"{reporter.Reporter}: by commodity group, scope {report.Scope}", "Commodity group", reporter.ByCommodityGroup);
        BreakdownTable($"{reporter.Reporter}: top partners, scope {report.Scope}", "Partner", reporter.TopPartnersInMinerals);
        BreakdownTable($"{reporter.Reporter}: top partners, total trade", "Partner", reporter.TopPartnersInTotalTrade);
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
        return figures.Where(static f => f.Item2 is not null).Select(static f => (f.Item1, f.Item2!));
    }

    private void BreakdownTable(string title, string partHeading, Breakdown breakdown)
    {
        if (breakdown.AbsentReason is not null)
        {
            _console.WriteLine();
            _console.WriteLine($"{title}: n/a: {breakdown.AbsentReason}");
            return;
        }

        var table = NewTable(title, partHeading, "Code", "Value (USD)", "Share");
        foreach (var part in breakdown.Parts)
        {
            table.AddRow(Markup.Escape(part.Name), Markup.Escape(part.Key), Money(part.ValueUsd), Percent(part.Share));
        }

        table.AddRow("Total", string.Empty, Money(breakdown.TotalUsd), "100.00%");
        table.Caption = new TableTitle(Markup.Escape($"Basis: {breakdown.Basis}" + (breakdown.Coverage is { Members.Count: > 1 } coverage ? $". Coverage: {coverage.Text}" : string.Empty)));
        _console.Write(table);
    }

    private static void AddAmount(Table table, Amount amount) =>
        table.AddRow(
            Escape(amount.Measure),
            amount.ValueUsd is null ? "n/a" : Money(amount.ValueUsd),
            Escape(amount.AbsentReason ?? $"{amount.Records:N0} records; {amount.Basis}"));

    private static void AddRatio(Table table, string label, Ratio ratio) =>
        table.AddRow(
            Escape(label),
            Percent(ratio.Share),
            Escape(ratio.AbsentReason ?? $"{Money(ratio.NumeratorUsd)} of {Money(ratio.DenominatorUsd)}"));

    private Table NewTable(string title, params string[] headings)
    {
        var table = new Table { Border = environment.TableBorder, Title = new TableTitle(Markup.Escape(title)) };
        foreach (var heading in headings)
        {
            table.AddColumn(new TableColumn(Markup.Escape(heading)));
        }

        _console.WriteLine();
        return table;
    }

    private static string Escape(string text) => Markup.Escape(text);
}
