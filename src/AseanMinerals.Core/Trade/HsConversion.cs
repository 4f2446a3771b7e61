namespace AseanMinerals.Core.Trade;

/// <summary>
/// Where a trade record converted to another HS edition came from (see <see cref="Concordance.HsConverter"/>): the code
/// and edition its value was reported in, and the share of that value it holds. Carried by
/// <see cref="TradeRecord.Conversion"/> so that a converted file says what each of its records was.
/// </summary>
/// <param name="SourceCommodity">The code the value was reported in.</param>
/// <param name="SourceRevision">The edition the value was reported in.</param>
/// <param name="Weight">The share of the source record's value (and measures) this record holds, from 0 to 1 (1 for a code converted whole).</param>
public readonly record struct HsConversion(HsCode SourceCommodity, HsRevision SourceRevision, decimal Weight);
