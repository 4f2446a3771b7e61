using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>The one place where a <see cref="FigureNote"/> is made: each kind with its data and its sentence.</summary>
internal static class FigureNotes
{
    // share: the partner group's share of that whole, when the note is on one: it counts none of the unassigned part, so it
    // is a lower bound, and the note gives the range the unassigned part leaves open.
    public static FigureNote PartnerRowsShort(TradePeriod period, IReadOnlyList<AreaCode> members, decimal unassigned, decimal whole, decimal? share = null) => new()
    {
        Kind = FigureNoteKind.PartnerRowsShort,
        Period = period,
        Members = members,
        Value = unassigned,
        Whole = whole,
        Message = $"partner rows cover {TextTable.Money(whole - unassigned)} of the whole {TextTable.Money(whole)} ({TextTable.Percent((whole - unassigned) / whole)}): {TextTable.Money(unassigned)} of the World rows of {Names(members)} is assigned to no partner, so no partner's part includes it"
            + (share is { } given ? $"; the share counts none of it, so it lies between {TextTable.Percent(given)} and {TextTable.Percent(Math.Min(1m, given + (unassigned / whole)))}" : string.Empty),
    };

    public static FigureNote ReporterAsPartnerLeftOut(TradePeriod period, IReadOnlyList<AreaCode> members, decimal self, decimal whole) => new()
    {
        Kind = FigureNoteKind.ReporterAsPartnerLeftOut,
        Period = period,
        Members = members,
        Value = self,
        Whole = whole,
        Message = $"{TextTable.Money(self)} of trade of {Names(members)} with itself as partner (re-imports, re-exports) is in the whole and in no partner's part: a reporter is not its own partner",
    };

    private static string Names(IEnumerable<AreaCode> areas) =>
        string.Join(", ", areas.OrderBy(static a => a.Value).Select(static a => TradeAreaCatalog.Default.NameOf(a)));
}
