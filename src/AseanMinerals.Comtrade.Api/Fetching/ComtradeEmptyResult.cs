namespace AseanMinerals.Comtrade.Api.Fetching;

/// <summary>Why a query has no rows, as far as the client could tell: what it checked and what it concluded.</summary>
/// <param name="Reason">The conclusion, one sentence.</param>
/// <param name="Checks">What was checked, one line each (period format, codes, the availability endpoint's answer).</param>
public sealed record ComtradeEmptyResult(string Reason, IReadOnlyList<string> Checks)
{
    /// <summary>The reason, then the checks.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Reason + " Checked: " + string.Join("; ", Checks) + ".";
}
