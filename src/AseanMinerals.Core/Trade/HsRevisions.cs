namespace AseanMinerals.Core.Trade;

/// <summary>UN Comtrade's codes for the <see cref="HsRevision"/> editions.</summary>
public static class HsRevisions
{
    private static readonly string[] Codes = ["HS", "H0", "H1", "H2", "H3", "H4", "H5", "H6"];

    /// <summary>The Comtrade classification code of an edition (<c>H0</c> to <c>H6</c>, or <c>HS</c>).</summary>
    /// <param name="revision">The edition.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined edition.</exception>
    public static string ToComtradeCode(this HsRevision revision) =>
        (int)revision < Codes.Length
            ? Codes[(int)revision]
            : throw new ArgumentOutOfRangeException(nameof(revision), revision, "Not a defined HS edition.");

    /// <summary>Reads a Comtrade classification code (<c>H0</c> to <c>H6</c>, or <c>HS</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="revision">The edition, when recognised.</param>
    /// <returns>True when the code names an edition.</returns>
    public static bool TryParseComtradeCode(ReadOnlySpan<char> code, out HsRevision revision) => TryParse(code, out revision);

    /// <summary>Reads a Comtrade classification code (<c>H0</c> to <c>H6</c>, or <c>HS</c>) written in UTF-8.</summary>
    /// <param name="utf8Code">The code, in UTF-8.</param>
    /// <param name="revision">The edition, when recognised.</param>
    /// <returns>True when the code names an edition.</returns>
    public static bool TryParseComtradeCode(ReadOnlySpan<byte> utf8Code, out HsRevision revision) => TryParse(utf8Code, out revision);

    // The one mapping of codes to editions, for text and UTF-8 alike: H0 is HS 1992 (1), ..., H6 is HS 2022 (7), HS is 0
    // (as reported), the order of Codes and of the enum.
    private static bool TryParse<T>(ReadOnlySpan<T> code, out HsRevision revision)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        revision = default;
        if (code.Length != 2 || code[0] != T.CreateTruncating('H'))
        {
            return false;
        }

        var second = ushort.CreateTruncating(code[1]);
        if (second == 'S')
        {
            return true;
        }

        var digit = second - '0';
        if ((uint)digit >= Codes.Length - 1)
        {
            return false;
        }

        revision = (HsRevision)(digit + 1);
        return true;
    }
}
