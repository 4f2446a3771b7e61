namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>
/// GitHub Markdown: <c>#</c> headings, pipe tables with numeric columns right-aligned (<c>---:</c>) and text left-aligned (<c>:---</c>), a line break in a
/// cell as <c>&lt;br&gt;</c>, and nothing indented (four spaces would make a code block).
/// </summary>
internal sealed class MarkdownDocumentWriter(TextWriter output) : DocumentWriter(output)
{
    protected override void Title(string title, IReadOnlyList<string> lead)
    {
        Output.WriteLine($"# {Escape(title)}");
        if (lead.Count > 0)
        {
            Output.WriteLine();
            foreach (var line in lead)
            {
                // Two spaces at the end: a line break inside the paragraph.
                Output.WriteLine(Escape(line) + "  ");
            }
        }
    }

    protected override void Heading(string text) => Output.WriteLine($"## {Escape(text)}");

    protected override void Paragraph(string text) => Output.WriteLine(Escape(text));

    // "[1]" with no link definition reads as itself in GitHub Markdown.
    protected override void Note(int number, string text) => Output.WriteLine($"- [{number}] {Escape(text)}");

    protected override void Table(DocumentTable table)
    {
        Output.WriteLine($"### {Escape(table.Title)}");
        Output.WriteLine();
        Output.WriteLine("| " + string.Join(" | ", table.Columns.Select(static c => Cell(c.Heading))) + " |");
        Output.WriteLine("|" + string.Join("|", table.Columns.Select(static c => c.IsNumeric ? "---:" : ":---")) + "|");
        for (var row = 0; row < table.Rows.Count; row++)
        {
            var r = row;
            Output.WriteLine("| " + string.Join(" | ", table.Columns.Select((_, column) => Cell(table.Format(r, column)))) + " |");
        }
    }

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    // Text that Markdown would read as markup: emphasis, inline links and HTML (an underscore inside a word is no emphasis in GitHub Markdown).
    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace("](", "]\\(", StringComparison.Ordinal);
}
