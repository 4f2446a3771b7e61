namespace AseanMinerals.Core.TradeSources;

/// <summary>What a trade source does with a row (or line) that is not a valid record.</summary>
public enum InvalidRowHandling
{
    /// <summary>Stop at the first invalid row with a <see cref="Validation.ValidationException"/> naming its file, line and rule.</summary>
    Stop = 0,

    /// <summary>Reject the row (counted by rule, and listed in the summary up to <see cref="TradeSourceOptions.MaxIssues"/>) and go on.</summary>
    Collect = 1,
}
