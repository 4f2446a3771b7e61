using System.Globalization;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Trade;
using AseanMinerals.Parquet.Internal;
using Parquet;
using Parquet.Schema;

namespace AseanMinerals.Parquet;

/// <summary>
/// A partial cube (<see cref="TradeCubePart"/>) as one Parquet file: a row per cell (<c>period</c>, <c>year</c>,
/// <c>month</c>, <c>reporter</c>, <c>partner</c>, <c>flow</c>, <c>commodity</c> cell index, <c>value</c> as
/// DECIMAL(38, scale), <c>records</c>, <c>levels</c>), and the rest of the part (classification, parts, statistics,
/// coverage) as its JSON in the file's key-value metadata under <see cref="MetadataKey"/>. Engines read the cells as a
/// table; <see cref="ReadAsync"/> gives the part back whole, to merge.
/// </summary>
public static class TradeCubeParquet
{
    /// <summary>The key of the file metadata that holds the part without its cells, as JSON.</summary>
    public const string MetadataKey = "asean-minerals.trade-cube-part";

    /// <summary>Writes a partial cube to a Parquet file, through a temporary file moved into place.</summary>
    /// <param name="part">The partial cube.</param>
    /// <param name="path">The file.</param>
    /// <param name="overwrite">Whether an existing file may be replaced.</param>
    /// <param name="valueScale">The scale of the value column: a cell whose sum has more decimals is refused, not rounded.</param>
    /// <param name="cancellationToken">Stops the writing; nothing is left behind.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    /// <exception cref="ArgumentException">A cell's sum has more than <paramref name="valueScale"/> decimals.</exception>
    public static async Task WriteAsync(TradeCubePart part, string path, bool overwrite = false, int valueScale = 9, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentOutOfRangeException.ThrowIfNegative(valueScale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(valueScale, TradeParquetColumns.ValuePrecision - 29);
        foreach (var cell in part.Cells)
        {
            if (decimal.Round(cell.Value, valueScale) != cell.Value)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The cell {cell} has a sum with more than {valueScale} decimals, the scale of the value column; it is refused, not rounded."), nameof(part));
            }
        }

        var target = Path.GetFullPath(path);
        if (!overwrite && File.Exists(target))
        {
            throw new IOException($"{target}: the file exists; it is not replaced.");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                var schema = Schema(valueScale);
                var f = schema.GetDataFields();
                var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                await using (writer.ConfigureAwait(false))
                {
                    writer.CustomMetadata = new Dictionary<string, string> { [MetadataKey] = AseanMineralsJson.Serialize(part with { Cells = [] }) };
                    var cells = part.Cells;
                    using var group = writer.CreateRowGroup();
                    await group.WriteAsync(f[0], Column(cells, static c => c.Period.ToString())).ConfigureAwait(false);
                    await group.WriteAsync<int>(f[1], Column(cells, static c => c.Period.Year), cancellationToken: cancellationToken).ConfigureAwait(false);
                    await group.WriteAsync<int>(f[2], Column(cells, static c => c.Period.Month), cancellationToken: cancellationToken).ConfigureAwait(false);
                    await group.WriteAsync(f[3], Column(cells, static c => c.Reporter.ToString())).ConfigureAwait(false);
                    await group.WriteAsync(f[4], Column(cells, static c => c.Partner.ToString())).ConfigureAwait(false);
                    await group.WriteAsync(f[5], Column(cells, static c => c.Flow.ToName())).ConfigureAwait(false);
                    await group.WriteAsync<int>(f[6], Column(cells, static c => c.Commodity), cancellationToken: cancellationToken).ConfigureAwait(false);
                    await group.WriteAsync<decimal>(f[7], Column(cells, static c => c.Value), cancellationToken: cancellationToken).ConfigureAwait(false);
                    await group.WriteAsync<int>(f[8], Column(cells, static c => c.Records), cancellationToken: cancellationToken).ConfigureAwait(false);
                    await group.WriteAsync<int>(f[9], Column(cells, static c => (int)c.Levels), cancellationToken: cancellationToken).ConfigureAwait(false);
                    group.CompleteValidate();
                }

                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, target, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Reads a partial cube that <see cref="WriteAsync"/> wrote.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The partial cube.</returns>
    /// <exception cref="InvalidDataException">The file is not a partial cube: no metadata under <see cref="MetadataKey"/>, a missing column, a cell that does not read, or fewer or more cells than the part says.</exception>
    /// <exception cref="AseanMineralsJsonException">The metadata is not a valid partial cube document.</exception>
    public static async Task<TradeCubePart> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var reader = await ParquetReader.CreateAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            if (!reader.CustomMetadata.TryGetValue(MetadataKey, out var json))
            {
                throw new InvalidDataException($"{path}: not a partial cube: the file has no '{MetadataKey}' metadata.");
            }

            var header = AseanMineralsJson.DeserializeTradeCubePart(json);
            var fields = reader.Schema.DataFields.ToDictionary(static f => f.Name, StringComparer.Ordinal);
            var cells = new List<TradeCubeCell>();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var count = checked((int)group.RowCount);
                var period = await Strings("period").ConfigureAwait(false);
                var reporter = await Strings("reporter").ConfigureAwait(false);
                var partner = await Strings("partner").ConfigureAwait(false);
                var flow = await Strings("flow").ConfigureAwait(false);
                var commodity = await ReadValues<int>("commodity").ConfigureAwait(false);
                var value = await ReadValues<decimal>("value").ConfigureAwait(false);
                var records = await ReadValues<int>("records").ConfigureAwait(false);
                var levels = await ReadValues<int>("levels").ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    var row = cells.Count + 1;
                    if (!TradePeriod.TryParse(period[i], null, out var p) || !AreaCode.TryParse(reporter[i].AsSpan(), out var r) || !AreaCode.TryParse(partner[i].AsSpan(), out var q)
                        || !TradeFlows.TryParseName(flow[i], out var f))
                    {
                        throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: row {row}: not a cube cell (period '{period[i]}', reporter '{reporter[i]}', partner '{partner[i]}', flow '{flow[i]}')."));
                    }

                    cells.Add(new TradeCubeCell(p, r, q, f, commodity[i], value[i], records[i], (HsCodeLevels)levels[i]));
                }

                Task<string?[]> Strings(string name) => RowGroupColumns.StringsAsync(group, Field(name), count, cancellationToken);

                // Every number column is required.
                Task<T[]> ReadValues<T>(string name)
                    where T : struct => RowGroupColumns.RequiredAsync<T>(group, Field(name), count, cancellationToken);
            }

            if (cells.Count != header.Statistics.Cells)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: {cells.Count} cells, but the part says {header.Statistics.Cells}."));
            }

            return header with { Cells = cells };

            DataField Field(string name) =>
                fields.TryGetValue(name, out var field) ? field : throw new InvalidDataException($"{path}: not a partial cube: no column '{name}'.");
        }
    }

    private static ParquetSchema Schema(int valueScale) => new(
        new DataField<string>("period", false),
        new DataField<int>("year", false),
        new DataField<int?>("month", true),
        new DataField<string>("reporter", false),
        new DataField<string>("partner", false),
        new DataField<string>("flow", false),
        new DataField<int>("commodity", false),
        TradeParquetColumns.Value(valueScale),
        new DataField<int>("records", false),
        new DataField<int>("levels", false));

    private static T[] Column<T>(IReadOnlyList<TradeCubeCell> cells, Func<TradeCubeCell, T> select)
    {
        var column = new T[cells.Count];
        for (var i = 0; i < column.Length; i++)
        {
            column[i] = select(cells[i]);
        }

        return column;
    }
}
