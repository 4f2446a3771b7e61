namespace AseanMinerals.Core.TradeSources;

/// <summary>How the text of a trade input was decoded.</summary>
public enum TradeTextEncoding
{
    /// <summary>Not known yet: the input has not been read.</summary>
    Unknown = 0,

    /// <summary>UTF-8 without a byte order mark (plain ASCII files are this too).</summary>
    Utf8 = 1,

    /// <summary>UTF-8 with a byte order mark, as spreadsheet programs save it.</summary>
    Utf8WithByteOrderMark = 2,

    /// <summary>Windows-1252: the file held bytes that are not UTF-8 (Comtrade+ downloads often are: <c>C\xF4te d'Ivoire</c>).</summary>
    Windows1252 = 3,

    /// <summary>The encoding the caller named in the reader's options.</summary>
    Named = 4,

    /// <summary>UTF-16 (little or big endian), named by the byte order mark that starts the file.</summary>
    Utf16WithByteOrderMark = 5,
}
