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
    public static bool TryParseComtradeCode(ReadOnlySpan<char> code, out HsRevision revision)
    {
        for (var i = 0; i < Codes.Length; i++)
        {
            if (code.SequenceEqual(Codes[i]))
            {
                revision = (HsRevision)i;
                return true;
            }
        }

        revision = default;
        return false;
    }
}
