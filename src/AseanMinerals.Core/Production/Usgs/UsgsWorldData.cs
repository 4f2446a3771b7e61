using System.Text;
using System.Text.RegularExpressions;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Production.Usgs;

/// <summary>
/// Reads the USGS Mineral Commodity Summaries world data into <see cref="ProductionRecord"/>s, header-driven, in both
/// layouts: the MCS2025 single file (COMMODITY and UNIT_MEAS columns, <c>PROD_EST_ 2024</c> with its space) and the
/// MCS2023/MCS2024 per-commodity files (the commodity from the file name <c>mcs2024-nicke_world.csv</c>, the unit and
/// year from column names such as <c>Prod_kt_est_2023</c>, trailing empty columns). Every row is accounted for in the
/// <see cref="UsgsReadSummary"/>: country figures, set aside (world totals, other countries, unknown names, no figures,
/// empty rows) or rejected with a located issue.
/// </summary>
public static partial class UsgsWorldData
{
    /// <summary>Reads a file, or every <c>.csv</c> file under a folder (its subfolders too), in name order.</summary>
    /// <param name="path">A file or a folder.</param>
    /// <returns>The figures and the summary.</returns>
    /// <exception cref="FileNotFoundException">The path is neither a file nor a folder.</exception>
    public static UsgsReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            return ReadFiles(Directory.EnumerateFiles(path, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal), path);
        }

        return File.Exists(path) ? ReadFiles([path], path) : throw new FileNotFoundException($"No USGS file or folder at '{path}'.", path);
    }

    /// <summary>Reads several files (or folders) into one result, with one summary over all of them.</summary>
    /// <param name="paths">The files.</param>
    /// <param name="source">The name the summary gives the whole input.</param>
    /// <returns>The figures and the summary.</returns>
    public static UsgsReadResult ReadFiles(IEnumerable<string> paths, string source)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var tally = new UsgsTally(source);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    ReadText(File.ReadAllText(file, Encoding.UTF8), file, tally);
                }
            }
            else
            {
                ReadText(File.ReadAllText(path, Encoding.UTF8), path, tally);
            }
        }

        return tally.ToResult();
    }

    /// <summary>Reads one file from a stream (UTF-8, with or without a byte order mark).</summary>
    /// <param name="stream">The stream; left open.</param>
    /// <param name="sourceName">The file name: for the per-commodity layout it names the commodity (<c>mcs2024-nicke_world.csv</c>).</param>
    /// <returns>The figures and the summary.</returns>
    public static UsgsReadResult Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var tally = new UsgsTally(sourceName);
        ReadText(reader.ReadToEnd(), sourceName, tally);
        return tally.ToResult();
    }

    private static void ReadText(string text, string source, UsgsTally tally)
    {
        tally.Files++;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var fileName = Path.GetFileName(source);
        var fileRelease = ReleaseIn(fileName);
        var fileCommodity = FileCode().Match(fileName) is { Success: true } code ? code.Groups[1].Value : null;
        UsgsLayout? layout = null;
        foreach (var (line, fields) in CsvText.Records(text))
        {
            if (layout is null)
            {
                layout = UsgsLayout.FromHeader(fields);
                continue;
            }

            tally.RowsRead++;
            if (Array.TrueForAll(fields, static f => string.IsNullOrWhiteSpace(f)))
            {
                tally.SetAsideFor(UsgsSetAsideReason.EmptyRow);
                continue;
            }

            if (!layout.IsKnown)
            {
                tally.Reject(ProductionRules.UnknownLayout.At(string.Empty, layout.Problem!).InFile(source, line));
                continue;
            }

            ReadRow(layout, fields, line, source, fileRelease, fileCommodity, tally);
        }
    }

    private static void ReadRow(UsgsLayout layout, string[] fields, long line, string source, string? fileRelease, string? fileCommodity, UsgsTally tally)
    {
        string Cell(int index) => index >= 0 && index < fields.Length ? fields[index] : string.Empty;

        var release = ReleaseIn(Cell(layout.Source)) ?? fileRelease;
        var commodityText = layout.Commodity >= 0 ? Cell(layout.Commodity) : fileCommodity;
        if (!MineralCommodities.TryFind(commodityText, out var commodity))
        {
            tally.Reject(ProductionRules.UnknownCommodity.At("commodity", $"'{commodityText?.Trim()}' is not in the list of mineral commodities.").InFile(source, line));
            return;
        }

        if (release is null)
        {
            tally.Reject(ProductionRules.UnknownLayout.At("source", "Neither the SOURCE cell nor the file name names a release such as MCS2025.").InFile(source, line));
            return;
        }

        var area = UsgsCountryCrosswalk.Parse(Cell(layout.Country));
        var measure = Collapse(Cell(layout.Type));
        if (measure.Length == 0)
        {
            measure = commodity.Name;
        }

        var stage = StageOf(measure);
        ProductionUnit? rowUnit = null;
        if (layout.Unit >= 0 && ProductionUnit.TryFind(Cell(layout.Unit), out var named))
        {
            rowUnit = named;
        }

        var figures = new List<ProductionRecord>();
        foreach (var column in layout.Figures)
        {
            var cell = Cell(column.Index);
            if (string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            if (!UsgsValue.TryParse(cell, out var amount, out var flags))
            {
                tally.Reject(ProductionRules.MalformedValue.At(column.Name, $"'{cell.Trim()}' in column {column.Name} is not a number, W, NA, XX or a bound such as >100.").InFile(source, line));
                return;
            }

            var unit = column.Unit ?? rowUnit;
            if (column.Kind == ProductionFigureKind.Reserves && column.Unit is null && layout.ReserveNotes >= 0 && UnitNamedIn(Cell(layout.ReserveNotes)) is { } noted)
            {
                unit = noted; // MCS2025 gives some reserves in another unit than UNIT_MEAS and says so in the note (iron ore: million metric tons).
            }

            if (unit is null)
            {
                tally.Reject(ProductionRules.UnknownUnit.At(layout.Unit >= 0 ? "UNIT_MEAS" : column.Name, $"No known unit for column {column.Name} ('{Cell(layout.Unit).Trim()}').").InFile(source, line));
                return;
            }

            var year = column.Year ?? (int.Parse(release.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture) - 1);
            var notes = column.Kind == ProductionFigureKind.Production ? Cell(layout.ProductionNotes) : string.Empty;
            if (column.Estimated || area.Estimated
                || (notes.Contains("estimated", StringComparison.OrdinalIgnoreCase) && notes.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            {
                flags |= ProductionFlags.Estimated;
            }

            figures.Add(new ProductionRecord
            {
                Commodity = commodity,
                Kind = column.Kind,
                Stage = stage,
                Measure = column.Extra is null ? measure : $"{measure} [{column.Extra}]",
                Area = area.Area,
                Role = area.Role,
                AreaName = area.Name,
                Qualifier = area.Qualifier,
                Year = year,
                Amount = amount,
                Unit = unit.Value,
                Flags = flags,
                Release = release,
                Source = source,
                Line = line,
            });
        }

        tally.Accept(figures, area, source, line);
    }

    private static ProductionStage StageOf(string measure)
    {
        var m = measure.ToLowerInvariant();
        return m.Contains("refinery", StringComparison.Ordinal) ? ProductionStage.Refinery
            : m.Contains("smelter", StringComparison.Ordinal) ? ProductionStage.Smelter
            : m.Contains("mine", StringComparison.Ordinal) || m.Contains("mne ", StringComparison.Ordinal) ? ProductionStage.Mine
            : m.Contains("plant", StringComparison.Ordinal) || m.Contains("capacity", StringComparison.Ordinal) || m.Contains("cement", StringComparison.Ordinal)
              || m.Contains("iron", StringComparison.Ordinal) || m.Contains("steel", StringComparison.Ordinal) || m.Contains("sponge", StringComparison.Ordinal)
                ? ProductionStage.Plant
                : ProductionStage.Unspecified;
    }

    private static ProductionUnit? UnitNamedIn(string note)
    {
        foreach (var unit in ProductionUnit.All.OrderByDescending(static u => u.Name.Length))
        {
            if (note.Contains(unit.Name, StringComparison.OrdinalIgnoreCase))
            {
                return unit;
            }
        }

        return null;
    }

    private static string? ReleaseIn(string text) =>
        Release().Match(text) is { Success: true } match ? "MCS" + match.Groups[1].Value : null;

    private static string Collapse(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("MCS(20[0-9]{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Release();

    [GeneratedRegex("^mcs20[0-9]{2}-([a-z-]+)_world", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileCode();
}
