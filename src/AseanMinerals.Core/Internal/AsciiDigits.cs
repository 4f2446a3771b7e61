namespace AseanMinerals.Core.Internal;

/// <summary>Parsing of short runs of ASCII digits, for codes and dates (no sign, no white space, no culture).</summary>
internal static class AsciiDigits
{
    /// <summary>Parses a non-empty run of at most nine ASCII digits.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
