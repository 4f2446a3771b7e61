using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>
/// A <see cref="TextDocument"/> as an Excel workbook (Open XML SDK): a sheet "About" (the title, what the figures cover,
/// the sources, the command that made it, the notes), then one sheet per table with its header row frozen; numbers are
/// numbers with their column's number format (shares as percentages), an absent figure is the text "n/a [note]".
/// </summary>
internal static class WorkbookWriter
{
    public const string AboutSheet = "About";

    // Style indexes of the stylesheet below: 0 plain, 1 bold header, 2 wrapped text, 3 text on the right (an n/a in a
    // column of numbers), then one per number format.
    private const uint Plain = 0;
    private const uint Bold = 1;
    private const uint Wrapped = 2;
    private const uint Right = 3;
    private const uint FirstNumberStyle = 4;

    // A line of text in the default font is about 15 points high.
    private const double LineHeight = 15;

    public static void Write(Stream stream, TextDocument document)
    {
        using var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = package.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var strings = new SharedStrings(workbookPart.AddNewPart<SharedStringTablePart>());

        var numberFormats = document.Tables.SelectMany(static t => t.Columns.Select((c, i) => c.IsNumeric ? t.NumberFormat(i) : null)).OfType<string>().Distinct().ToList();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet(numberFormats);

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { AboutSheet };
        AddSheet(workbookPart, sheets, AboutSheet, About(document, strings), columnWidths: [110], frozen: false);
        foreach (var table in document.Tables)
        {
            var rows = new List<Row> { Header(table, strings) };
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = new Row();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var cell = table.Rows[r][c];
                    var text = table.Format(r, c);
                    row.Append(cell.Number is { } number
                        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(number), StyleIndex = FirstNumberStyle + (uint)numberFormats.IndexOf(table.NumberFormat(c)) }
                        : text.Length == 0 ? new Cell() : strings.Cell(text, table.Columns[c].IsNumeric ? Right : Wrapped));
                }

                rows.Add(row);
            }

            var widths = table.Columns.Select((column, c) => Math.Clamp(
                Enumerable.Range(0, table.Rows.Count).Select(r => table.Format(r, c).Split('\n').Max(static l => l.Length)).Append(column.Heading.Length).Max() + 2, 8, 60)).ToArray();

            // Spreadsheet programs do not always fit a row to wrapped text when they open a file: the height is set here.
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var lines = table.Columns.Select((_, c) => table.Format(r, c).Split('\n').Sum(l => Math.Max(1, (int)Math.Ceiling(l.Length / (double)(widths[c] - 2))))).Max();
                if (lines > 1)
                {
                    rows[r + 1].Height = lines * LineHeight;
                    rows[r + 1].CustomHeight = true;
                }
            }
            AddSheet(workbookPart, sheets, SheetName(table.ShortName ?? table.Title, names), rows, widths, frozen: true);
        }

        workbookPart.Workbook.Save();
    }

    private static List<Row> About(TextDocument document, SharedStrings strings)
    {
        var lines = new List<string> { document.Title, string.Empty };
        lines.AddRange(document.Lead);
        lines.Add(string.Empty);
        lines.Add("Sheets:");
        lines.AddRange(document.Tables.Select(static t => $"{t.ShortName ?? t.Title}: {t.Title}{(t.Caption is null ? string.Empty : ". " + t.Caption)}"));
        var paragraphs = document.Blocks.OfType<DocumentParagraph>().Select(static p => p.Text).ToList();
        if (paragraphs.Count > 0)
        {
            lines.Add(string.Empty);
            lines.AddRange(paragraphs);
        }

        if (document.Notes.Texts.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add("Notes (n/a [k] in a cell: the data cannot give the figure, for reason k):");
            lines.AddRange(document.Notes.Texts.Select(static (text, i) => $"[{i + 1}] {text}"));
        }

        // Not wrapped: a long line runs on over the empty cells to its right.
        return [.. lines.Select((line, i) => new Row(strings.Cell(line, i == 0 ? Bold : Plain)))];
    }

    private static Row Header(DocumentTable table, SharedStrings strings) =>
        new(table.Columns.Select(c => strings.Cell(c.Heading, Bold)));

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, List<Row> rows, int[] columnWidths, bool frozen)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var worksheet = new Worksheet();
        if (frozen)
        {
            // The header row stays in view while scrolling.
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }));
        }

        worksheet.Append(new Columns(columnWidths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
        var data = new SheetData();
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].RowIndex = (uint)(i + 1);
            var column = 0;
            foreach (var cell in rows[i].Elements<Cell>())
            {
                cell.CellReference = ColumnName(column++) + (i + 1).ToString(CultureInfo.InvariantCulture);
            }

            data.Append(rows[i]);
        }

        worksheet.Append(data);
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(sheets.Count() + 1), Name = name });
    }

    private static Stylesheet Stylesheet(IReadOnlyList<string> numberFormats)
    {
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Right, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true });
        formats.Append(numberFormats.Select(static (_, i) =>
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 164 + (uint)i, ApplyNumberFormat = true, ApplyAlignment = true }));
        return new Stylesheet(
            new NumberingFormats(numberFormats.Select(static (f, i) => new NumberingFormat { NumberFormatId = 164 + (uint)i, FormatCode = f })),
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            formats);
    }

    // Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique without regard to case.
    private static string SheetName(string wanted, HashSet<string> taken)
    {
        var clean = new string([.. wanted.Select(static ch => ":\\/?*[]".Contains(ch, StringComparison.Ordinal) ? '-' : ch)]).Trim('\'');
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length > 31 - suffix.Length ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private sealed class SharedStrings(SharedStringTablePart part)
    {
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
        private readonly SharedStringTable _table = part.SharedStringTable = new SharedStringTable();

        public Cell Cell(string text, uint style)
        {
            if (!_indexes.TryGetValue(text, out var index))
            {
                index = _indexes[text] = _indexes.Count;
                _table.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(index), StyleIndex = style };
        }
    }
}
