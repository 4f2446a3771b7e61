using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>The running counts of one import, turned into a <see cref="ComtradeImportSummary"/> on demand.</summary>
internal sealed class ImportTally(string source, ComtradeImportOptions options)
{
    private readonly long[] _setAside = new long[Enum.GetValues<ComtradeSetAsideReason>().Length];
    private readonly long[] _byPartnerKind = new long[Enum.GetValues<TradeAreaKind>().Length];
    private readonly Dictionary<string, long> _rejectedByRule = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _issuesByRule = new(StringComparer.Ordinal);
    private readonly List<ValidationIssue> _issues = [];
    private readonly List<AreaCode> _unknownAreas = [];
    private readonly bool[] _unknownAreaSeen = new bool[1000];
    private long _issuesNotListed;

    public string Source => source;

    public ComtradeFormat Format { get; set; } = options.Format;

    public ComtradeTextEncoding Encoding { get; set; }

    public bool IsComplete { get; set; }

    public long RowsRead { get; set; }

    public long Records { get; private set; }

    public long Rejected { get; private set; }

    public long BreakdownRecords { get; private set; }

    public long SubsetFlowRecords { get; private set; }

    public long RecordsWithUnknownPartner { get; private set; }

    public long BlankLines { get; set; }

    public Func<long> BytesRead { get; set; } = static () => 0;

    public void CountRecord(bool breakdown, bool subsetFlow, TradeArea? partner)
    {
        Records++;
        if (breakdown)
        {
            BreakdownRecords++;
        }

        if (subsetFlow)
        {
            SubsetFlowRecords++;
        }

        if (partner is null)
        {
            RecordsWithUnknownPartner++;
        }
        else
        {
            _byPartnerKind[(int)partner.Kind]++;
        }
    }

    public void CountSetAside(ComtradeSetAsideReason reason) => _setAside[(int)reason]++;

    public void CountRejected(ValidationIssue issue)
    {
        Rejected++;
        _rejectedByRule[issue.Code] = _rejectedByRule.GetValueOrDefault(issue.Code) + 1;
        Add(issue);
    }

    /// <summary>Notes an area code the catalogue does not know: one warning per code, at its first line.</summary>
    public void UnknownArea(AreaCode code, string column, string? source, long line, string path)
    {
        if (_unknownAreaSeen[code.Value])
        {
            return;
        }

        _unknownAreaSeen[code.Value] = true;
        _unknownAreas.Add(code);
        Add(ComtradeImportRules.UnknownAreaCode.At(path, $"{column} {code} is not in the trade-area catalogue; it is kept as the plain code {code} (first seen here).").InFile(source, line));
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

    /// <summary>Records an error that stops the import, and makes the exception that says so.</summary>
    public ValidationException Fail(ValidationIssue issue)
    {
        Add(issue);
        return new ValidationException(new ValidationResult([issue]));
    }

    public ComtradeImportProgress Progress(long? totalBytes) => new(RowsRead, BytesRead(), totalBytes);

    public ComtradeImportSummary Snapshot() => new()
    {
        Source = source,
        Format = Format,
        Encoding = Encoding,
        IsComplete = IsComplete,
        RowsRead = RowsRead,
        Records = Records,
        SetAside = _setAside.Sum(),
        Rejected = Rejected,
        SetAsideByReason = Enum.GetValues<ComtradeSetAsideReason>().ToDictionary(static r => r, r => _setAside[(int)r]),
        RejectedByRule = new Dictionary<string, long>(_rejectedByRule, StringComparer.Ordinal),
        BreakdownRecords = BreakdownRecords,
        SubsetFlowRecords = SubsetFlowRecords,
        RecordsByPartnerKind = Enum.GetValues<TradeAreaKind>().Where(k => _byPartnerKind[(int)k] > 0).ToDictionary(static k => k, k => _byPartnerKind[(int)k]),
        RecordsWithUnknownPartner = RecordsWithUnknownPartner,
        UnknownAreaCodes = [.. _unknownAreas],
        BlankLines = BlankLines,
        BytesRead = BytesRead(),
        Issues = new ValidationResult(_issues),
        IssuesNotListed = _issuesNotListed,
        IssuesByRule = new Dictionary<string, long>(_issuesByRule, StringComparer.Ordinal),
    };
}
