using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.TradeSources;

/// <summary>
/// The running counts of one reading of a trade source, turned into a <see cref="TradeSourceSummary"/> on demand. Every
/// reader counts through one of these, so that every summary reconciles the same way and lists issues within the same
/// bound: the first <see cref="TradeSourceOptions.MaxIssues"/> are kept, the rest counted by rule.
/// </summary>
internal sealed class TradeSourceTally(string source, string format, TradeSourceOptions options)
{
    private readonly long[] _setAside = new long[Enum.GetValues<TradeSetAsideReason>().Length];
    private readonly long[] _byPartnerKind = new long[Enum.GetValues<TradeAreaKind>().Length];
    private readonly TradeAreaCatalog _areas = options.TradeAreas ?? TradeAreaCatalog.Default;
    private readonly Dictionary<string, long> _rejectedByRule = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _issuesByRule = new(StringComparer.Ordinal);
    private readonly List<ValidationIssue> _issues = [];
    private readonly List<AreaCode> _unknownAreas = [];
    private readonly bool[] _unknownAreaSeen = new bool[1000];
    private readonly TradeCubeFilter.Compiled? _question = options.Question?.Compile(MineralsClassification.DefaultClassifier);
    private readonly sbyte[] _kindByCode = KindsByCode(options.TradeAreas ?? TradeAreaCatalog.Default);
    private readonly bool[] _flowFamilyOutside = FlowFamiliesOutside(options.Question);
    private long _issuesNotListed;
    private int _rowsUntilProgress = options.ProgressInterval;

    public string Source => source;

    public TradeAreaCatalog Areas => _areas;

    public string Format { get; set; } = format;

    public TradeTextEncoding Encoding { get; set; }

    public bool IsComplete { get; set; }

    public long RowsRead { get; set; }

    /// <summary>
    /// Counts a row read and reports progress every <see cref="TradeSourceOptions.ProgressInterval"/> rows: a countdown, not
    /// a 64-bit division a row on the readers' hot path.
    /// </summary>
    public void CountRowRead()
    {
        RowsRead++;
        if (--_rowsUntilProgress == 0)
        {
            _rowsUntilProgress = options.ProgressInterval;
            options.Progress?.Report(Progress());
        }
    }

    public long Records { get; private set; }

    public long Rejected { get; private set; }

    public long BlankLines { get; set; }

    public Func<long> BytesRead { get; set; } = static () => 0;

    public long? TotalBytes { get; set; }

    /// <summary>The line where the record last handed out starts (<see cref="ITradeRecordSource.CurrentLine"/>).</summary>
    public long CurrentLine { get; set; }

    public long BreakdownRecords { get; private set; }

    public long SubsetFlowRecords { get; private set; }

    public long RecordsWithUnknownPartner { get; private set; }

    /// <summary>
    /// Counts a record read well: set aside when it is outside the options' question (then false: it is not handed out),
    /// otherwise counted as handed out (true).
    /// </summary>
    public bool CountRecordInQuestion(in TradeRecord record)
    {
        if (_question is not null && !_question.AdmitsRecord(record, CubeKey.PeriodCode(record.Period)))
        {
            CountSetAside(TradeSetAsideReason.OutsideQuestion);
            return false;
        }

        CountRecord(record);
        return true;
    }

    /// <summary>
    /// Sets a row aside as outside the question as soon as its period, reporter and flow are read, before the rest of it is
    /// checked (the early way out readers may take; <see cref="CountRecordInQuestion"/> still decides every row read in
    /// full): true when it is outside, then counted as <see cref="TradeSetAsideReason.OutsideQuestion"/>. A flow counts as
    /// outside here only when the question holds no flow of its family (the total flow and its parts): a reader that
    /// checks parts against their whole still sees the wholes of the parts it keeps.
    /// </summary>
    public bool SetAsideOutsideQuestion(TradePeriod period, AreaCode reporter, TradeFlow flow)
    {
        if (!IsOutsideQuestion(period, reporter, flow))
        {
            return false;
        }

        CountSetAside(TradeSetAsideReason.OutsideQuestion);
        return true;
    }

    /// <summary>Whether the options ask a question (<see cref="TradeSourceOptions.Question"/>).</summary>
    public bool HasQuestion => _question is not null;

    /// <summary>
    /// Whether a record read as far as its period, reporter and flow is outside the options' question by the early rule of
    /// <see cref="SetAsideOutsideQuestion"/> (a reader then counts it set aside, <see cref="TradeSetAsideReason.OutsideQuestion"/>).
    /// </summary>
    public bool IsOutsideQuestion(in TradeRecord record) => IsOutsideQuestion(record.Period, record.Reporter, record.Flow);

    // The one early rule: outside by period or reporter, or by a flow whose whole family the question leaves out.
    private bool IsOutsideQuestion(TradePeriod period, AreaCode reporter, TradeFlow flow) =>
        _question is not null && (!_question.AdmitsPeriodAndReporter(CubeKey.PeriodCode(period), reporter) || _flowFamilyOutside[(int)flow]);

    /// <summary>Counts a record handed out, by breakdown, flow and partner kind.</summary>
    public void CountRecord(in TradeRecord record)
    {
        Records++;
        if (!record.Breakdown.IsTotal)
        {
            BreakdownRecords++;
        }

        if (!record.Flow.IsTotal())
        {
            SubsetFlowRecords++;
        }

        if (_kindByCode[record.Partner.Value] is var kind and >= 0)
        {
            _byPartnerKind[kind]++;
        }
        else
        {
            RecordsWithUnknownPartner++;
        }
    }

    public void CountSetAside(TradeSetAsideReason reason) => _setAside[(int)reason]++;

    public long RowsSkippedUnread { get; private set; }

    public long FilesSkipped { get; private set; }

    public long RowGroupsSkipped { get; private set; }

    /// <summary>
    /// Counts the rows of a whole file or row group skipped unread because it lies outside the question (its row count from
    /// metadata): read and set aside as <see cref="TradeSetAsideReason.OutsideQuestion"/>, so that the summary still reconciles.
    /// </summary>
    public void CountSkippedOutsideQuestion(long rows, bool wholeFile)
    {
        RowsRead += rows;
        _setAside[(int)TradeSetAsideReason.OutsideQuestion] += rows;
        RowsSkippedUnread += rows;
        if (wholeFile)
        {
            FilesSkipped++;
        }
        else
        {
            RowGroupsSkipped++;
        }
    }

    public void CountRejected(ValidationIssue issue)
    {
        Rejected++;
        _rejectedByRule[issue.Code] = _rejectedByRule.GetValueOrDefault(issue.Code) + 1;
        Add(issue);
    }

    /// <summary>True the first time an unknown area code is met (the caller then warns once, at its first line).</summary>
    public bool FirstSightOfUnknownArea(AreaCode code)
    {
        if (_unknownAreaSeen[code.Value])
        {
            return false;
        }

        _unknownAreaSeen[code.Value] = true;
        _unknownAreas.Add(code);
        return true;
    }

    public void Add(ValidationIssue issue)
    {
        _issuesByRule[issue.Code] = _issuesByRule.GetValueOrDefault(issue.Code) + 1;
        if (_issues.Count < options.MaxIssues)
        {
            _issues.Add(issue);
        }
        else
        {
            _issuesNotListed++;
        }
    }

    /// <summary>Records an error that stops the reading, and makes the exception that says so.</summary>
    public ValidationException Fail(ValidationIssue issue)
    {
        Add(issue);
        return new ValidationException(new ValidationResult([issue]));
    }

    /// <summary>Rejects a row: with <see cref="InvalidRowHandling.Stop"/>, the exception to throw; otherwise null.</summary>
    public ValidationException? Reject(ValidationIssue issue)
    {
        CountRejected(issue);
        return options.OnInvalidRow == InvalidRowHandling.Stop ? new ValidationException(new ValidationResult([issue])) : null;
    }

    public TradeSourceProgress Progress() => new(RowsRead, BytesRead(), TotalBytes);

    // The kind of each area code's area, -1 where the catalogue does not know the code: one load a record.
    private static sbyte[] KindsByCode(TradeAreaCatalog areas)
    {
        var kinds = new sbyte[1000];
        for (var code = 0; code < kinds.Length; code++)
        {
            kinds[code] = areas.KindOf(new AreaCode(code)) is { } kind ? (sbyte)kind : (sbyte)-1;
        }

        return kinds;
    }

    // For each flow, whether the question holds no flow of its family (so that none of the family's rows is needed).
    private static bool[] FlowFamiliesOutside(TradeCubeFilter? question)
    {
        var outside = new bool[16]; // as the question's flow mask: room for every flow
        if (question?.Flows is { } flows)
        {
            foreach (var flow in Enum.GetValues<TradeFlow>())
            {
                outside[(int)flow] = !flows.Any(f => f.ContainingFlow() == flow.ContainingFlow());
            }
        }

        return outside;
    }

    public TradeSourceSummary Snapshot() => new()
    {
        Source = source,
        Format = Format,
        Encoding = Encoding,
        IsComplete = IsComplete,
        RowsRead = RowsRead,
        Records = Records,
        SetAside = _setAside.Sum(),
        Rejected = Rejected,
        SetAsideByReason = Enum.GetValues<TradeSetAsideReason>().ToDictionary(static r => r, r => _setAside[(int)r]),
        RejectedByRule = new Dictionary<string, long>(_rejectedByRule, StringComparer.Ordinal),
        BreakdownRecords = BreakdownRecords,
        SubsetFlowRecords = SubsetFlowRecords,
        RecordsByPartnerKind = Enum.GetValues<TradeAreaKind>().Where(k => _byPartnerKind[(int)k] > 0).ToDictionary(static k => k, k => _byPartnerKind[(int)k]),
        RecordsWithUnknownPartner = RecordsWithUnknownPartner,
        UnknownAreaCodes = [.. _unknownAreas],
        BlankLines = BlankLines,
        RowsSkippedUnread = RowsSkippedUnread,
        FilesSkipped = FilesSkipped,
        RowGroupsSkipped = RowGroupsSkipped,
        BytesRead = BytesRead(),
        Issues = new ValidationResult(_issues),
        IssuesNotListed = _issuesNotListed,
        IssuesByRule = new Dictionary<string, long>(_issuesByRule, StringComparer.Ordinal),
    };
}
