namespace AseanMinerals.Benchmarks.Aggregation;

/// <summary>The three 2018-style headline figures, as every implementation returns them.</summary>
/// <param name="MineralsTrade">ASEAN's trade (exports plus imports) in the default minerals scope.</param>
/// <param name="ShareOfTotal">That trade over ASEAN's trade in all commodities.</param>
/// <param name="IntraAseanShare">Its part with ASEAN partners over the whole.</param>
public sealed record HeadlineFigures(decimal MineralsTrade, decimal ShareOfTotal, decimal IntraAseanShare)
{
    /// <summary>The figures from the one row of a SQL query that gives the minerals, total and intra-ASEAN sums, in that order.</summary>
    public static HeadlineFigures FromSums(System.Data.Common.DbDataReader reader)
    {
        reader.Read();
        var minerals = reader.GetDecimal(0);
        var total = reader.GetDecimal(1);
        var intra = reader.GetDecimal(2);
        return new HeadlineFigures(minerals, minerals / total, intra / minerals);
    }
}
