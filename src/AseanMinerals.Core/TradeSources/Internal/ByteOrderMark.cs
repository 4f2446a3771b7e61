namespace AseanMinerals.Core.TradeSources.Internal;

/// <summary>
/// The one place that tells a byte order mark at the start of an input: every reader (JSON documents, JSON Lines, Comtrade
/// CSV and JSON) skips a UTF-8 one and reports what it found.
/// </summary>
internal static class ByteOrderMark
{
    /// <summary>The length of the UTF-8 byte order mark that starts <paramref name="start"/>: 3, or 0 when there is none.</summary>
    public static int Utf8Length(ReadOnlySpan<byte> start) => start.StartsWith("\uFEFF"u8) ? 3 : 0;

    /// <summary>The encoding the first bytes of a text input announce: UTF-16 or UTF-8 by their byte order mark, otherwise UTF-8.</summary>
    public static TradeTextEncoding Sniff(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? TradeTextEncoding.Utf16WithByteOrderMark
        : Utf8Length(start) > 0 ? TradeTextEncoding.Utf8WithByteOrderMark
        : TradeTextEncoding.Utf8;
}
