using System.Globalization;
using AseanMinerals.Cli.Shares;
using AseanMinerals.Core.Aggregation;

namespace AseanMinerals.Cli.Rendering;

/// <summary>
/// The shares report as CSV in long form, one figure a row (reporter, section, key, measure, value, share, note), for
/// spreadsheets: empty value and share cells where the data gives no figure, the reason in the note. Each row carries the
/// coverage of its figure in columns of their own (the engine's sentence, the group's and the covered members' counts, the
/// covered and missing members' ISO codes, and why each is missing), so that a filter on a column keeps the figures of
/// full coverage or those lacking a member; a breakdown's parts carry the breakdown's coverage.
/// </summary>
internal static class SharesCsv
{
    public static void Write(TextWriter output, SharesReport report)
    {
        output.WriteLine(Header);
        foreach (var reporter in report.Reporters)
        {
            void Row(string section, string key, string name, string measure, decimal? value, decimal? share, string? note, CoverageNote? coverage) =>
                output.WriteLine(string.Join(',', new[] { report.Period, report.Scope, report.Membership, reporter.Reporter, section, key, name, measure, Number(value), Number(share), note ?? string.Empty }.Concat(Coverage(coverage)).Select(Quote)));

            void Amount(string section, string key, string name, Amount amount) =>
                Row(section, key, name, amount.Measure, amount.ValueUsd, null, amount.AbsentReason, amount.Coverage);

            // A partner group's share gives its numerator (the trade with the group) as the value; other shares none.
            void Ratio(string section, string key, string name, Ratio ratio, bool withNumerator = false) =>
                Row(section, key, name, ratio.Measure, withNumerator ? ratio.NumeratorUsd : null, ratio.Share, ratio.AbsentReason ?? NotesOf(ratio.Notes), ratio.Coverage);

            Amount("headline", string.Empty, string.Empty, reporter.TotalTrade);
            Amount("headline", string.Empty, string.Empty, reporter.MineralsTrade);
            Ratio("headline", string.Empty, string.Empty, reporter.MineralsShareOfTotal);
            foreach (var group in reporter.PartnerGroupShares)
            {
                Ratio("partner group", group.Direction, report.PartnerGroup, group.OfTotalTrade, withNumerator: true);
                Ratio("partner group", group.Direction, report.PartnerGroup, group.OfMineralsTrade, withNumerator: true);
            }

            foreach (var member in reporter.ByMemberState)
            {
                Amount("member state", member.Code, member.Name, member.MineralsTrade);
                Ratio("member state", member.Code, member.Name, member.PartOfAseanMineralsTrade);
                Ratio("member state", member.Code, member.Name, member.MineralsShareOfTotal);
                Ratio("member state", member.Code, member.Name, member.IntraAseanShareOfMinerals);
            }

            foreach (var (section, breakdown) in new[] { ("commodity group", reporter.ByCommodityGroup), ("top partners in scope", reporter.TopPartnersInMinerals), ("top partners in total trade", reporter.TopPartnersInTotalTrade) })
            {
                if (breakdown.AbsentReason is not null)
                {
                    Row(section, string.Empty, string.Empty, breakdown.Measure, null, null, breakdown.AbsentReason, breakdown.Coverage);
                }

                foreach (var part in breakdown.Parts)
                {
                    // The breakdown's notes (part of its whole with no partner named, the reporter's trade with itself) on each
                    // of its rows, as its coverage is: a row read alone is read right.
                    Row(section, part.Key, part.Name, breakdown.Measure, part.ValueUsd, part.Share, NotesOf(breakdown.Notes), breakdown.Coverage);
                }
            }

            // With --fill mirror: per flow reported, mirror-based (its share of the total) and total (with which trade it is
            // and the members, or why it is absent), then each source
            // reporter's sum (key = its ISO code), and the basis once.
            if (reporter.MirrorFill is { } mirror)
            {
                foreach (var flow in mirror.Flows)
                {
                    Row("mirror fill", flow.Direction, flow.Commodities, "reported", flow.ReportedUsd, null, null, flow.Coverage);
                    Row("mirror fill", flow.Direction, flow.Commodities, "mirror-based", flow.MirrorUsd, flow.MirrorShare, null, flow.Coverage);
                    // The total's note: why it is absent, else which trade it is and how each member is counted.
                    Row("mirror fill", flow.Direction, flow.Commodities, "total (reported + mirror)", flow.TotalUsd, null, flow.AbsentReason ?? $"{flow.PartnerScope}; members: {flow.MembersText}", flow.Coverage);
                    foreach (var source in flow.Sources)
                    {
                        Row("mirror fill source", source.Label, flow.Commodities, $"{flow.Direction} estimated from {source.Label}'s reports", source.ValueUsd, null, null, null);
                    }
                }

                Row("mirror fill", string.Empty, string.Empty, "basis", null, null, $"{mirror.Basis}; {mirror.WorldTotals}", null);
            }
        }
    }

    public const string Header =
        "period,scope,membership_basis,reporter,section,key,name,measure,value_usd,share,note,coverage,members_in_group,members_covered,covered,missing,missing_why";

    // Empty cells for a row that is not a group figure (a mirror source, the basis).
    // What a reader needs to read a figure that is there (the engine's notes, in its words), or nothing.
    private static string? NotesOf(IReadOnlyList<FigureNote> notes) => notes.Count == 0 ? null : string.Join("; ", notes.Select(static n => n.Message));

    private static IEnumerable<string> Coverage(CoverageNote? coverage) => coverage is null
        ? Enumerable.Repeat(string.Empty, 6)
        :
        [
            coverage.Text,
            coverage.Members.Count.ToString(CultureInfo.InvariantCulture),
            coverage.Covered.Count.ToString(CultureInfo.InvariantCulture),
            string.Join(' ', coverage.CoveredLabels),
            string.Join(' ', coverage.MissingByName.Select(static m => m.Label)),
            string.Join("; ", coverage.MissingByName.Select(static m => $"{m.Label}: {m.Reason}")),
        ];

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
