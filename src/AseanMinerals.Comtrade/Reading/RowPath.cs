using System.Globalization;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>The path part of an issue: a JSON element (<c>data[12].primaryValue</c>) or, for CSV, the column name.</summary>
internal static class RowPath
{
    /// <summary>The path of a row: <c>data[12]</c> for a JSON element, empty for a CSV row (its line says where).</summary>
    public static string Of(long element) =>
        element < 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"data[{element}]");

    /// <summary>The path of a field: <c>data[12].primaryValue</c>, or the CSV column name.</summary>
    public static string Of(long element, string column) =>
        element < 0 ? column : string.Create(CultureInfo.InvariantCulture, $"data[{element}].{column}");
}
