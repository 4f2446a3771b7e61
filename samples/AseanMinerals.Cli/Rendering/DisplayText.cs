using System.Globalization;
using System.Text;

namespace AseanMinerals.Cli.Rendering;

/// <summary>Words for a reader: enum values as lower-case words (<c>DialoguePartner</c>: "dialogue partner"), and counts with their plural.</summary>
internal static class DisplayText
{
    public static string Of(Enum value)
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString()
            .Replace("intra asean", "intra-ASEAN", StringComparison.Ordinal)
            .Replace("asean", "ASEAN", StringComparison.Ordinal);
    }

    /// <summary><c>1 record</c>, <c>2 records</c>, <c>1,352 records</c>.</summary>
    public static string Count(long count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
