using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.TradeSources.Internal;

/// <summary>
/// One summary from the summaries of the parts of an input, in file order: counts added, issues moved to the lines of the
/// whole file and listed within the one bound, and what a reader says once per input said once.
/// </summary>
internal static class SummaryMerge
{
    /// <summary>
    /// A part's summary, the number to add to its lines, the bytes it read that are not the input's (a repeated header), and
    /// the groups its reader met (<see cref="IGroupedSource"/>), or null.
    /// </summary>
    public readonly record struct Part(TradeSourceSummary Summary, long LineOffset, long ExtraBytes, IReadOnlyList<(int Group, long Line)>? Groups = null);

    /// <summary>An issue on the lines of the whole input.</summary>
    public static ValidationIssue Shift(ValidationIssue issue, long lineOffset) =>
        issue.Line is { } line && lineOffset != 0 ? issue with { Line = line + lineOffset } : issue;

    public static TradeSourceSummary Merge(string source, string format, IReadOnlyList<Part> parts, bool complete, TradeSourceSplit rules, int maxIssues)
    {
        if (parts.Count == 0)
        {
            return new TradeSourceSummary { Source = source, Format = format };
        }

        var first = parts[0].Summary;
        var setAside = new Dictionary<TradeSetAsideReason, long>();
        var rejected = new Dictionary<string, long>(StringComparer.Ordinal);
        var byKind = new Dictionary<TradeAreaKind, long>();
        var byRule = new Dictionary<string, long>(StringComparer.Ordinal);
        var unknown = new List<AreaCode>();
        var unknownSeen = new HashSet<AreaCode>();
        var issues = new List<ValidationIssue>();
        var said = new HashSet<(string, string)>();
        var withdrawn = WithdrawnRules(parts, rules);
        var notGrouped = NotGroupedAcrossParts(source, parts, rules);
        if (notGrouped is not null)
        {
            // Said once, at the first group that came back, instead of any part's own later note; the check it withdraws goes.
            withdrawn.Add(notGrouped.Code);
            if (rules.Supersedes.TryGetValue(notGrouped.Code, out var superseded))
            {
                withdrawn.Add(superseded);
            }
        }

        long rows = 0, records = 0, aside = 0, rejectedRows = 0, breakdown = 0, subset = 0, unknownPartner = 0, blank = 0, bytes = 0, notListed = 0;
        var encoding = first.Encoding;
        foreach (var (summary, offset, extra, _) in parts)
        {
            rows += summary.RowsRead;
            records += summary.Records;
            aside += summary.SetAside;
            rejectedRows += summary.Rejected;
            breakdown += summary.BreakdownRecords;
            subset += summary.SubsetFlowRecords;
            unknownPartner += summary.RecordsWithUnknownPartner;
            blank += summary.BlankLines;
            bytes += summary.BytesRead - extra;
            Add(setAside, summary.SetAsideByReason);
            Add(rejected, summary.RejectedByRule);
            Add(byKind, summary.RecordsByPartnerKind);
            if (summary.Encoding == TradeTextEncoding.Windows1252)
            {
                encoding = TradeTextEncoding.Windows1252; // one part with bytes that are not UTF-8 makes the file's encoding a guess
            }

            foreach (var code in summary.UnknownAreaCodes)
            {
                if (unknownSeen.Add(code))
                {
                    unknown.Add(code);
                }
            }

            // Issues counted but not listed by a part are counted here too; only listed ones can be told apart.
            foreach (var (rule, count) in summary.IssuesByRule)
            {
                byRule[rule] = byRule.GetValueOrDefault(rule) + count;
            }

            foreach (var issue in summary.Issues.Issues)
            {
                if (withdrawn.Contains(issue.Code)
                    || (rules.OncePerInput.Contains(issue.Code) && !said.Add((issue.Code, issue.Message))))
                {
                    byRule[issue.Code]--; // said by an earlier part, or withdrawn: the whole input says it once, or not at all
                    continue;
                }

                if (issues.Count < maxIssues)
                {
                    issues.Add(Shift(issue, offset));
                }
                else
                {
                    notListed++;
                }
            }

            notListed += summary.IssuesNotListed;
        }

        if (notGrouped is not null)
        {
            byRule[notGrouped.Code] = byRule.GetValueOrDefault(notGrouped.Code) + 1;
            if (issues.Count < maxIssues)
            {
                issues.Add(notGrouped); // last, where one reader says it: when the file ends
            }
            else
            {
                notListed++;
            }
        }

        return new TradeSourceSummary
        {
            Source = source,
            Format = first.Format,
            Encoding = encoding,
            IsComplete = complete && parts.All(static p => p.Summary.IsComplete),
            RowsRead = rows,
            Records = records,
            SetAside = aside,
            Rejected = rejectedRows,
            SetAsideByReason = setAside,
            RejectedByRule = rejected,
            BreakdownRecords = breakdown,
            SubsetFlowRecords = subset,
            RecordsByPartnerKind = byKind,
            RecordsWithUnknownPartner = unknownPartner,
            UnknownAreaCodes = unknown,
            BlankLines = blank,
            BytesRead = bytes,
            RowsSkippedUnread = parts.Sum(static p => p.Summary.RowsSkippedUnread),
            FilesSkipped = parts.Sum(static p => p.Summary.FilesSkipped),
            RowGroupsSkipped = parts.Sum(static p => p.Summary.RowGroupsSkipped),
            Issues = new ValidationResult(issues),
            IssuesNotListed = notListed,
            IssuesByRule = byRule.Where(static p => p.Value > 0).ToDictionary(StringComparer.Ordinal),
        };
    }

    // The note one reader of the whole file gives when a group comes back in a part after the part that had it, where that
    // comes before any part's own note (each part is split between groups, so each may look grouped); null otherwise.
    private static ValidationIssue? NotGroupedAcrossParts(string source, IReadOnlyList<Part> parts, TradeSourceSplit rules)
    {
        if (rules.NotGrouped is null || parts.Any(static p => p.Groups is null))
        {
            return null;
        }

        var seen = new HashSet<int>();
        int? last = null;
        foreach (var part in parts)
        {
            // A part's own note (a group back within it) is on a line of its own; it stays if it comes first.
            var ownLine = part.Summary.Issues.Issues.FirstOrDefault(i => rules.Supersedes.ContainsKey(i.Code))?.Line;
            for (var g = 0; g < part.Groups!.Count; g++)
            {
                var (group, line) = part.Groups[g];
                var goesOn = g == 0 && group == last; // the group the part before ended with, cut by the split: not back
                if (!goesOn && seen.Contains(group))
                {
                    return ownLine is { } own && own < line ? null : rules.NotGrouped(source, line + part.LineOffset);
                }
            }

            if (ownLine is not null)
            {
                return null;
            }

            seen.UnionWith(part.Groups.Select(static g => g.Group));
            last = part.Groups.Count > 0 ? part.Groups[^1].Group : last;
        }

        return null;
    }

    // A part that withdrew a check (its note supersedes the check's warnings) withdraws it for the whole input, as one
    // reader of the whole file would have; the note itself is then said once, the first part's.
    private static HashSet<string> WithdrawnRules(IReadOnlyList<Part> parts, TradeSourceSplit rules)
    {
        var withdrawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var (rule, count) in part.Summary.IssuesByRule)
            {
                if (count > 0 && rules.Supersedes.TryGetValue(rule, out var superseded))
                {
                    withdrawn.Add(superseded);
                }
            }
        }

        return withdrawn;
    }

    private static void Add<TKey>(Dictionary<TKey, long> total, IReadOnlyDictionary<TKey, long> part)
        where TKey : notnull
    {
        foreach (var (key, count) in part)
        {
            total[key] = total.GetValueOrDefault(key) + count;
        }
    }
}
