using System.Globalization;

namespace AseanMinerals.Core.Internal;

/// <summary>
/// Text from the input quoted in a message is cut to a short prefix with its length: a field or member name of a megabyte
/// quoted whole in each of a thousand messages would fill the memory and bury the message. Every reader quotes through here.
/// </summary>
internal static class QuotedText
{
    /// <summary>The most characters of an input value a message quotes.</summary>
    public const int MaxQuoted = 64;

    /// <summary>The text as it is when short; otherwise its first <see cref="MaxQuoted"/> characters, then <c>... (N characters)</c>.</summary>
    public static string Cut(ReadOnlySpan<char> text)
    {
        if (text.Length <= MaxQuoted)
        {
            return text.ToString();
        }

        var keep = char.IsHighSurrogate(text[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        return string.Create(CultureInfo.InvariantCulture, $"{text[..keep]}... ({text.Length:N0} characters)");
    }

    /// <summary>UTF-8 text as <see cref="Cut(ReadOnlySpan{char})"/> quotes it, decoding no more than the prefix; a long one gives its length in bytes.</summary>
    public static string Cut(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= MaxQuoted)
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        var prefix = System.Text.Encoding.UTF8.GetString(utf8[..MaxQuoted]).TrimEnd('\uFFFD');
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}... ({utf8.Length:N0} bytes)");
    }
}
