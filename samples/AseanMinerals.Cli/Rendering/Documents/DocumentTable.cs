using System.Globalization;

namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>
/// A table of a <see cref="TextDocument"/>, the same for every output (terminal, Markdown, plain text, JSON, Excel):
/// each column has one kind, and each numeric column one number format.
/// </summary>
internal sealed class DocumentTable(string title, params DocumentColumn[] columns)
{
    private readonly List<DocumentCell[]> _rows = [];

    public string Title { get; } = title;

    /// <summary>A short name for a sheet or a JSON key; the title when not set.</summary>
    public string? ShortName { get; init; }

    public IReadOnlyList<DocumentColumn> Columns { get; } = columns;

    public IReadOnlyList<DocumentCell[]> Rows => _rows;

    /// <summary>A line under the table (the basis of its figures).</summary>
    public string? Caption { get; set; }

    public DocumentTable Add(params DocumentCell[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"{Title}: a row of {cells.Length} cells in a table of {Columns.Count} columns", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>The notes the cells refer to, in order of first use.</summary>
    public IEnumerable<int> NotesUsed => _rows.SelectMany(static r => r).Select(static c => c.Note).OfType<int>().Distinct();

    /// <summary>
    /// The column's number format, as .NET and Excel both read it: money with thousands separators and as many decimals
    /// as the column's most precise value needs (at most three), percentages with two decimals, counts as whole numbers.
    /// </summary>
    public string NumberFormat(int column)
    {
        switch (Columns[column].Kind)
        {
            case ColumnKind.Percent:
                return "0.00%";
            case ColumnKind.Money:
                var decimals = _rows.Select(r => r[column].Number).OfType<decimal>().Select(Decimals).DefaultIfEmpty(0).Max();
                return decimals == 0 ? "#,##0" : "#,##0." + new string('0', Math.Min(decimals, 3));
            case ColumnKind.Count:
                return "#,##0";
            case ColumnKind.Year:
                return "0";
            default:
                return "@";
        }

        static int Decimals(decimal value) => (int)((decimal.GetBits(value / 1.000000000000000000000000000000000m)[3] >> 16) & 0xFF);
    }

    /// <summary>The cell as text: the number in its column's format, "n/a" where absent, and the note's number in brackets.</summary>
    public string Format(int row, int column, bool withNote = true)
    {
        var cell = _rows[row][column];
        var text = cell.Number is { } number
            ? number.ToString(NumberFormat(column), CultureInfo.InvariantCulture)
            : cell.Text ?? "n/a";
        return withNote && cell.Note is { } note ? (text.Length == 0 ? $"[{note}]" : $"{text} [{note}]") : text;
    }
}
