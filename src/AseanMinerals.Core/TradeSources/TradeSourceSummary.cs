using System.Globalization;
using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.TradeSources;

/// <summary>
/// What a trade source read and what became of every row: <see cref="RowsRead"/> = <see cref="Records"/> +
/// <see cref="SetAside"/> + <see cref="Rejected"/> (<see cref="IsReconciled"/>), with the reasons counted and the first
/// issues listed with their file, line and path.
/// </summary>
public sealed record TradeSourceSummary
{
    /// <summary>The file or stream name the source read.</summary>
    public required string Source { get; init; }

    /// <summary>The format read, in words (<c>JSON Lines</c>, <c>ComtradePlusCsv</c>...: the detected one where the reader detects it).</summary>
    public required string Format { get; init; }

    /// <summary>How the text was decoded.</summary>
    public TradeTextEncoding Encoding { get; init; }

    /// <summary>True once the whole input was read; false while the reading runs or after it stopped early.</summary>
    public bool IsComplete { get; init; }

    /// <summary>Data rows read: non-blank lines of JSON Lines, data rows of a CSV file (not its header), elements of a JSON response's <c>data</c>.</summary>
    public long RowsRead { get; init; }

    /// <summary>Rows yielded as trade records.</summary>
    public long Records { get; init; }

    /// <summary>
    /// Of <see cref="Records"/>, how many were left out as duplicates of a record before them (the same key, in this source
    /// or an earlier one, under <see cref="Trade.DuplicateTradeRule.KeepFirst"/>), so never added: 0 from a reader, set by
    /// whatever guards the records (<see cref="Trade.DuplicateTradeGuard"/>) with <c>summary with { DuplicatesLeftOut = n }</c>.
    /// The records added are <see cref="Records"/> - <see cref="DuplicatesLeftOut"/>.
    /// </summary>
    public long DuplicatesLeftOut { get; init; }

    /// <summary>Rows read well but not yielded, because summing them with the records would count dollars twice.</summary>
    public long SetAside { get; init; }

    /// <summary>Rows that could not be read, each counted in <see cref="RejectedByRule"/> and listed in <see cref="Issues"/> (up to the limit).</summary>
    public long Rejected { get; init; }

    /// <summary>Of <see cref="SetAside"/>, how many for each reason (every reason, with 0 where none).</summary>
    public IReadOnlyDictionary<TradeSetAsideReason, long> SetAsideByReason { get; init; } = new Dictionary<TradeSetAsideReason, long>();

    /// <summary>Of <see cref="Rejected"/>, how many for each rule code (<c>AMC4001</c>: not well-formed JSON, <c>AMC5004</c>: bad number, ...).</summary>
    public IReadOnlyDictionary<string, long> RejectedByRule { get; init; } = new Dictionary<string, long>();

    /// <summary>Of <see cref="Records"/>, the breakdown rows (by second partner, customs procedure or mode of transport).</summary>
    public long BreakdownRecords { get; init; }

    /// <summary>Of <see cref="Records"/>, the rows of subset flows (re-exports, re-imports, ...).</summary>
    public long SubsetFlowRecords { get; init; }

    /// <summary>
    /// Of <see cref="Records"/>, how many have a partner of each kind in the catalogue: countries, the World, special
    /// partners (bunkers, free zones, special categories), "nes" areas, groups, former entities.
    /// </summary>
    public IReadOnlyDictionary<TradeAreaKind, long> RecordsByPartnerKind { get; init; } = new Dictionary<TradeAreaKind, long>();

    /// <summary>Of <see cref="Records"/>, how many have a partner code the catalogue does not know (kept as a plain code).</summary>
    public long RecordsWithUnknownPartner { get; init; }

    /// <summary>Reporter and partner codes met that the catalogue does not know, in the order met (readers that check codes as they read).</summary>
    public IReadOnlyList<AreaCode> UnknownAreaCodes { get; init; } = [];

    /// <summary>
    /// Of the rows set aside as <see cref="TradeSetAsideReason.OutsideQuestion"/>, those never decoded: the rows of whole
    /// files and row groups the reader skipped because their partition folders or column statistics lie outside the
    /// question (Parquet datasets), counted from the files' metadata. They count in <see cref="RowsRead"/>, so that the
    /// rows of the input are always <see cref="Records"/> + <see cref="SetAside"/> + <see cref="Rejected"/>.
    /// </summary>
    public long RowsSkippedUnread { get; init; }

    /// <summary>Whole files skipped, unopened but for their metadata, because their partition lies outside the question.</summary>
    public long FilesSkipped { get; init; }

    /// <summary>Row groups skipped in the files read, because their column statistics lie outside the question.</summary>
    public long RowGroupsSkipped { get; init; }

    /// <summary>Blank lines skipped (they hold no data and are not rows; they keep their place in the line numbers).</summary>
    public long BlankLines { get; init; }

    /// <summary>Bytes of the input read (compressed bytes for a gzip file).</summary>
    public long BytesRead { get; init; }

    /// <summary>
    /// The first issues found (up to <see cref="TradeSourceOptions.MaxIssues"/>), each with its file, line and path: rejected
    /// rows (errors), unknown codes and missing aggregates (warnings), notes (information).
    /// </summary>
    public ValidationResult Issues { get; init; } = ValidationResult.Success;

    /// <summary>Issues found beyond <see cref="TradeSourceOptions.MaxIssues"/>: counted in <see cref="IssuesByRule"/>, not listed.</summary>
    public long IssuesNotListed { get; init; }

    /// <summary>Every issue found, listed or not, counted by rule code.</summary>
    public IReadOnlyDictionary<string, long> IssuesByRule { get; init; } = new Dictionary<string, long>();

    /// <summary>True when every row read is accounted for: <see cref="RowsRead"/> = <see cref="Records"/> + <see cref="SetAside"/> + <see cref="Rejected"/>.</summary>
    public bool IsReconciled => RowsRead == Records + SetAside + Rejected;

    /// <summary>One line for logs and consoles: <c>file (format, encoding): N rows read = N records + N set aside (...) + N rejected (...)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Encoding == TradeTextEncoding.Unknown // a binary format (Parquet, Arrow) has no text encoding
        ? string.Create(CultureInfo.InvariantCulture, $"{Source} ({Format}): {DescribeRows()}")
        : string.Create(CultureInfo.InvariantCulture, $"{Source} ({Format}, {Encoding}): {DescribeRows()}");

    /// <summary>
    /// The account of the rows alone, for a line that names the source already: <c>N rows read = N records + N set aside
    /// (N Breakdown) + N rejected (N AMC4001)</c>, the records' duplicates left out among them (<c>N records (N left out as
    /// duplicates of earlier records)</c>), then blank lines and issues not listed where there are any.
    /// </summary>
    /// <returns>The text.</returns>
    public string DescribeRows()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{RowsRead:N0} rows read = {Records:N0} records");
        if (DuplicatesLeftOut > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({DuplicatesLeftOut:N0} left out as duplicates of earlier records)");
        }

        text.Append(CultureInfo.InvariantCulture, $" + {SetAside:N0} set aside");
        if (SetAside > 0)
        {
            text.Append(" (").AppendJoin(", ", SetAsideByReason.Where(static p => p.Value > 0).Select(static p => string.Create(CultureInfo.InvariantCulture, $"{p.Value:N0} {p.Key}"))).Append(')');
        }

        text.Append(CultureInfo.InvariantCulture, $" + {Rejected:N0} rejected");
        if (Rejected > 0)
        {
            text.Append(" (").AppendJoin(", ", RejectedByRule.Select(static p => string.Create(CultureInfo.InvariantCulture, $"{p.Value:N0} {p.Key}"))).Append(')');
        }

        if (RowsSkippedUnread > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; of those outside the question, {RowsSkippedUnread:N0} skipped unread ({FilesSkipped:N0} files, {RowGroupsSkipped:N0} row groups)");
        }

        if (BlankLines > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {BlankLines:N0} blank lines skipped");
        }

        if (IssuesNotListed > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; {IssuesNotListed:N0} more issues counted, not listed");
        }

        if (!IsComplete)
        {
            text.Append(" [incomplete]");
        }

        return text.ToString();
    }
}
