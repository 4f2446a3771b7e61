using System.Globalization;
using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade;

/// <summary>
/// What an import read and what became of every row: <see cref="RowsRead"/> = <see cref="Records"/> +
/// <see cref="SetAside"/> + <see cref="Rejected"/> (<see cref="IsReconciled"/>), with the reasons counted.
/// </summary>
public sealed record ComtradeImportSummary
{
    /// <summary>The file or stream name the import read.</summary>
    public required string Source { get; init; }

    /// <summary>The format read (the detected one when the options asked for detection).</summary>
    public ComtradeFormat Format { get; init; }

    /// <summary>How the text was decoded.</summary>
    public ComtradeTextEncoding Encoding { get; init; }

    /// <summary>True once the whole input was read; false while the import runs or after it stopped early.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Data rows read (the header and blank lines are not rows; a JSON response has one row per element of <c>data</c>).</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows yielded as trade records.</summary>
    public long Records { get; init; }

    /// <summary>Rows read well but not yielded, because summing them with the records would count dollars twice.</summary>
    public long SetAside { get; init; }

    /// <summary>Rows that could not be read, each listed in <see cref="Issues"/> (up to the limit) with its line and rule.</summary>
    public long Rejected { get; init; }

    /// <summary>Of <see cref="SetAside"/>, how many for each reason.</summary>
    public IReadOnlyDictionary<ComtradeSetAsideReason, long> SetAsideByReason { get; init; } = new Dictionary<ComtradeSetAsideReason, long>();

    /// <summary>Of <see cref="Rejected"/>, how many for each rule code (<c>AMC5004</c>: bad number, ...).</summary>
    public IReadOnlyDictionary<string, long> RejectedByRule { get; init; } = new Dictionary<string, long>();

    /// <summary>Of <see cref="Records"/>, the breakdown rows yielded because <see cref="ComtradeImportOptions.IncludeBreakdowns"/> was set.</summary>
    public long BreakdownRecords { get; init; }

    /// <summary>Of <see cref="Records"/>, the subset-flow rows yielded because <see cref="ComtradeImportOptions.IncludeSubsetFlows"/> was set.</summary>
    public long SubsetFlowRecords { get; init; }

    /// <summary>
    /// Of <see cref="Records"/>, how many have a partner of each kind in the catalogue: countries, the World, special
    /// partners (bunkers, free zones, special categories), "nes" areas, groups, former entities.
    /// </summary>
    public IReadOnlyDictionary<TradeAreaKind, long> RecordsByPartnerKind { get; init; } = new Dictionary<TradeAreaKind, long>();

    /// <summary>Of <see cref="Records"/>, how many have a partner code the catalogue does not know (kept as a plain code).</summary>
    public long RecordsWithUnknownPartner { get; init; }

    /// <summary>Reporter and partner codes met that the catalogue does not know, in the order met; each was kept as it is.</summary>
    public IReadOnlyList<AreaCode> UnknownAreaCodes { get; init; } = [];

    /// <summary>Blank lines skipped in a CSV file (they hold no data and are not rows).</summary>
    public long BlankLines { get; init; }

    /// <summary>Bytes of the file read (compressed bytes for a gzip file).</summary>
    public long BytesRead { get; init; }

    /// <summary>The issues found: rejected rows (errors), unknown codes and missing aggregates (warnings), notes (information).</summary>
    public ValidationResult Issues { get; init; } = ValidationResult.Success;

    /// <summary>Issues found beyond <see cref="ComtradeImportOptions.MaxIssues"/>: counted in <see cref="IssuesByRule"/>, not listed.</summary>
    public long IssuesNotListed { get; init; }

    /// <summary>Every issue found, listed or not, counted by rule code.</summary>
    public IReadOnlyDictionary<string, long> IssuesByRule { get; init; } = new Dictionary<string, long>();

    /// <summary>True when every row read is accounted for: <see cref="RowsRead"/> = <see cref="Records"/> + <see cref="SetAside"/> + <see cref="Rejected"/>.</summary>
    public bool IsReconciled => RowsRead == Records + SetAside + Rejected;

    /// <summary>One line for logs and consoles: <c>file (format, encoding): N rows read = N records + N set aside (...) + N rejected</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Source} ({Format}, {Encoding}): {RowsRead:N0} rows read = {Records:N0} records + {SetAside:N0} set aside");
        if (SetAside > 0)
        {
            text.Append(" (").AppendJoin(", ", SetAsideByReason.Where(static p => p.Value > 0).Select(static p => string.Create(CultureInfo.InvariantCulture, $"{p.Value:N0} {p.Key}"))).Append(')');
        }

        text.Append(CultureInfo.InvariantCulture, $" + {Rejected:N0} rejected");
        if (Rejected > 0)
        {
            text.Append(" (").AppendJoin(", ", RejectedByRule.Select(static p => string.Create(CultureInfo.InvariantCulture, $"{p.Value:N0} {p.Key}"))).Append(')');
        }

        if (!IsComplete)
        {
            text.Append(" [incomplete]");
        }

        return text.ToString();
    }
}
