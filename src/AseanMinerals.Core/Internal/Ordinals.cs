namespace AseanMinerals.Core.Internal;

/// <summary>English ordinal suffixes (1st, 2nd, 3rd, 4th, 11th, 21st).</summary>
internal static class Ordinals
{
    public static string Suffix(int number) => (number % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        },
    };
}
