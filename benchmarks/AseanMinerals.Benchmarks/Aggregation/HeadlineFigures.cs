namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>The three 2018-style headline figures, as every implementation returns them.</summary>
/// <param name="MineralsTrade">ASEAN's trade (exports plus imports) in the default minerals scope.</param>
/// <param name="ShareOfTotal">That trade over ASEAN's trade in all commodities.</param>
/// <param name="IntraAseanShare">Its part with ASEAN partners over the whole.</param>
public sealed record HeadlineFigures(decimal MineralsTrade, decimal ShareOfTotal, decimal IntraAseanShare);
