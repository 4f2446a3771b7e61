using System.Text.Json;
using System.Text.RegularExpressions;

namespace AseanMinerals.Comtrade.Api.Internal;

/// <summary>What an error answer says, in one line: the JSON <c>errorObject.errorMessage</c> or <c>error</c>, the title of an HTML page, or the start of a plain text.</summary>
internal static partial class ErrorText
{
    public static string Of(SpooledAnswer answer)
    {
        var text = answer.Text(4_096);
        if (answer.LooksLikeJson())
        {
            try
            {
                using var document = JsonDocument.Parse(text.AsMemory(), new JsonDocumentOptions { AllowTrailingCommas = true });
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    if (document.RootElement.TryGetProperty("errorObject", out var error) && error.ValueKind == JsonValueKind.Object
                        && error.TryGetProperty("errorMessage", out var message) && message.ValueKind == JsonValueKind.String)
                    {
                        return OneLine(message.GetString()!);
                    }

                    if (document.RootElement.TryGetProperty("error", out var plain) && plain.ValueKind == JsonValueKind.String && plain.GetString() is { Length: > 0 } said)
                    {
                        return OneLine(said);
                    }
                }
            }
            catch (JsonException)
            {
                // cut at 4 KB or malformed: fall through to the text
            }
        }

        if (answer.MediaType is "text/html" || text.TrimStart().StartsWith('<'))
        {
            var title = Title().Match(text);
            return "an HTML page" + (title.Success ? $" titled \"{OneLine(title.Groups[1].Value)}\"" : string.Empty) + " (from a gateway, not the data service)";
        }

        return text.Length == 0 ? "an empty body" : $"\"{OneLine(text)}\"";
    }

    private static string OneLine(string text)
    {
        var line = Whitespace().Replace(text, " ").Trim();
        return line.Length > 200 ? line[..200] + "..." : line;
    }

    [GeneratedRegex(@"<title[^>]*>([^<]*)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex Title();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
