using System.Globalization;
using System.Runtime.InteropServices;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// Finds parts without their whole: breakdown rows (by second partner, customs procedure, mode of transport) and
/// subset-flow rows (re-exports, ...) whose aggregate row of the total flow is not in the file. Set aside, such rows
/// would leave the records without the figure, silently; this makes it a warning.
/// <para>
/// Comtrade writes its files grouped by reporter and period, so the check keeps the keys of one group at a time: memory
/// is bounded by the largest group, not by the file. Keys are only appended while the group is read (the cost of a row is
/// a list append) and matched when it ends, and only if the group has parts. Should a group come back after another, the
/// file is not grouped, the check stops and says so (rather than report aggregates as missing that come later).
/// </para>
/// </summary>
internal sealed class AggregateTracker(string? source, int maxPending)
{
    private readonly List<long> _wholes = [];
    private readonly List<PartRow> _parts = [];
    private readonly HashSet<long> _wholeSet = [];
    private readonly Dictionary<long, Orphan> _orphans = [];
    private readonly HashSet<int> _closedGroups = [];
    private readonly List<(int Group, long Line)> _groups = [];
    private readonly List<ValidationIssue> _pending = [];
    private int _group = -1;
    private long _pendingNotKept;
    private long? _ungroupedAtLine;

    /// <summary>An aggregate row of a total flow.</summary>
    public void Whole(in TradeRecord record, long line)
    {
        if (Enter(record, line))
        {
            _wholes.Add(Key(record));
        }
    }

    /// <summary>A breakdown row, or a row of a subset flow (<paramref name="element"/>: its index in a JSON <c>data</c> array, or -1).</summary>
    public void Part(in TradeRecord record, long line, long element)
    {
        if (Enter(record, line))
        {
            _parts.Add(new PartRow(Key(record), record, line, element));
        }
    }

    /// <summary>
    /// A row set aside before it was read in full (outside the question): it adds no key, but its reporter and period still
    /// count for whether the file is grouped, so the check sees what it sees without a question.
    /// </summary>
    public void Pass(TradePeriod period, AreaCode reporter, long line) => Enter(Group(period, reporter), line);

    /// <summary>The note that the rows of a reporter and period do not all follow one another, at the line where one came back.</summary>
    public static ValidationIssue NotGrouped(string? source, long line) =>
        ComtradeImportRules.NotGroupedByReporterAndPeriod
            .At(string.Empty, "The rows of a reporter and period do not all follow one another, so rows whose aggregate row is missing could not be looked for.")
            .InFile(source, line);

    /// <summary>The groups met, in order, with the line where each starts (until the file showed it is not grouped).</summary>
    public IReadOnlyList<(int Group, long Line)> Groups => _groups;

    /// <summary>Ends the check: the warnings for parts without a whole, or a note that the file is not grouped.</summary>
    public IEnumerable<ValidationIssue> Finish()
    {
        Close();
        if (_ungroupedAtLine is { } line)
        {
            return [NotGrouped(source, line)];
        }

        if (_pendingNotKept > 0)
        {
            _pending.Add(ComtradeImportRules.MissingAggregate.At(string.Empty, string.Create(CultureInfo.InvariantCulture, $"{_pendingNotKept:N0} more groups of rows have no aggregate row.")).InFile(source));
        }

        return _pending;
    }

    // False once the file has shown it is not grouped by reporter and period.
    private bool Enter(in TradeRecord record, long line) => Enter(Group(record.Period, record.Reporter), line);

    private static int Group(TradePeriod period, AreaCode reporter) => (reporter.Value << 18) | (period.Year << 4) | (period.Month ?? 0);

    private bool Enter(int group, long line)
    {
        if (_ungroupedAtLine is not null)
        {
            return false;
        }

        if (group == _group)
        {
            return true;
        }

        Close();
        if (_closedGroups.Add(group))
        {
            _groups.Add((group, line));
        }
        else
        {
            _ungroupedAtLine = line;
            _pending.Clear();
            return false;
        }

        _group = group;
        return true;
    }

    private void Close()
    {
        if (_parts.Count > 0)
        {
            _wholeSet.Clear();
            _wholeSet.UnionWith(_wholes);
            foreach (var part in _parts)
            {
                if (_wholeSet.Contains(part.Key))
                {
                    continue;
                }

                ref var orphan = ref CollectionsMarshal.GetValueRefOrAddDefault(_orphans, part.Key, out var exists);
                if (!exists)
                {
                    orphan = new Orphan(part.Record, part.Line, part.Element, 0);
                }

                orphan.Count++;
            }

            foreach (var orphan in _orphans.Values)
            {
                if (_pending.Count < maxPending)
                {
                    _pending.Add(Describe(orphan));
                }
                else
                {
                    _pendingNotKept++;
                }
            }

            _orphans.Clear();
            _parts.Clear();
        }

        _wholes.Clear();
    }

    private ValidationIssue Describe(Orphan orphan)
    {
        var r = orphan.First;
        var whole = r.Flow.ContainingFlow().ToComtradeCode();
        var what = r.IsBreakdown
            ? $"breakdown rows ({r.Breakdown})"
            : $"rows of flow {r.Flow.ToComtradeCode()}, a part of {whole},";
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{orphan.Count:N0} {what} of reporter {r.Reporter}, {r.Period}, partner {r.Partner}, commodity {r.Commodity} have no aggregate row of flow {whole}: the aggregate records hold no figure for them, and these rows are set aside, never added (a figure from them would count only the parts the file has).");
        return ComtradeImportRules.MissingAggregate.At(RowPath.Of(orphan.Element), message).InFile(source, orphan.Line);
    }

    // Within a group: partner (10 bits), total flow (1 bit), revision (3 bits), commodity digits (3 bits) and number (20 bits).
    private static long Key(in TradeRecord record) =>
        ((long)record.Partner.Value << 27)
        | ((long)record.Flow.ContainingFlow() << 26)
        | ((long)record.Revision << 23)
        | ((long)record.Commodity.Digits << 20)
        | (uint)record.Commodity.Number;

    private readonly record struct PartRow(long Key, TradeRecord Record, long Line, long Element);

    private record struct Orphan(TradeRecord First, long Line, long Element, long Count);
}
