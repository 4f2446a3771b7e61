using System.Globalization;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using Parquet;
using Parquet.Schema;

namespace AseanMinerals.Parquet.Internal;

/// <summary>
/// The question of a reading (<see cref="Core.TradeSources.TradeSourceOptions.Question"/>) pushed down into a Parquet
/// dataset: a partition folder (<c>year=2022</c>, <c>reporter=156</c>) or a row group whose column statistics (the
/// least and greatest year, reporter and flow) admit none of the question's years, reporters or flows holds no row of
/// it, so it is not read. What is left is decided row by row, as in every reader.
/// </summary>
internal sealed class QuestionPruning
{
    private readonly int[]? _years;
    private readonly string[]? _reporters;
    private readonly string[]? _flows;

    private QuestionPruning(TradeCubeFilter question)
    {
        _years = question.Periods?.Select(static p => p.Year).Distinct().ToArray();
        _reporters = question.Reporters?.Select(static r => r.ToString()).ToArray();
        _flows = question.Flows?.Select(static f => f.ToName()).ToArray();
    }

    /// <summary>The pruning of a question; null when there is none (every file and row group is read).</summary>
    public static QuestionPruning? For(TradeCubeFilter? question) => question is null ? null : new QuestionPruning(question);

    /// <summary>Whether a file's partition folders (its path under the dataset folder) lie outside the question.</summary>
    public bool ExcludesPath(string relativePath)
    {
        foreach (var segment in relativePath.Split(Path.DirectorySeparatorChar))
        {
            if (_years is not null && segment.StartsWith("year=", StringComparison.Ordinal)
                && int.TryParse(segment.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && !_years.Contains(year))
            {
                return true;
            }

            if (_reporters is not null && segment.StartsWith("reporter=", StringComparison.Ordinal)
                && AreaCode.TryParse(segment.AsSpan(9), out var reporter) && !_reporters.Contains(reporter.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a row group's statistics show that none of its rows is in the question: its least and greatest year,
    /// reporter (three digits, so text order is number order) or flow leave out every value asked for. A column without
    /// statistics (a file of another writer) excludes nothing.
    /// </summary>
    public bool ExcludesRowGroup(ParquetRowGroupReader group, IReadOnlyDictionary<string, DataField> fields) =>
        Excludes(group, fields, "year", _years, static (a, b) => a.CompareTo(b))
        || Excludes(group, fields, "reporter", _reporters, string.CompareOrdinal)
        || Excludes(group, fields, "flow", _flows, string.CompareOrdinal);

    private static bool Excludes<T>(ParquetRowGroupReader group, IReadOnlyDictionary<string, DataField> fields, string column, T[]? asked, Comparison<T> compare)
    {
        if (asked is null || !fields.TryGetValue(column, out var field) || group.GetStatistics(field) is not { MinValue: T min, MaxValue: T max })
        {
            return false;
        }

        foreach (var value in asked)
        {
            if (compare(min, value) <= 0 && compare(value, max) <= 0)
            {
                return false;
            }
        }

        return true;
    }
}
