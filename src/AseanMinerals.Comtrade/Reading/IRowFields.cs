namespace AseanMinerals.Comtrade.Reading;

/// <summary>The fields of one row, by column position: a CSV row or a JSON element laid out in the Comtrade+ column order.</summary>
internal interface IRowFields
{
    /// <summary>How many fields the row has.</summary>
    int Count { get; }

    /// <summary>The UTF-8 bytes of a field (unescaped, not trimmed); empty for a missing or null field.</summary>
    ReadOnlySpan<byte> this[int index] { get; }

    /// <summary>The first field given twice in the row (a JSON member repeated), or -1.</summary>
    int DuplicateField { get; }
}
