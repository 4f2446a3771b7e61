using AseanMinerals.Core.Validation;

namespace AseanMinerals.Cli.Input;

/// <summary>What became of every row of one input file: rows read = records + set aside + rejected.</summary>
/// <param name="File">The file as named on the command line.</param>
/// <param name="Format">The format read (JSON Lines, or the Comtrade format detected).</param>
/// <param name="RowsRead">Data rows (or non-blank lines) read.</param>
/// <param name="Records">Rows that became trade records.</param>
/// <param name="SetAside">Rows read well but not added (breakdowns, subset flows): adding them would count dollars twice.</param>
/// <param name="Rejected">Rows that could not be read.</param>
/// <param name="SetAsideByReason">The set-aside rows by reason.</param>
/// <param name="RejectedByRule">The rejected rows by rule code.</param>
/// <param name="Issues">The issues the reader listed (rejected rows, warnings), each with its file and line.</param>
internal sealed record InputSummary(
    string File,
    string Format,
    long RowsRead,
    long Records,
    long SetAside,
    long Rejected,
    IReadOnlyDictionary<string, long> SetAsideByReason,
    IReadOnlyDictionary<string, long> RejectedByRule,
    IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>True when every row read is accounted for.</summary>
    public bool IsReconciled => RowsRead == Records + SetAside + Rejected;

    /// <summary>One line: <c>file (format): N rows read = N records + N set aside (...) + N rejected (...)</c>.</summary>
    public override string ToString()
    {
        var text = $"{File} ({Format}): {RowsRead:N0} rows read = {Records:N0} records + {SetAside:N0} set aside{Detail(SetAsideByReason)} + {Rejected:N0} rejected{Detail(RejectedByRule)}";
        return text;

        static string Detail(IReadOnlyDictionary<string, long> counts) =>
            counts.Count == 0 ? string.Empty : " (" + string.Join(", ", counts.Select(static p => $"{p.Value:N0} {p.Key}")) + ")";
    }
}
