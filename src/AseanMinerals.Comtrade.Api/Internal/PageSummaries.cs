using AseanMinerals.Core.Countries;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade.Api.Internal;

/// <summary>The pages of a fetch, each read by the Comtrade mapping, as one account of rows: the sums of theirs.</summary>
internal static class PageSummaries
{
    public const string Format = "ComtradePlusJson (API)";

    public static TradeSourceSummary Merge(string source, IReadOnlyList<TradeSourceSummary> pages, bool complete) => new()
    {
        Source = source,
        Format = Format,
        Encoding = TradeTextEncoding.Utf8,
        IsComplete = complete,
        RowsRead = pages.Sum(static p => p.RowsRead),
        Records = pages.Sum(static p => p.Records),
        SetAside = pages.Sum(static p => p.SetAside),
        Rejected = pages.Sum(static p => p.Rejected),
        SetAsideByReason = Sum(pages.Select(static p => p.SetAsideByReason)),
        RejectedByRule = Sum(pages.Select(static p => p.RejectedByRule)),
        BreakdownRecords = pages.Sum(static p => p.BreakdownRecords),
        SubsetFlowRecords = pages.Sum(static p => p.SubsetFlowRecords),
        RecordsByPartnerKind = Sum(pages.Select(static p => p.RecordsByPartnerKind)),
        RecordsWithUnknownPartner = pages.Sum(static p => p.RecordsWithUnknownPartner),
        UnknownAreaCodes = [.. pages.SelectMany(static p => p.UnknownAreaCodes).Distinct()],
        BytesRead = pages.Sum(static p => p.BytesRead),
        Issues = pages.Aggregate(ValidationResult.Success, static (all, p) => all.Combine(p.Issues)),
        IssuesNotListed = pages.Sum(static p => p.IssuesNotListed),
        IssuesByRule = Sum(pages.Select(static p => p.IssuesByRule)),
    };

    private static Dictionary<TKey, long> Sum<TKey>(IEnumerable<IReadOnlyDictionary<TKey, long>> counts)
        where TKey : notnull
    {
        var total = new Dictionary<TKey, long>();
        foreach (var pair in counts.SelectMany(static c => c))
        {
            total[pair.Key] = total.GetValueOrDefault(pair.Key) + pair.Value;
        }

        return total;
    }
}
