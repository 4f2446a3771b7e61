namespace AseanMinerals.Core.Trade;

/// <summary>Thrown by <see cref="DuplicateTradeGuard"/> under <see cref="DuplicateTradeRule.Refuse"/>: the same trade given twice.</summary>
public sealed class DuplicateTradeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="duplicate">The duplicate, with both places.</param>
    public DuplicateTradeException(DuplicateTrade duplicate)
        : base((duplicate ?? throw new ArgumentNullException(nameof(duplicate))).ToString()) => Duplicate = duplicate;

    /// <summary>The duplicate, with both places.</summary>
    public DuplicateTrade Duplicate { get; }
}
