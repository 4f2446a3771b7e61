using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// Thrown by <see cref="TradeCubePart.Merge"/> when two parts read records of the same period, reporter, partner and flow:
/// from their cells the merge cannot tell whether the same trade is in both (a cell adds up the records of many keys
/// alike), so it refuses rather than risk adding a trade twice.
/// </summary>
public sealed class TradeCubePartOverlapException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="coverage">What both parts read.</param>
    /// <param name="first">The part that read it first.</param>
    /// <param name="second">The other part.</param>
    public TradeCubePartOverlapException(TradeCubeCoverage coverage, string first, string second)
        : base($"The partial cubes {first} and {second} both read records of {(coverage ?? throw new ArgumentNullException(nameof(coverage))).Period} {coverage.Reporter}->{coverage.Partner} {coverage.Flow.ToComtradeCode()}: "
            + "their cells cannot say whether the same trade is in both, so they are not merged (the same trade is never added twice). "
            + "Split the records by period, reporter, partner or flow, or build one part from both sets of records.")
    {
        Coverage = coverage;
        First = first;
        Second = second;
    }

    /// <summary>What both parts read.</summary>
    public TradeCubeCoverage Coverage { get; }

    /// <summary>The part that read it first.</summary>
    public string First { get; }

    /// <summary>The other part.</summary>
    public string Second { get; }
}
