namespace AseanMinerals.Core.Trade;

/// <summary>What <see cref="DuplicateTradeGuard"/> does with a record whose key it has seen: the same trade is never added twice.</summary>
public enum DuplicateTradeRule
{
    /// <summary>Stop with a <see cref="DuplicateTradeException"/> naming both places (the default).</summary>
    Refuse,

    /// <summary>Keep the first record of each key; count and report the later ones, and leave them out.</summary>
    KeepFirst,
}
