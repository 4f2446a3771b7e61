using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Core.TradeSources;

/// <summary>
/// How a trade source is read, whatever its format: stop at the first bad row or collect them, how many issues to list,
/// the longest row, the name issues give the input, progress, and the catalogue of trade areas. Readers with settings of
/// their own extend it (for UN Comtrade files, <c>ComtradeImportOptions</c> adds the format, the encoding and which rows
/// to include).
/// </summary>
public record TradeSourceOptions
{
    /// <summary>The options with every default: stop at the first invalid row.</summary>
    public static TradeSourceOptions Default { get; } = new();

    /// <summary>Whether to stop at the first invalid row (the default) or to reject it and go on.</summary>
    public InvalidRowHandling OnInvalidRow { get; init; } = InvalidRowHandling.Stop;

    /// <summary>
    /// The most issues the summary lists (default 1,000); beyond it issues are still counted by rule
    /// (<see cref="TradeSourceSummary.IssuesByRule"/>), so that an input with a million bad rows does not fill the memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is negative.</exception>
    public int MaxIssues
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIssues), value, "The number of issues kept cannot be negative.");
    } = 1_000;

    /// <summary>
    /// The longest row (or line) read, in bytes of UTF-8 (of the UTF-8 form for a CSV file in another encoding), a quoted field's line breaks
    /// included (default 1 MiB; a trade record takes about 150 bytes, a Comtrade row about 600). A longer row is rejected
    /// (or, where the rest of the input cannot be told apart from it, stops the reading) without being held in memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is not positive.</exception>
    public int MaxRowLength
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRowLength), value, "The maximum row length must be positive.");
    } = 1 << 20;

    /// <summary>
    /// The name of the file or stream, put on each issue (<see cref="Validation.ValidationIssue.Source"/>); null uses the
    /// path for a file and <c>stream</c> for a stream.
    /// </summary>
    public string? SourceName { get; init; }

    /// <summary>Receives the progress of the reading every <see cref="ProgressInterval"/> rows and once at the end.</summary>
    public IProgress<TradeSourceProgress>? Progress { get; init; }

    /// <summary>How many rows between two progress reports (default 10,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not positive.</exception>
    public int ProgressInterval
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(ProgressInterval), value, "The progress interval must be positive.");
    } = 10_000;

    /// <summary>
    /// The catalogue that partner codes are counted by kind with (<see cref="TradeSourceSummary.RecordsByPartnerKind"/>) and,
    /// by readers that check them, reporter and partner codes are checked against; null (the default) uses
    /// <see cref="TradeAreaCatalog.Default"/>, the trade areas of <see cref="AseanReferenceData.Default"/>.
    /// </summary>
    public TradeAreaCatalog? TradeAreas { get; init; }

    /// <summary>
    /// The question the records are read for (the question-first path): a record outside its periods, reporters or flows is
    /// not handed out but counted as set aside (<see cref="TradeSetAsideReason.OutsideQuestion"/>), so that every row is
    /// still accounted for; null (the default) hands out every record. The question's commodities are left to the cube
    /// builder, since which codes they hold depends on its classification. Readers may place a row outside the question
    /// as soon as they have read its period, reporter and flow, without checking the rest of it.
    /// </summary>
    public TradeCubeFilter? Question { get; init; }
}
