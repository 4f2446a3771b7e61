using System.Globalization;
using AseanMinerals.Cli.Shares;

namespace AseanMinerals.Cli.Rendering;

/// <summary>
/// The shares report as CSV in long form, one figure a row (reporter, section, key, measure, value, share, note), for
/// spreadsheets: empty value and share cells where the data gives no figure, the reason in the note.
/// </summary>
internal static class SharesCsv
{
    public static void Write(TextWriter output, SharesReport report)
    {
        output.WriteLine("period,scope,membership_basis,reporter,section,key,name,measure,value_usd,share,note");
        foreach (var reporter in report.Reporters)
        {
            void Row(string section, string key, string name, string measure, decimal? value, decimal? share, string? note) =>
                output.WriteLine(string.Join(',', new[] { report.Period, report.Scope, report.Membership, reporter.Reporter, section, key, name, measure, Number(value), Number(share), note ?? string.Empty }.Select(Quote)));

            Row("headline", string.Empty, string.Empty, reporter.TotalTrade.Measure, reporter.TotalTrade.ValueUsd, null, reporter.TotalTrade.AbsentReason);
            Row("headline", string.Empty, string.Empty, reporter.MineralsTrade.Measure, reporter.MineralsTrade.ValueUsd, null, reporter.MineralsTrade.AbsentReason);
            Row("headline", string.Empty, string.Empty, reporter.MineralsShareOfTotal.Measure, null, reporter.MineralsShareOfTotal.Share, reporter.MineralsShareOfTotal.AbsentReason);
            foreach (var group in reporter.PartnerGroupShares)
            {
                Row("partner group", group.Direction, report.PartnerGroup, group.OfTotalTrade.Measure, group.OfTotalTrade.NumeratorUsd, group.OfTotalTrade.Share, group.OfTotalTrade.AbsentReason);
                Row("partner group", group.Direction, report.PartnerGroup, group.OfMineralsTrade.Measure, group.OfMineralsTrade.NumeratorUsd, group.OfMineralsTrade.Share, group.OfMineralsTrade.AbsentReason);
            }

            foreach (var member in reporter.ByMemberState)
            {
                Row("member state", member.Code, member.Name, member.MineralsTrade.Measure, member.MineralsTrade.ValueUsd, null, member.MineralsTrade.AbsentReason);
                Row("member state", member.Code, member.Name, member.MineralsShareOfTotal.Measure, null, member.MineralsShareOfTotal.Share, member.MineralsShareOfTotal.AbsentReason);
                Row("member state", member.Code, member.Name, member.IntraAseanShareOfMinerals.Measure, null, member.IntraAseanShareOfMinerals.Share, member.IntraAseanShareOfMinerals.AbsentReason);
            }

            foreach (var (section, breakdown) in new[] { ("commodity group", reporter.ByCommodityGroup), ("top partners in scope", reporter.TopPartnersInMinerals), ("top partners in total trade", reporter.TopPartnersInTotalTrade) })
            {
                if (breakdown.AbsentReason is not null)
                {
                    Row(section, string.Empty, string.Empty, breakdown.Measure, null, null, breakdown.AbsentReason);
                }

                foreach (var part in breakdown.Parts)
                {
                    Row(section, part.Key, part.Name, breakdown.Measure, part.ValueUsd, part.Share, null);
                }
            }

            // With --fill mirror: per flow reported, mirror-based (its share of the total) and total (with which trade it is
            // and the members, or why it is absent), then each source
            // reporter's sum (key = its ISO code), and the basis once.
            if (reporter.MirrorFill is { } mirror)
            {
                foreach (var flow in mirror.Flows)
                {
                    Row("mirror fill", flow.Direction, flow.Commodities, "reported", flow.ReportedUsd, null, null);
                    Row("mirror fill", flow.Direction, flow.Commodities, "mirror-based", flow.MirrorUsd, flow.MirrorShare, null);
                    // The total's note: why it is absent, else which trade it is and how each member is counted.
                    Row("mirror fill", flow.Direction, flow.Commodities, "total (reported + mirror)", flow.TotalUsd, null, flow.AbsentReason ?? $"{flow.PartnerScope}; members: {flow.MembersText}");
                    foreach (var source in flow.Sources)
                    {
                        Row("mirror fill source", source.Label, flow.Commodities, $"{flow.Direction} estimated from {source.Label}'s reports", source.ValueUsd, null, null);
                    }
                }

                Row("mirror fill", string.Empty, string.Empty, "basis", null, null, $"{mirror.Basis}; {mirror.WorldTotals}");
            }
        }
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
