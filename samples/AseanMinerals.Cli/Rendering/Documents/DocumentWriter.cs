namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>
/// Walks a <see cref="TextDocument"/> for a text format: the writer of each format says how a title, a paragraph, a
/// heading and a table look; the notes a table is the first to use are printed under it, each once in the document.
/// </summary>
internal abstract class DocumentWriter(TextWriter output)
{
    private readonly HashSet<int> _printed = [];

    protected TextWriter Output { get; } = output;

    public void Write(TextDocument document)
    {
        Title(document.Title, document.Lead);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case DocumentHeading heading:
                    Output.WriteLine();
                    Heading(heading.Text);
                    break;
                case DocumentTable table:
                    Output.WriteLine();
                    Table(table);
                    var notes = table.NotesUsed.Where(_printed.Add).ToList();
                    if (notes.Count > 0 || table.Caption is not null)
                    {
                        Output.WriteLine();
                    }

                    if (table.Caption is not null)
                    {
                        Paragraph(table.Caption);
                    }

                    Notes(document, notes);
                    break;
                case DocumentParagraph paragraph:
                    Output.WriteLine();
                    Paragraph(paragraph.Text);
                    Notes(document, paragraph.Note is { } n && _printed.Add(n) ? [n] : []);
                    break;
            }
        }
    }

    private void Notes(TextDocument document, List<int> numbers)
    {
        foreach (var number in numbers)
        {
            Note(number, document.Notes[number]);
        }
    }

    protected abstract void Title(string title, IReadOnlyList<string> lead);

    protected abstract void Heading(string text);

    protected abstract void Paragraph(string text);

    protected abstract void Table(DocumentTable table);

    protected virtual void Note(int number, string text) => Output.WriteLine($"[{number}] {text}");
}
