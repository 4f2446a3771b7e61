namespace AseanMinerals.Comtrade.Api.Internal;

/// <summary>Takes the key out of any text that leaves the client (a log line, an exception message, an echoed body).</summary>
internal static class Redaction
{
    public static string Redact(string text, string? key) =>
        string.IsNullOrEmpty(key) || string.IsNullOrEmpty(text) ? text : text.Replace(key, "***", StringComparison.Ordinal);
}
