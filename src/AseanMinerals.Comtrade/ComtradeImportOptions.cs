using System.Text;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade;

/// <summary>
/// How a UN Comtrade file is read: the options of every trade source (stop or collect, issues kept, longest row, progress,
/// trade-area catalogue) and those of Comtrade files. The defaults suit most users: the format and encoding are detected,
/// only aggregate rows of total flows are yielded (so that summing the records never counts a dollar twice), and the
/// first bad row stops the import. Reporter and partner codes are checked against <see cref="TradeSourceOptions.TradeAreas"/>:
/// a code not in it is kept as it is, with a warning.
/// </summary>
public sealed record ComtradeImportOptions : TradeSourceOptions
{
    /// <summary>The options with every default.</summary>
    public static new ComtradeImportOptions Default { get; } = new();

    /// <summary>The Windows-1252 encoding, to name in <see cref="Encoding"/> for files known to be in it.</summary>
    public static Encoding Windows1252 => Reading.TextDecoding.Windows1252;

    /// <summary>The format of the file; <see cref="ComtradeFormat.Detect"/> (the default) finds it from the first bytes and the header.</summary>
    public ComtradeFormat Format { get; init; } = ComtradeFormat.Detect;

    /// <summary>
    /// The encoding of a CSV file; null (the default) detects it: UTF-8 with or without a byte order mark, and bytes that are
    /// not UTF-8 read as Windows-1252. A byte order mark in the file wins over a named encoding. JSON is always UTF-8.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Yield breakdown rows too (by second partner, customs procedure or mode of transport), each marked by
    /// <see cref="AseanMinerals.Core.Trade.TradeRecord.Breakdown"/>; off by default, when they are counted as set aside.
    /// </summary>
    public bool IncludeBreakdowns { get; init; }

    /// <summary>
    /// Yield rows of subset flows too (re-exports, domestic exports, re-imports, foreign imports, processing flows), each
    /// with its own <see cref="AseanMinerals.Core.Trade.TradeFlow"/>; off by default, when they are counted as set aside.
    /// </summary>
    public bool IncludeSubsetFlows { get; init; }
}
