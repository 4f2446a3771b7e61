using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade;

/// <summary>
/// The rules a UN Comtrade file is read against (codes <c>AMC5xxx</c>). Errors on a row reject that row (it is counted
/// and reported with its line, never dropped silently); errors on the file as a whole stop the import. Warnings keep the
/// data and say what deserves a look.
/// </summary>
public static class ComtradeImportRules
{
    /// <summary>AMC5001: the input is a Comtrade file of a known format (Comtrade+ CSV or JSON, legacy CSV).</summary>
    public static ValidationRule UnrecognisedFormat { get; } = new("AMC5001", ValidationSeverity.Error, "The input is a UN Comtrade file of a known format.");

    /// <summary>AMC5002: the header has every column the format needs.</summary>
    public static ValidationRule MissingColumn { get; } = new("AMC5002", ValidationSeverity.Error, "The header has every column the format needs.");

    /// <summary>AMC5003: a row has as many fields as the header (a trailing empty field is allowed).</summary>
    public static ValidationRule FieldCount { get; } = new("AMC5003", ValidationSeverity.Error, "A row has as many fields as the header.");

    /// <summary>
    /// AMC5004: a number or a true/false flag (trade value, weight, quantity, estimation flags) is written as one, and a
    /// trade value fits a decimal. A negative trade value breaks the trade rule <see cref="TradeRules.NegativeValue"/>
    /// (AMC2001), which every trade reader applies.
    /// </summary>
    public static ValidationRule BadNumber { get; } = new("AMC5004", ValidationSeverity.Error, "A number or a true/false flag is written as one; a trade value fits a decimal.");

    /// <summary>AMC5005: the trade flow is one Comtrade defines (M, X, RX, RM, DX, FM, MIP, MOP, XIP, XOP; legacy codes 1 to 4).</summary>
    public static ValidationRule UnknownFlow { get; } = new("AMC5005", ValidationSeverity.Error, "The trade flow is one Comtrade defines.");

    /// <summary>AMC5006: a reporter or partner code is a number from 0 to 999.</summary>
    public static ValidationRule MalformedAreaCode { get; } = new("AMC5006", ValidationSeverity.Error, "A reporter or partner code is a number from 0 to 999.");

    /// <summary>AMC5007: the commodity code is an HS code (TOTAL, or 2, 4 or 6 digits).</summary>
    public static ValidationRule MalformedCommodity { get; } = new("AMC5007", ValidationSeverity.Error, "The commodity code is TOTAL or an HS code of 2, 4 or 6 digits.");

    /// <summary>AMC5008: the classification is an edition of the HS (H0 to H6, or HS); SITC and BEC rows are not HS trade.</summary>
    public static ValidationRule NotHarmonizedSystem { get; } = new("AMC5008", ValidationSeverity.Error, "The classification is an edition of the Harmonized System.");

    /// <summary>AMC5009: the period is a year (YYYY) or a month (YYYYMM).</summary>
    public static ValidationRule MalformedPeriod { get; } = new("AMC5009", ValidationSeverity.Error, "The period is a year (YYYY) or a month (YYYYMM).");

    /// <summary>AMC5010: a row has a trade value (the primary value, or CIF for imports and FOB for exports).</summary>
    public static ValidationRule MissingValue { get; } = new("AMC5010", ValidationSeverity.Error, "A row has a trade value.");

    /// <summary>AMC5011: the customs procedure (C00 to C99) and the mode of transport (a number) are well formed.</summary>
    public static ValidationRule MalformedBreakdown { get; } = new("AMC5011", ValidationSeverity.Error, "The customs procedure and the mode of transport are well formed.");

    /// <summary>AMC5012: the file is well formed (closed quotes, valid JSON).</summary>
    public static ValidationRule MalformedFile { get; } = new("AMC5012", ValidationSeverity.Error, "The file is well formed CSV or JSON.");

    /// <summary>AMC5013: the API response reports no error.</summary>
    public static ValidationRule ApiError { get; } = new("AMC5013", ValidationSeverity.Error, "The API response reports no error.");

    /// <summary>AMC5014: the row is merchandise trade (Comtrade type C); services (type S) are not HS trade.</summary>
    public static ValidationRule NotGoods { get; } = new("AMC5014", ValidationSeverity.Error, "The row is merchandise trade (type C).");

    /// <summary>AMC5015: the header names each column once, and a JSON record each member once; which of two values to take cannot be guessed.</summary>
    public static ValidationRule DuplicateField { get; } = new("AMC5015", ValidationSeverity.Error, "The header names each column once, and a JSON record each member once.");

    /// <summary>AMC5016: a row (a CSV row, or a JSON element) is no longer than <see cref="Core.TradeSources.TradeSourceOptions.MaxRowLength"/>; a longer one stops the import, as the rows after it cannot be told apart safely.</summary>
    public static ValidationRule RowTooLong { get; } = new("AMC5016", ValidationSeverity.Error, "A row is no longer than the import's maximum row length.");

    /// <summary>
    /// AMC5019: fields that say the same thing agree: <c>refYear</c> and <c>refPeriodId</c> with <c>period</c>, <c>flowDesc</c>
    /// with <c>flowCode</c>. Which of two contradicting fields is right cannot be told, so the row is rejected naming both.
    /// </summary>
    public static ValidationRule ContradictoryFields { get; } = new("AMC5019", ValidationSeverity.Error, "Fields that say the same thing agree (refYear and refPeriodId with period, flowDesc with flowCode).");

    /// <summary>AMC5020: a reporter or partner code is in the trade-area catalogue; an unknown code is kept as a plain code.</summary>
    public static ValidationRule UnknownAreaCode { get; } = new("AMC5020", ValidationSeverity.Warning, "A reporter or partner code is in the trade-area catalogue.");

    /// <summary>AMC5021: the API response holds the records it announces, and at least one (Comtrade answers bad parameters with an empty list).</summary>
    public static ValidationRule ApiRecordCount { get; } = new("AMC5021", ValidationSeverity.Warning, "The API response holds the records it announces, and at least one.");

    /// <summary>AMC5022: a breakdown or subset-flow row has its aggregate row in the file; without it, the figure is missing from the aggregate records.</summary>
    public static ValidationRule MissingAggregate { get; } = new("AMC5022", ValidationSeverity.Warning, "A breakdown or subset-flow row has its aggregate row in the file.");

    /// <summary>AMC5023: the legacy estimation flag is one Comtrade defines (0, 2, 4 or 6).</summary>
    public static ValidationRule UnknownEstimationFlag { get; } = new("AMC5023", ValidationSeverity.Warning, "The estimation flag is 0, 2, 4 or 6.");

    /// <summary>AMC5024: the text was decoded as Windows-1252 because it is not UTF-8 (information).</summary>
    public static ValidationRule DecodedAsWindows1252 { get; } = new("AMC5024", ValidationSeverity.Information, "Text that is not UTF-8 is decoded as Windows-1252.");

    /// <summary>AMC5025: the file is grouped by reporter and period, so that missing aggregate rows can be found (information).</summary>
    public static ValidationRule NotGroupedByReporterAndPeriod { get; } = new("AMC5025", ValidationSeverity.Information, "The file is grouped by reporter and period.");

    /// <summary>Every Comtrade import rule.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        UnrecognisedFormat, MissingColumn, FieldCount, BadNumber, UnknownFlow, MalformedAreaCode, MalformedCommodity,
        NotHarmonizedSystem, MalformedPeriod, MissingValue, MalformedBreakdown, MalformedFile, ApiError, NotGoods, DuplicateField, RowTooLong,
        ContradictoryFields, UnknownAreaCode, ApiRecordCount, MissingAggregate, UnknownEstimationFlag, DecodedAsWindows1252,
        NotGroupedByReporterAndPeriod,
    ];
}
