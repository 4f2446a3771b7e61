using System.Runtime.CompilerServices;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Cli.Shares;

/// <summary>
/// The HS codes the records hold, by period, noted as the records stream into the cube: a figure names what it covers
/// (a file of HS 252310 gives cement clinker, not "minerals"), and the cube keeps groups, not codes.
/// </summary>
internal sealed class CommoditiesInData
{
    // Few distinct codes in any real file (at most some thousands), so one set per period stays small.
    private readonly Dictionary<TradePeriod, HashSet<HsCode>> _codes = [];

    /// <summary>Passes the records through, noting each record's code.</summary>
    public async IAsyncEnumerable<TradeRecord> Note(IAsyncEnumerable<TradeRecord> records, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!record.Commodity.IsTotal)
            {
                if (!_codes.TryGetValue(record.Period, out var codes))
                {
                    _codes[record.Period] = codes = [];
                }

                codes.Add(record.Commodity);
            }

            yield return record;
        }
    }

    /// <summary>The codes of the period in the scope, in order.</summary>
    public IReadOnlyList<string> InScope(TradePeriod period, string scope) =>
        _codes.TryGetValue(period, out var codes)
            ? [.. codes.Where(c => MineralsClassification.DefaultClassifier.IsInScope(c, scope)).Order().Select(static c => c.ToString())]
            : [];

    /// <summary>The HS chapters of a scope, ranges joined: <c>HS 25, 26, 68-83</c>.</summary>
    public static string ScopeChapters(string scope)
    {
        var classification = MineralsClassification.Default;
        var groups = classification.Scope(scope).Groups;
        var chapters = classification.Groups.Where(g => groups.Contains(g.Id))
            .SelectMany(static g => g.Prefixes)
            .Concat(classification.Scope(scope).IncludePrefixes)
            .Select(static p => p.Chapter ?? 0)
            .Distinct()
            .Order()
            .ToList();
        var ranges = new List<string>();
        for (var i = 0; i < chapters.Count;)
        {
            var j = i;
            while (j + 1 < chapters.Count && chapters[j + 1] == chapters[j] + 1)
            {
                j++;
            }

            ranges.Add(j - i >= 2 ? $"{chapters[i]:D2}-{chapters[j]:D2}" : string.Join(", ", chapters[i..(j + 1)].Select(static c => c.ToString("D2", System.Globalization.CultureInfo.InvariantCulture))));
            i = j + 1;
        }

        return "HS " + string.Join(", ", ranges);
    }

    /// <summary>
    /// What the data holds of the scope, short enough for a title: the codes when few (<c>HS 252310</c>), else the
    /// chapters with the number of codes (<c>HS chapters 25, 26, 72 (40 codes)</c>).
    /// </summary>
    public static string Describe(IReadOnlyList<string> codes) => codes.Count switch
    {
        0 => "no HS code in scope",
        <= 4 => "HS " + string.Join(", ", codes),
        _ => $"HS chapters {string.Join(", ", codes.Select(static c => c[..2]).Distinct())} ({codes.Count:N0} codes)",
    };
}
