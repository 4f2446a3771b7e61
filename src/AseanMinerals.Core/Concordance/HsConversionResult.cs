using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Concordance;

/// <summary>What <see cref="HsConverter"/> made of a set of records: the records in one edition, and what moved.</summary>
public sealed class HsConversionResult
{
    internal HsConversionResult(HsRevision target, HsSplitMode mode, IReadOnlyList<ConvertedTradeRecord> records, int convertedRecords, decimal valueMoved, IReadOnlyList<ValidationIssue> issues)
    {
        Target = target;
        Mode = mode;
        Records = records;
        ConvertedRecords = convertedRecords;
        ValueMovedBetweenCodes = valueMoved;
        Issues = issues;
    }

    /// <summary>The edition every convertible record is now in.</summary>
    public HsRevision Target { get; }

    /// <summary>How values were shared among target codes.</summary>
    public HsSplitMode Mode { get; }

    /// <summary>The records after conversion, each with its source code, edition and weight; input order, parts of one record together.</summary>
    public IReadOnlyList<ConvertedTradeRecord> Records { get; }

    /// <summary>The records alone, for <see cref="Aggregation.TradeCube"/>.</summary>
    public IEnumerable<TradeRecord> TradeRecords => Records.Select(static r => r.Record);

    /// <summary>How many input records went through a correlation table (the others were passed through as they were).</summary>
    public int ConvertedRecords { get; }

    /// <summary>The value (US$) that now sits in a code other than the one it was reported in.</summary>
    public decimal ValueMovedBetweenCodes { get; }

    /// <summary>
    /// One warning per code the tables do not know in its stated edition, and per record of no stated edition (rule
    /// <see cref="TradeRules.HsCodeNotInEdition"/>): those records are kept unconverted, never dropped.
    /// </summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }
}
