namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>
/// A report as the tool prints it, before any format: a title, lead lines (what the figures cover), then headings,
/// paragraphs and tables in order. One model for every writer, so the formats cannot disagree.
/// </summary>
internal sealed class TextDocument(string title)
{
    private readonly List<object> _blocks = [];

    public string Title { get; } = title;

    /// <summary>Lines under the title: scope, membership basis, sources, and the command that made the document.</summary>
    public List<string> Lead { get; } = [];

    public DocumentNotes Notes { get; } = new();

    /// <summary>Headings (<see cref="DocumentHeading"/>), paragraphs (<see cref="DocumentParagraph"/>) and <see cref="DocumentTable"/>s.</summary>
    public IReadOnlyList<object> Blocks => _blocks;

    public IEnumerable<DocumentTable> Tables => _blocks.OfType<DocumentTable>();

    public void Heading(string text) => _blocks.Add(new DocumentHeading(text));

    /// <summary>A paragraph; with a note, the note is printed under it if no table printed it before.</summary>
    public void Paragraph(string text, int? note = null) => _blocks.Add(new DocumentParagraph(text, note));

    public DocumentTable Table(DocumentTable table)
    {
        _blocks.Add(table);
        return table;
    }
}
