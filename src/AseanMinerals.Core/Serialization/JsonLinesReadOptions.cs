namespace AseanMinerals.Core.Serialization;

/// <summary>How to read trade records from JSON Lines.</summary>
public sealed record JsonLinesReadOptions
{
    /// <summary>The default: stop at the first invalid line.</summary>
    public static JsonLinesReadOptions Default { get; } = new();

    /// <summary>Whether to stop at the first invalid line (the default) or to set invalid lines aside and go on.</summary>
    public InvalidLineHandling OnInvalidLine { get; init; } = InvalidLineHandling.Stop;

    /// <summary>
    /// How many rejected lines to keep with their reasons when collecting (the default is 1,000); lines beyond are still
    /// counted in <see cref="TradeRecordJsonLinesReader.LinesRejected"/>, so that memory stays bounded whatever the input.
    /// </summary>
    public int MaxRejectionsKept { get; init; } = 1_000;

    /// <summary>
    /// The longest line accepted, in bytes (the default is 1 MiB; a trade record takes about 150). A longer line is rejected
    /// whole (<see cref="JsonRules.TooLong"/>) without being held in memory.
    /// </summary>
    public int MaxLineLength { get; init; } = 1 << 20;

    /// <summary>The name of the file or stream, put on each rejection (<see cref="Validation.ValidationIssue.Source"/>).</summary>
    public string? SourceName { get; init; }
}
