using System.Text.Json;

namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>
/// A <see cref="TextDocument"/> as one JSON document: each table with its columns (kind and number format) and its rows
/// as objects keyed by column heading; numbers are JSON numbers, an absent figure is null, and a row's notes map a
/// heading to the number of its note in <c>notes</c>.
/// </summary>
internal static class DocumentJson
{
    public static void Write(Stream stream, TextDocument document)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("title", document.Title);
        json.WriteStartArray("lead");
        foreach (var line in document.Lead)
        {
            json.WriteStringValue(line);
        }

        json.WriteEndArray();
        json.WriteStartArray("tables");
        var section = (string?)null;
        foreach (var block in document.Blocks)
        {
            if (block is DocumentHeading heading)
            {
                section = heading.Text;
            }
            else if (block is DocumentTable table)
            {
                Table(json, table, section);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("paragraphs");
        foreach (var paragraph in document.Blocks.OfType<DocumentParagraph>())
        {
            json.WriteStringValue(paragraph.Text);
        }

        json.WriteEndArray();
        json.WriteStartObject("notes");
        for (var i = 0; i < document.Notes.Texts.Count; i++)
        {
            json.WriteString((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), document.Notes.Texts[i]);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Table(Utf8JsonWriter json, DocumentTable table, string? section)
    {
        json.WriteStartObject();
        json.WriteString("section", section);
        json.WriteString("title", table.Title);
        json.WriteStartArray("columns");
        for (var c = 0; c < table.Columns.Count; c++)
        {
            json.WriteStartObject();
            json.WriteString("heading", table.Columns[c].Heading);
            json.WriteString("kind", table.Columns[c].Kind.ToString().ToLowerInvariant());
            if (table.Columns[c].IsNumeric)
            {
                json.WriteString("numberFormat", table.NumberFormat(c));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = row[c];
                json.WritePropertyName(table.Columns[c].Heading);
                if (cell.Number is { } number)
                {
                    json.WriteNumberValue(number);
                }
                else if (cell.Text is { } text)
                {
                    json.WriteStringValue(text);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            var notes = table.Columns.Select((column, c) => (column.Heading, row[c].Note)).Where(static p => p.Note is not null).ToList();
            if (notes.Count > 0)
            {
                json.WriteStartObject("notes");
                foreach (var (heading, note) in notes)
                {
                    json.WriteNumber(heading, note!.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("caption", table.Caption);
        json.WriteEndObject();
    }
}
