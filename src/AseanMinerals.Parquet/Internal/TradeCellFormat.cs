using System.Globalization;
using Apache.Arrow;
using Parquet;
using Parquet.Schema;

namespace AseanMinerals.Parquet.Internal;

/// <summary>
/// How the cells of one kind of column (strings, 32-bit integers, doubles, decimals) come out of a Parquet row group and
/// an Arrow array, as an array with null where a row has no value, and how a cell is shown in an issue.
/// </summary>
/// <typeparam name="T">The cell: <c>string?</c> or a nullable number.</typeparam>
/// <param name="Description">The kind, in words, for an Arrow column of another type ("a string").</param>
/// <param name="ReadParquetAsync">The row group's cells of a column.</param>
/// <param name="ReadArrow">The cells of an Arrow array, or null when the array is of another type.</param>
/// <param name="Show">A cell as an issue quotes it.</param>
internal sealed record TradeCellFormat<T>(
    string Description,
    Func<ParquetRowGroupReader, DataField, int, CancellationToken, Task<T[]>> ReadParquetAsync,
    Func<IArrowArray, T[]?> ReadArrow,
    Func<T, string> Show);

/// <summary>The four kinds of cells of the trade columns.</summary>
internal static class TradeCellFormats
{
    public static TradeCellFormat<string?> Strings { get; } = new(
        "a string",
        RowGroupColumns.StringsAsync,
        static array => array is StringArray strings ? Cells(strings, static (a, i) => a.GetString(i)) : null,
        static text => text is null ? "null" : text.Length > 40 ? $"'{text[..40]}...'" : $"'{text}'");

    public static TradeCellFormat<int?> Ints { get; } = Numbers<int, Int32Array>("a 32-bit integer", static (a, i) => a.GetValue(i));

    public static TradeCellFormat<double?> Doubles { get; } = Numbers<double, DoubleArray>("a double", static (a, i) => a.GetValue(i));

    public static TradeCellFormat<decimal?> Decimals { get; } = Numbers<decimal, Decimal128Array>("a decimal", static (a, i) => a.GetValue(i));

    private static TradeCellFormat<T?> Numbers<T, TArray>(string description, Func<TArray, int, T?> get)
        where T : struct, IFormattable
        where TArray : class, IArrowArray => new(
            description,
            RowGroupColumns.ValuesAsync<T>,
            array => array is TArray typed ? Cells(typed, get) : null,
            static value => value is { } v ? $"'{v.ToString(null, CultureInfo.InvariantCulture)}'" : "null");

    private static T[] Cells<TArray, T>(TArray array, Func<TArray, int, T> get)
        where TArray : IArrowArray
    {
        var cells = new T[array.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = get(array, i);
        }

        return cells;
    }
}
