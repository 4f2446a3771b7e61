using System.Globalization;
using System.Text;

namespace AseanMinerals.Core.Aggregation;

/// <summary>Plain-text tables and number formats for the results' <c>ToString</c>.</summary>
internal static class TextTable
{
    public static string Money(decimal? value) =>
        value is { } v ? "US$" + v.ToString("#,0.00", CultureInfo.InvariantCulture) : "absent";

    public static string Percent(decimal? share) =>
        share is { } s ? (s * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%" : "absent";

    public static string Number(decimal? value, string format = "0.00") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "absent";

    /// <summary>A title line, then columns padded to their widest cell (numbers right-aligned).</summary>
    public static string Render(string title, string[] headers, IEnumerable<string[]> rows, string? footer = null)
    {
        var all = rows.Prepend(headers).ToList();
        var widths = headers.Select((_, c) => all.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder(title).AppendLine();
        for (var r = 0; r < all.Count; r++)
        {
            for (var c = 0; c < headers.Length; c++)
            {
                var cell = all[r][c];
                text.Append(c == 0 ? cell.PadRight(widths[c]) : "  " + cell.PadLeft(widths[c]));
            }

            text.AppendLine();
            if (r == 0)
            {
                text.AppendLine(new string('-', widths.Sum() + (2 * (widths.Length - 1))));
            }
        }

        if (footer is not null)
        {
            text.AppendLine(footer);
        }

        return text.ToString().TrimEnd();
    }
}
