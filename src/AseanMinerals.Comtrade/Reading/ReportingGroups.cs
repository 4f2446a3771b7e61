using System.Text;
using AseanMinerals.Core.TradeSources.Internal;

namespace AseanMinerals.Comtrade.Reading;

/// <summary>
/// Where a Comtrade CSV file may be split for reading in parts: between two rows of different reporters or periods.
/// The importer checks breakdown rows against their aggregate row within a reporter and period (<see cref="AggregateTracker"/>),
/// so a part must hold each such group whole for its check to see what a reader of the whole file sees.
/// </summary>
internal static class ReportingGroups
{
    /// <summary>The test of two lines for one group, from the header line; null when the header does not name the columns.</summary>
    public static SameGroup? For(ReadOnlyMemory<byte> header)
    {
        var names = new List<string>();
        var text = header.Span;
        text = text[ByteOrderMark.Utf8Length(text)..];
        for (var i = 0; i < FieldCount(text); i++)
        {
            names.Add(Encoding.UTF8.GetString(Field(text, i)).Trim().Trim('"'));
        }

        if (ColumnMap.IsLegacyHeader(names) is not { } legacy)
        {
            return null;
        }

        var map = ColumnMap.Build(names, legacy, out _);
        var reporter = map[Reading.Field.Reporter];
        var period = map[Reading.Field.Period] >= 0 ? map[Reading.Field.Period] : map[Reading.Field.Year];
        if (reporter < 0 || period < 0)
        {
            return null;
        }

        return (line, next) => Field(line, reporter).SequenceEqual(Field(next, reporter)) && Field(line, period).SequenceEqual(Field(next, period));
    }

    // The bytes of a field (quotes and all), commas inside quotes followed; empty past the last field.
    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, int index)
    {
        var start = 0;
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (line[i] == (byte)',' && !inQuotes)
            {
                if (index-- == 0)
                {
                    return line[start..i];
                }

                start = i + 1;
            }
        }

        return index == 0 ? line[start..] : [];
    }

    private static int FieldCount(ReadOnlySpan<byte> line)
    {
        var count = 1;
        var inQuotes = false;
        foreach (var b in line)
        {
            inQuotes ^= b == (byte)'"';
            count += b == (byte)',' && !inQuotes ? 1 : 0;
        }

        return count;
    }
}
