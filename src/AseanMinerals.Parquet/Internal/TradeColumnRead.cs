using Apache.Arrow;
using AseanMinerals.Core.Trade;
using Parquet;
using Parquet.Schema;
using Array = System.Array;

namespace AseanMinerals.Parquet.Internal;

/// <summary>
/// A bad cell: the column to name, the cell as the issue quotes it, and what the column expects. The one place that words
/// it as an issue is <see cref="TradeColumnBatch.TryGet"/>.
/// </summary>
internal sealed record TradeCellFault(string Column, string Shown, string Expected);

/// <summary>What a cell does to the record of its row: sets its member, or says why it cannot.</summary>
/// <typeparam name="T">The cell.</typeparam>
/// <param name="cell">The cell, null where the row has none or the file lacks the column.</param>
/// <param name="batch">The batch, for a member spread over several columns (the breakdown, the conversion).</param>
/// <param name="row">The row in the batch.</param>
/// <param name="record">The record made so far, in the order of <see cref="TradeParquetColumns.All"/>.</param>
/// <param name="fault">Why the cell is refused.</param>
/// <returns>False when the row is refused.</returns>
internal delegate bool TradeCellReader<T>(T cell, TradeColumnBatch batch, int row, ref TradeRecord record, out TradeCellFault? fault);

/// <summary>
/// How one column is read back, from Parquet and from Arrow: its cells and what each does to its row's record. A file
/// without the column reads as null in every row, unless the column is required.
/// </summary>
internal abstract class TradeColumnRead
{
    /// <summary>Whether a file must have the column (the JSON schema's required members).</summary>
    public required bool Required { get; init; }

    /// <summary>The kind of cells, in words.</summary>
    public abstract string Description { get; }

    /// <summary>Whether a Parquet column holds cells of this kind (a string, a 32-bit integer...): read otherwise, it would throw.</summary>
    public abstract bool ReadsParquet(DataField field);

    /// <summary>The cells of a Parquet row group's column.</summary>
    public abstract Task<Array> ReadParquetAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken);

    /// <summary>The cells of an Arrow array, or null when it is of another type.</summary>
    public abstract Array? ReadArrow(IArrowArray array);

    /// <summary>Applies the cell of a row (from <paramref name="cells"/>, null when the file lacks the column) to its record.</summary>
    public abstract bool TryApply(TradeColumnBatch batch, Array? cells, int row, ref TradeRecord record, out TradeCellFault? fault);
}

/// <summary>A column of cells of one kind.</summary>
/// <typeparam name="T">The cell: <c>string?</c> or a nullable number.</typeparam>
internal sealed class TradeColumnRead<T>(TradeCellFormat<T> format, TradeCellReader<T> read) : TradeColumnRead
{
    public override string Description => format.Description;

    // Parquet.Net gives a text column's type as ReadOnlyMemory<char> (or string); a number column's as its own type.
    public override bool ReadsParquet(DataField field) => typeof(T) == typeof(string)
        ? field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>)
        : field.ClrType == (Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));

    public override async Task<Array> ReadParquetAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken) =>
        await format.ReadParquetAsync(group, field, count, cancellationToken).ConfigureAwait(false);

    public override Array? ReadArrow(IArrowArray array) => format.ReadArrow(array);

    public override bool TryApply(TradeColumnBatch batch, Array? cells, int row, ref TradeRecord record, out TradeCellFault? fault) =>
        read(cells is null ? default! : ((T[])cells)[row], batch, row, ref record, out fault);
}
