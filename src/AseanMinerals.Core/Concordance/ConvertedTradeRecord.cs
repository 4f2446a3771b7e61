using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Concordance;

/// <summary>A record after conversion to one HS edition, with where its value came from.</summary>
/// <param name="Record">The record in the target edition (its value the part <paramref name="Weight"/> of the source value; when
/// converted, its <see cref="TradeRecord.Conversion"/> says the same source code, edition and weight, so that it is written with it).</param>
/// <param name="SourceCommodity">The code the value was reported in.</param>
/// <param name="SourceRevision">The edition the value was reported in.</param>
/// <param name="Weight">The share of the source record's value this record holds (1 for a record passed through whole).</param>
/// <param name="IsConverted">True when the record went through a correlation table; false when it was passed through as it was
/// (already in the target edition, <c>TOTAL</c>, or a code the tables do not know, which is reported).</param>
public readonly record struct ConvertedTradeRecord(TradeRecord Record, HsCode SourceCommodity, HsRevision SourceRevision, decimal Weight, bool IsConverted);
