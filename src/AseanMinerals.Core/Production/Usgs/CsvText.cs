using System.Text;

namespace AseanMinerals.Core.Production.Usgs;

/// <summary>
/// Splits CSV text (RFC 4180: quoted fields with doubled quotes, CRLF or LF, a last line without a newline) into records
/// with the line each starts on. The USGS files are small (the largest is under 1 MB), so the text is read whole; the core
/// stays free of a CSV dependency.
/// </summary>
internal static class CsvText
{
    public static IEnumerable<(long Line, string[] Fields)> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1, recordLine = 1;
        var inQuotes = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return (recordLine, fields.ToArray());
                fields.Clear();
                any = false;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields.ToArray());
        }
    }
}
