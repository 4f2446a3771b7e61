namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>
/// Plain aligned text for any viewer: columns padded with spaces, numbers right-aligned, long text wrapped in its
/// column so that a row stays within about 120 characters, titles underlined.
/// </summary>
internal sealed class PlainTextDocumentWriter(TextWriter output) : DocumentWriter(output)
{
    private const int TextColumnWidth = 48;
    private const int ParagraphWidth = 120;

    protected override void Title(string title, IReadOnlyList<string> lead)
    {
        Output.WriteLine(title);
        Output.WriteLine(new string('=', title.Length));
        foreach (var line in lead.SelectMany(static l => Wrap(l, ParagraphWidth)))
        {
            Output.WriteLine(line);
        }
    }

    protected override void Heading(string text)
    {
        Output.WriteLine(text);
        Output.WriteLine(new string('-', text.Length));
    }

    protected override void Paragraph(string text)
    {
        foreach (var line in Wrap(text, ParagraphWidth))
        {
            Output.WriteLine(line);
        }
    }

    protected override void Note(int number, string text) => Paragraph($"[{number}] {text}");

    protected override void Table(DocumentTable table)
    {
        Output.WriteLine(table.Title);
        var cells = Enumerable.Range(0, table.Rows.Count)
            .Select(row => table.Columns.Select((column, c) => Wrap(table.Format(row, c), column.IsNumeric ? int.MaxValue : TextColumnWidth)).ToArray())
            .ToList();
        var headings = table.Columns.Select(static c => Wrap(c.Heading, TextColumnWidth)).ToArray();
        var widths = table.Columns.Select((_, c) => cells.Select(r => r[c]).Append(headings[c]).SelectMany(static l => l).Select(static l => l.Length).DefaultIfEmpty(0).Max()).ToArray();
        WriteRow(table, headings, widths);
        Output.WriteLine(string.Join("  ", widths.Select(static w => new string('-', w))));
        // Rows of several lines are set apart by a blank line, so that each reads as one.
        var spaced = cells.Any(static r => r.Any(static lines => lines.Count > 1));
        for (var i = 0; i < cells.Count; i++)
        {
            if (spaced && i > 0)
            {
                Output.WriteLine();
            }

            WriteRow(table, cells[i], widths);
        }
    }

    private void WriteRow(DocumentTable table, List<string>[] row, int[] widths)
    {
        var height = row.Max(static l => l.Count);
        for (var line = 0; line < height; line++)
        {
            var parts = row.Select((lines, c) =>
            {
                var text = line < lines.Count ? lines[line] : string.Empty;
                return table.Columns[c].IsNumeric ? text.PadLeft(widths[c]) : text.PadRight(widths[c]);
            });
            Output.WriteLine(string.Join("  ", parts).TrimEnd());
        }
    }

    // Words kept whole where they fit; the cell's own line breaks are kept.
    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = line.Length == 0 ? word : line + " " + word;
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
