using Spectre.Console;

namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>A terminal: a rule for the title, rounded tables with numbers right-aligned, and colour where the terminal has it.</summary>
internal sealed class ConsoleDocumentWriter(CliEnvironment environment) : DocumentWriter(environment.Out)
{
    private readonly IAnsiConsole _console = environment.CreateConsole();

    protected override void Title(string title, IReadOnlyList<string> lead)
    {
        _console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        foreach (var line in lead)
        {
            _console.WriteLine(line);
        }
    }

    protected override void Heading(string text) => _console.Write(new Rule(Markup.Escape(text)).LeftJustified());

    protected override void Paragraph(string text) => _console.WriteLine(text);

    protected override void Table(DocumentTable table)
    {
        var grid = new Table { Border = TableBorder.Rounded, Title = new TableTitle($"[bold]{Markup.Escape(table.Title)}[/]") };
        foreach (var column in table.Columns)
        {
            grid.AddColumn(new TableColumn(Markup.Escape(column.Heading)) { Alignment = column.IsNumeric ? Justify.Right : Justify.Left });
        }

        for (var row = 0; row < table.Rows.Count; row++)
        {
            var r = row;
            grid.AddRow([.. table.Columns.Select((_, column) => Markup.Escape(table.Format(r, column)))]);
        }

        _console.Write(grid);
    }
}
