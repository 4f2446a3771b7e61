using System.Text;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Comtrade;

/// <summary>
/// How a UN Comtrade file is read. The defaults suit most users: the format and encoding are detected, only aggregate
/// rows of total flows are yielded (so that summing the records never counts a dollar twice), and the first bad row stops
/// the import.
/// </summary>
public sealed record ComtradeImportOptions
{
    /// <summary>The options with every default.</summary>
    public static ComtradeImportOptions Default { get; } = new();

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

    /// <summary>What to do with a row that cannot be read: stop (the default) or reject it and go on.</summary>
    public ComtradeErrorHandling ErrorHandling { get; init; } = ComtradeErrorHandling.StopAtFirstError;

    /// <summary>
    /// The most issues the summary lists (default 1,000); beyond it issues are still counted by rule, so that a file with a
    /// million bad rows does not fill the memory.
    /// </summary>
    public int MaxIssues { get; init; } = 1_000;

    /// <summary>
    /// The longest row read, in characters for CSV (a quoted field's line breaks included) and in bytes for a JSON element
    /// (default 1 MiB; a Comtrade row takes about 600). A longer row, such as the rest of a file after a quote left open,
    /// stops the import with <see cref="ComtradeImportRules.RowTooLong"/> at its line, so that memory stays bounded
    /// whatever the input.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is not positive.</exception>
    public int MaxRowLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRowLength), value, "The maximum row length must be positive.");
    } = 1 << 20;

    /// <summary>Receives the progress of the import every <see cref="ProgressInterval"/> rows and once at the end.</summary>
    public IProgress<ComtradeImportProgress>? Progress { get; init; }

    /// <summary>How many rows between two progress reports (default 10,000).</summary>
    public int ProgressInterval { get; init; } = 10_000;

    /// <summary>
    /// The catalogue that reporter and partner codes are checked against and partners are counted by kind with; null (the
    /// default) uses <see cref="TradeAreaCatalog.Default"/>, the trade areas of <see cref="AseanReferenceData.Default"/>.
    /// A code not in it is kept as it is, with a warning.
    /// </summary>
    public TradeAreaCatalog? TradeAreas { get; init; }
}
