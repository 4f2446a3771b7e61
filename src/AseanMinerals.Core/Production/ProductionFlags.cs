namespace AseanMinerals.Core.Production;

/// <summary>What the source says about a production figure besides its number.</summary>
[Flags]
public enum ProductionFlags
{
    /// <summary>A plain published figure.</summary>
    None = 0,

    /// <summary>An estimate (a column named "est", an "e" before the number or after the country, a note "estimated").</summary>
    Estimated = 1,

    /// <summary>"W": withheld to avoid disclosing company data; there is no number.</summary>
    Withheld = 2,

    /// <summary>"NA": not available; there is no number.</summary>
    NotAvailable = 4,

    /// <summary>"&gt;130,000,000": the true figure is greater than the number given.</summary>
    GreaterThan = 8,

    /// <summary>"&lt;1": the true figure is less than the number given.</summary>
    LessThan = 16,

    /// <summary>Words instead of a number ("Large", "Included in World total.", "XX" not applicable); there is no number.</summary>
    Qualitative = 32,
}
