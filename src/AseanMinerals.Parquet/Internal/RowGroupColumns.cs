using Parquet;
using Parquet.Schema;

namespace AseanMinerals.Parquet.Internal;

/// <summary>
/// Reads one column of a row group into a new array: the one place that knows how Parquet.Net 6.1.0 must be asked. A
/// required number column is read into non-nullable memory: read into nullable memory, it left some values empty now
/// and then (a valid file failed with "the column 'value' holds null" in about one run in five).
/// </summary>
internal static class RowGroupColumns
{
    public static async Task<string?[]> StringsAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
    {
        var values = new string?[count];
        await group.ReadAsync(field, values.AsMemory()!, cancellationToken: cancellationToken).ConfigureAwait(false);
        return values;
    }

    /// <summary>A required number column: every row has a value.</summary>
    public static async Task<T[]> RequiredAsync<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T[count];
        await group.ReadAsync<T>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        return values;
    }

    /// <summary>A number column, required or optional, as nullable values.</summary>
    public static async Task<T?[]> ValuesAsync<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[count];
        if (field.IsNullable)
        {
            await group.ReadAsync<T>(field, values.AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return values;
        }

        var required = await RequiredAsync<T>(group, field, count, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < count; i++)
        {
            values[i] = required[i];
        }

        return values;
    }
}
