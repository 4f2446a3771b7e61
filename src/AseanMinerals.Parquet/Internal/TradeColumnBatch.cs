using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Parquet.Internal;

/// <summary>
/// One batch of trade columns (a Parquet row group, an Arrow record batch): the cells of each column of
/// <see cref="TradeParquetColumns.All"/> that is read, null where the file lacks the column (then null in every row).
/// <see cref="TryGet"/> makes a row a record or an issue naming the column (or the trade rule a record breaks), the same for every columnar format, by
/// applying the columns' cells in the table's order.
/// </summary>
internal sealed class TradeColumnBatch(int count, Array?[] cells)
{
    public int Count => count;

    /// <summary>The cell of another column in a row (null when the file lacks it), for a member spread over several columns.</summary>
    public T Cell<T>(int column, int row) => cells[column] is T[] values ? values[row] : default!;

    public bool TryGet(int row, out TradeRecord record, out ValidationIssue? issue)
    {
        record = default;
        issue = null;
        var columns = TradeParquetColumns.All;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Read is { } read && !read.TryApply(this, cells[c], row, ref record, out var fault))
            {
                issue = JsonRules.InvalidValue.At("$." + fault!.Column, $"The column '{fault.Column}' holds {fault.Shown}; expected {fault.Expected}.");
                return false;
            }
        }

        // A cell that is a record but breaks a trade rule (AMC2001, a negative value) is rejected like a bad cell.
        issue = TradeRecordValidator.CheckValue(record, "$.value");
        return issue is null;
    }
}
