namespace AseanMinerals.Comtrade;

/// <summary>What the importer does with a row it cannot read.</summary>
public enum ComtradeErrorHandling
{
    /// <summary>Stop at the first rejected row with a <see cref="AseanMinerals.Core.Validation.ValidationException"/> naming its line and rule.</summary>
    StopAtFirstError = 0,

    /// <summary>Reject the row (counted, and listed in the summary with its line and rule) and go on with the next.</summary>
    CollectAndContinue = 1,
}
