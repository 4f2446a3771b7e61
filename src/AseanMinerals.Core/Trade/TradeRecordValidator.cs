using System.Globalization;
using System.Runtime.CompilerServices;
using AseanMinerals.Core.Concordance;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.TradeSources;
using AseanMinerals.Core.Validation;
using NodaTime;

namespace AseanMinerals.Core.Trade;

/// <summary>
/// Checks trade records against <see cref="TradeRules"/>, collecting every issue with its code and the path of the
/// offending member (<c>records[3].partner</c>). Nothing is dropped or changed: the caller decides what to set aside.
/// </summary>
/// <example>
/// <code>
/// var result = new TradeRecordValidator(SystemClock.Instance).Validate(records);
/// foreach (var issue in result.Issues) Console.WriteLine(issue);
/// </code>
/// </example>
public sealed class TradeRecordValidator
{
    private readonly IClock _clock;
    private readonly TradeAreaCatalog _areas;
    private readonly HsNomenclature _nomenclature;

    /// <summary>Creates a validator that judges codes against the library's reference data and nomenclature.</summary>
    /// <param name="clock">The clock that says what "today" is (UTC), for the periods in the future.</param>
    public TradeRecordValidator(IClock clock)
        : this(clock, TradeAreaCatalog.Default, HsNomenclature.Default)
    {
    }

    /// <summary>Creates a validator with its own catalogue of areas and nomenclature.</summary>
    /// <param name="clock">The clock that says what "today" is (UTC).</param>
    /// <param name="tradeAreas">The known reporter and partner areas (for example <see cref="ReferenceData.ReferenceDataSet.CreateTradeAreaCatalog"/>).</param>
    /// <param name="nomenclature">The HS chapters of each edition.</param>
    public TradeRecordValidator(IClock clock, TradeAreaCatalog tradeAreas, HsNomenclature nomenclature)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(tradeAreas);
        ArgumentNullException.ThrowIfNull(nomenclature);
        _clock = clock;
        _areas = tradeAreas;
        _nomenclature = nomenclature;
    }

    /// <summary>
    /// The guard that remembers the keys of every source <see cref="ValidateAsync"/> reads with this validator, so that a key
    /// an earlier source gave is a duplicate too (AMC2009, naming the place of the first: <c>a.jsonl:1</c>), as it is for
    /// whatever adds the records of several files; null (the default) checks each source on its own. Only its memory of
    /// keys is used, not its rule.
    /// </summary>
    public DuplicateTradeGuard? Duplicates { get; init; }

    /// <summary>
    /// Checks a list of records, including duplicates among them. Duplicates are found by a <see cref="DuplicateTradeGuard"/>
    /// (the one mechanism for them), in memory that grows with the keys (about 8 bytes a key for records grouped by period
    /// and reporter); <see cref="ValidateRecord"/> needs none.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="path">The path of the list, which each issue's path starts with.</param>
    /// <returns>Every issue found, in record order.</returns>
    public ValidationResult Validate(IEnumerable<TradeRecord> records, string path = "records")
    {
        ArgumentNullException.ThrowIfNull(records);
        var today = Today();
        var issues = new List<ValidationIssue>();
        var keys = new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        long index = 0;
        foreach (var record in records)
        {
            var recordPath = new RecordPath(path, index);
            Check(record, recordPath, today, issues);
            if (!keys.TryAdmit(record, TradePlace.Record(path, index), out var first))
            {
                issues.Add(TradeRules.DuplicateRecord.At(
                    recordPath.ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"The record {record} has the same key as {path}[{first.Number}] (period, reporter, partner, flow, commodity, breakdown).")));
            }

            index++;
        }

        return new ValidationResult(issues);
    }

    /// <summary>
    /// Reads a trade source to its end and checks every record as it streams by, in bounded memory: nothing is kept of a
    /// record but its key (for duplicates, through a <see cref="DuplicateTradeGuard"/>: about 8 bytes a key in grouped files), and only the first <paramref name="maxIssues"/>
    /// issues are listed, the rest counted by rule. Each issue names the source and the record's line; its path is the
    /// member's (<c>partner</c>). The result is the source's own summary with the record issues merged in, by line.
    /// </summary>
    /// <param name="source">The source; read with its own options (collect its bad rows to see them all).</param>
    /// <param name="maxIssues">The most issues listed (the source's and the records', together).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The summary of the source, with the record issues in <see cref="TradeSourceSummary.Issues"/>, <see cref="TradeSourceSummary.IssuesByRule"/> and <see cref="TradeSourceSummary.IssuesNotListed"/>.</returns>
    /// <exception cref="ValidationException">The source stops at a bad row (its options say stop) or cannot be read at all.</exception>
    public async Task<TradeSourceSummary> ValidateAsync(ITradeRecordSource source, int maxIssues = 1_000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIssues);
        var today = Today();
        var found = new List<ValidationIssue>();
        var kept = new List<ValidationIssue>();
        var byRule = new Dictionary<string, long>(StringComparer.Ordinal);
        long notListed = 0;
        var keys = Duplicates ?? new DuplicateTradeGuard(DuplicateTradeRule.KeepFirst);
        var recordPath = new RecordPath(string.Empty, -1);
        await foreach (var record in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var line = source.CurrentLine;
            Check(record, recordPath, today, found);
            if (!keys.TryAdmit(record, new TradePlace(source.SourceName, line), out var first))
            {
                var where = first.Source == source.SourceName ? $"the record of line {first.Number}" : $"the record of {first}";
                found.Add(TradeRules.DuplicateRecord.At(
                    string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"The record {record} has the same key as {where} (period, reporter, partner, flow, commodity, breakdown).")));
            }

            foreach (var issue in found)
            {
                byRule[issue.Code] = byRule.GetValueOrDefault(issue.Code) + 1;
                if (kept.Count < maxIssues)
                {
                    kept.Add(issue.InFile(source.SourceName, line));
                }
                else
                {
                    notListed++;
                }
            }

            found.Clear();
        }

        var summary = source.Summary;
        var merged = summary.Issues.Issues.Concat(kept).OrderBy(static i => i.Line ?? long.MaxValue).ToList();
        foreach (var (code, count) in summary.IssuesByRule)
        {
            byRule[code] = byRule.GetValueOrDefault(code) + count;
        }

        return summary with
        {
            Issues = new ValidationResult(merged.Take(maxIssues)),
            IssuesNotListed = summary.IssuesNotListed + notListed + Math.Max(0, merged.Count - maxIssues),
            IssuesByRule = byRule,
        };
    }

    /// <summary>Checks one record on its own (duplicates need <see cref="Validate(IEnumerable{TradeRecord}, string)"/>).</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">The path of the record.</param>
    /// <returns>Every issue found.</returns>
    public ValidationResult ValidateRecord(TradeRecord record, string path = "")
    {
        var issues = new List<ValidationIssue>();
        Check(record, new RecordPath(path, -1), Today(), issues);
        return new ValidationResult(issues);
    }

    /// <summary>Checks the text of an HS code as a reader finds it (rule AMC2005), before it becomes an <see cref="HsCode"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">The path of the member that holds it.</param>
    /// <param name="code">The code, when well formed.</param>
    /// <returns>Null when well formed; otherwise the issue.</returns>
    public static ValidationIssue? CheckHsCodeText(string? text, string path, out HsCode code)
    {
        if (text is not null && HsCode.TryParse(text, out code))
        {
            return null;
        }

        code = default;
        return TradeRules.MalformedHsCode.At(path, $"'{text}' is not an HS code: TOTAL, or 2, 4 or 6 digits of a chapter from 01 to 99.");
    }

    /// <summary>
    /// The one check of rule AMC2001 that every trade reader applies to a record it has read (JSON Lines, Parquet, Arrow,
    /// Comtrade files) and the cube builder to a record it is given: a negative trade value, once added, would turn a
    /// total or a share into a wrong number. Null when the value is not negative (-0 is zero).
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="path">The path of its value member, in the reader's style (<c>$.value</c>, <c>primaryValue</c>).</param>
    /// <returns>The issue, without its file and line (the reader adds them), or null.</returns>
    internal static ValidationIssue? CheckValue(in TradeRecord record, string path) =>
        IsNegative(record.Value) ? NegativeValue(record.Value, path) : null;

    // The sign bit first (a flag test, on every record of a reader), then the comparison that tells -0 from a negative.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsNegative(decimal value) => decimal.IsNegative(value) && value < 0;

    private static ValidationIssue NegativeValue(decimal value, string path) =>
        TradeRules.NegativeValue.At(path, string.Create(CultureInfo.InvariantCulture, $"The trade value {value} is negative."));

    private LocalDate Today() => _clock.GetCurrentInstant().InUtc().Date;

    private void Check(TradeRecord record, RecordPath path, LocalDate today, List<ValidationIssue> issues)
    {
        if (IsNegative(record.Value))
        {
            issues.Add(NegativeValue(record.Value, path.Member("value")));
        }

        CheckMeasure(record.NetWeightKg, path, "netWeightKg", "net weight", issues);
        CheckMeasure(record.Quantity, path, "quantity", "quantity", issues);
        CheckArea(record.Reporter, path, "reporter", issues);
        CheckArea(record.Partner, path, "partner", issues);
        if (record.Reporter == record.Partner)
        {
            issues.Add(TradeRules.ReporterIsPartner.At(path.Member("partner"), $"The partner {record.Partner} is the reporter itself: Comtrade records re-imports of a country's own goods this way (part of its World total)."));
        }

        if (!_nomenclature.Exists(record.Commodity, record.Revision))
        {
            var edition = record.Revision == HsRevision.AsReported ? "any HS edition" : $"HS edition {record.Revision.ToComtradeCode()}";
            issues.Add(TradeRules.HsCodeNotInRevision.At(path.Member("commodity"), $"The HS code {record.Commodity} is in chapter {record.Commodity.Chapter:D2}, which {edition} does not have."));
        }
        else if (record.Revision != HsRevision.AsReported && !HsCorrelationTables.Default.Exists(record.Commodity, record.Revision) && record.Commodity.Chapter != 99)
        {
            var description = HsCorrelationTables.Default.Describe(record.Commodity) is { } text && record.Revision != HsRevision.Hs2022 ? $" (in HS 2022: {text})" : string.Empty;
            issues.Add(TradeRules.HsCodeNotInEdition.At(path.Member("commodity"), $"The HS code {record.Commodity} is not a code of {record.Revision.ToComtradeCode()}{description}: it is kept, and a conversion to another edition leaves it unconverted."));
        }

        if (record.Period.Start > today)
        {
            issues.Add(TradeRules.PeriodInFuture.At(path.Member("period"), $"The period {record.Period} starts after today ({today:uuuu-MM-dd})."));
        }
        else if (record.Period.End >= today)
        {
            issues.Add(TradeRules.PeriodNotEnded.At(path.Member("period"), $"The period {record.Period} has not ended (today is {today:uuuu-MM-dd}): its figures are partial."));
        }
    }

    private void CheckArea(AreaCode code, RecordPath path, string role, List<ValidationIssue> issues)
    {
        if (!_areas.Contains(code))
        {
            issues.Add(TradeRules.UnknownArea.At(path.Member(role), $"The {role} code {code} is not in the trade-area catalogue; the record is kept as it is."));
        }
    }

    private static void CheckMeasure(double? value, RecordPath path, string member, string what, List<ValidationIssue> issues)
    {
        if (value is { } v && (!double.IsFinite(v) || v < 0))
        {
            issues.Add(TradeRules.InvalidMeasure.At(path.Member(member), string.Create(CultureInfo.InvariantCulture, $"The {what} {v} is not a finite number of at least 0.")));
        }
    }

    /// <summary>
    /// The path of a record (<c>records[3]</c>, or the caller's own when <paramref name="Index"/> is -1), made into text
    /// only when an issue needs it: most records have none, and a million paths built up front cost more than the checks.
    /// </summary>
    private readonly record struct RecordPath(string List, long Index)
    {
        public override string ToString() => Index < 0 ? List : string.Create(CultureInfo.InvariantCulture, $"{List}[{Index}]");

        public string Member(string member)
        {
            var record = ToString();
            return record.Length == 0 ? member : record + "." + member;
        }
    }

}
