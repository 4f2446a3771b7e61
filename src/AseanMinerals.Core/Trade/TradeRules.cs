using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Trade;

/// <summary>The rules trade records are checked against (codes <c>AMC2xxx</c>); see <see cref="TradeRecordValidator"/>.</summary>
public static class TradeRules
{
    /// <summary>AMC2001: a trade value is not negative.</summary>
    public static ValidationRule NegativeValue { get; } = new("AMC2001", ValidationSeverity.Error, "A trade value is not negative.");

    /// <summary>AMC2002: a net weight or quantity, where given, is a finite number that is not negative.</summary>
    public static ValidationRule InvalidMeasure { get; } = new("AMC2002", ValidationSeverity.Error, "A net weight or quantity is finite and not negative.");

    /// <summary>
    /// AMC2003: the reporter and partner codes are in the trade-area catalogue. A warning: an unknown code is kept as it
    /// is (dropping it would silently lose trade), and the user is told to look at it.
    /// </summary>
    public static ValidationRule UnknownArea { get; } = new("AMC2003", ValidationSeverity.Warning, "Reporter and partner codes are in the trade-area catalogue.");

    /// <summary>
    /// AMC2004, a note: the partner is the reporter itself. Comtrade records re-imports of a country's own goods this way
    /// (China 2022: US$122,883,424,107, part of its World total), so the record is kept and counted like any other.
    /// </summary>
    public static ValidationRule ReporterIsPartner { get; } = new("AMC2004", ValidationSeverity.Information, "A partner that is the reporter itself is a re-import of its own goods, as Comtrade records them.");

    /// <summary>AMC2005: an HS code is TOTAL or 2, 4 or 6 digits of an existing chapter (used by readers of text).</summary>
    public static ValidationRule MalformedHsCode { get; } = new("AMC2005", ValidationSeverity.Error, "An HS code is TOTAL or 2, 4 or 6 digits.");

    /// <summary>AMC2006: an HS code's chapter exists in the stated edition of the HS.</summary>
    public static ValidationRule HsCodeNotInRevision { get; } = new("AMC2006", ValidationSeverity.Error, "An HS code's chapter exists in the stated HS edition.");

    /// <summary>AMC2007: a period has begun (a figure for a period that starts after today cannot exist).</summary>
    public static ValidationRule PeriodInFuture { get; } = new("AMC2007", ValidationSeverity.Error, "A trade period is not in the future.");

    /// <summary>AMC2008: a period has ended (a warning: figures for a period still running are partial).</summary>
    public static ValidationRule PeriodNotEnded { get; } = new("AMC2008", ValidationSeverity.Warning, "A trade period has ended.");

    /// <summary>
    /// AMC2009: no two records share a key: period, reporter, partner, flow, commodity and breakdown. The HS edition is not
    /// part of the key: the same figure published in two editions would be counted twice.
    /// </summary>
    public static ValidationRule DuplicateRecord { get; } = new("AMC2009", ValidationSeverity.Error, "No two records share a key.");

    /// <summary>
    /// AMC2020 (warning): an HS code exists in its stated edition (UNSD's correlation tables,
    /// <see cref="Concordance.HsCorrelationTables"/>). A warning: the record is kept as it is, and a conversion to another
    /// edition leaves it unconverted and says so.
    /// </summary>
    public static ValidationRule HsCodeNotInEdition { get; } = new("AMC2020", ValidationSeverity.Warning, "An HS code exists in its stated HS edition.");

    /// <summary>Every trade-record rule.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        NegativeValue, InvalidMeasure, UnknownArea, ReporterIsPartner, MalformedHsCode, HsCodeNotInRevision, PeriodInFuture,
        PeriodNotEnded, DuplicateRecord, HsCodeNotInEdition,
    ];
}
