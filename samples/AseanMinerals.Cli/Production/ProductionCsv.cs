using static AseanMinerals.Cli.Production.ProductionText;

namespace AseanMinerals.Cli.Production;

/// <summary>The production report as CSV, one series a row; empty cells where the data gives no figure, the reasons in the notes.</summary>
internal static class ProductionCsv
{
    public static void Write(TextWriter output, ProductionReport report)
    {
        output.WriteLine("group,commodity,kind,stage,measure,year,release,unit,group_amount,published_world_total,share_of_published_total,row_sum,rows_without_number,share_of_row_sum,members,members_with_figures,estimated,largest_producer,member_ranks,hhi,trade_hs_codes,trade_value_usd,trade_net_weight_t,notes");
        foreach (var row in report.Rows)
        {
            var s = row.Share;
            var cells = new[]
            {
                report.Group, s.Series.Commodity.Id, s.Series.Kind.ToString().ToLowerInvariant(), s.Series.Stage.ToString().ToLowerInvariant(), s.Series.Measure,
                s.Series.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Series.Release, s.Unit.Name, Number(s.GroupAmount), Number(s.PublishedWorldTotal),
                Number(s.ShareOfPublishedTotal), Number(s.RowSum), s.RowsWithoutNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), Number(s.ShareOfRowSum),
                string.Join(' ', s.Members), string.Join(' ', s.MembersWithFigures), s.IsEstimated ? "true" : "false",
                row.TopProducer?.AreaName ?? string.Empty, Ranks(row.MemberRanks), Number(row.Concentration.Index is { } i ? Math.Round(i, 2) : null),
                row.Trade is null ? string.Empty : string.Join(' ', row.Trade.HsCodes), Number(row.Trade?.ValueUsd), Number(row.Trade?.NetWeightTonnes),
                string.Join(" ", row.Trade is null ? s.Notes : [.. s.Notes, row.Trade.UnitQuestion]),
            };
            output.WriteLine(string.Join(',', cells.Select(Quote)));
        }
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
