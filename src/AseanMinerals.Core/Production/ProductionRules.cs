using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Production;

/// <summary>The rules production figures and their files are checked against (codes <c>AMC7xxx</c>).</summary>
public static class ProductionRules
{
    /// <summary>AMC7001: a file has the columns of a USGS world-data layout (country, type, at least one figure column).</summary>
    public static ValidationRule UnknownLayout { get; } = new("AMC7001", ValidationSeverity.Error, "A production file has the columns of a known layout.");

    /// <summary>AMC7002: a figure cell holds a number, a flag (W, NA, XX), a bound (&gt;n, &lt;n) or the words USGS uses; anything else rejects the row.</summary>
    public static ValidationRule MalformedValue { get; } = new("AMC7002", ValidationSeverity.Error, "A figure is a number, a flag or a bound.");

    /// <summary>AMC7003: a unit is one the library knows (from the unit column or the column name).</summary>
    public static ValidationRule UnknownUnit { get; } = new("AMC7003", ValidationSeverity.Error, "A figure's unit is known.");

    /// <summary>AMC7004: a commodity is in the list of mineral commodities.</summary>
    public static ValidationRule UnknownCommodity { get; } = new("AMC7004", ValidationSeverity.Error, "A commodity is in the list of mineral commodities.");

    /// <summary>
    /// AMC7005: a country name is in the crosswalk to area codes. A warning: the row is set aside and reported by name,
    /// never dropped silently.
    /// </summary>
    public static ValidationRule UnknownCountry { get; } = new("AMC7005", ValidationSeverity.Warning, "A country name maps to an area code.");

    /// <summary>AMC7006: a production amount is not negative.</summary>
    public static ValidationRule NegativeAmount { get; } = new("AMC7006", ValidationSeverity.Error, "A production amount is not negative.");

    /// <summary>AMC7007: no two figures of one release share a key (commodity, kind, measure, area, qualifier, year).</summary>
    public static ValidationRule DuplicateFigure { get; } = new("AMC7007", ValidationSeverity.Error, "No two figures of one release share a key.");

    /// <summary>AMC7008: amounts added together share a dimension (tons are not added to dry tons or carats).</summary>
    public static ValidationRule MixedUnits { get; } = new("AMC7008", ValidationSeverity.Error, "Amounts added together share a dimension.");

    /// <summary>Every production rule.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
        [UnknownLayout, MalformedValue, UnknownUnit, UnknownCommodity, UnknownCountry, NegativeAmount, DuplicateFigure, MixedUnits];
}
