namespace AseanMinerals.Core.TradeSources.Internal;

/// <summary>
/// How the files of one format are split for <see cref="ParallelTradeSource"/>: how a part is read (the format's own
/// reader over a stream), whether the format has a header line every part needs, whether line feeds can sit inside quoted
/// fields (CSV), and which issues a reader says once per input (then said once for all the parts).
/// </summary>
/// <param name="Format">The format's name, for the summary before anything is read.</param>
/// <param name="OpenPart">The reader of one part: the stream (prefix and range), the source name, the options.</param>
/// <param name="CanSplit">Whether a file starting with these bytes can be split at line feeds (a JSON document cannot).</param>
/// <param name="HasHeader">True when the first line is a header that every part is read with.</param>
/// <param name="QuotedLineFeeds">True when a line feed may sit inside a quoted field (CSV): splits are then checked.</param>
/// <param name="OncePerInput">Rule codes of issues a reader gives once per input (first sight of a code, a note on the encoding); of equal ones, the first is kept.</param>
/// <param name="GroupOf">
/// Given the header line, a test of whether two lines belong to one group that a split should not cut (Comtrade rows of
/// one reporter and period, whose breakdown rows are checked against their aggregate row); null when any split will do.
/// </param>
/// <param name="Supersedes">Rule codes whose issue, in any part, withdraws the issues of other codes (a note that a check could not run withdraws that check's warnings).</param>
/// <param name="NotGrouped">
/// The note a reader gives when a group comes back after another (source, line), for a group that comes back in a later
/// part (parts read by <see cref="IGroupedSource"/> readers); its code should supersede the group check's warnings.
/// </param>
internal sealed record TradeSourceSplit(
    string Format,
    Func<Stream, string, TradeSourceOptions, ITradeRecordSource> OpenPart,
    Func<ReadOnlyMemory<byte>, bool> CanSplit,
    bool HasHeader,
    bool QuotedLineFeeds,
    IReadOnlySet<string> OncePerInput,
    IReadOnlyDictionary<string, string> Supersedes,
    Func<ReadOnlyMemory<byte>, SameGroup?>? GroupOf = null,
    Func<string, long, Validation.ValidationIssue>? NotGrouped = null);

/// <summary>Whether two lines (without their line feeds) belong to one group that a split should not cut.</summary>
internal delegate bool SameGroup(ReadOnlySpan<byte> line, ReadOnlySpan<byte> next);
