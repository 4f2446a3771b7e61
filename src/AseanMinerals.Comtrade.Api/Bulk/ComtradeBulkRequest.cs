using AseanMinerals.Comtrade.Api.Queries;

namespace AseanMinerals.Comtrade.Api.Bulk;

/// <summary>Which bulk files to list or download: per reporter, for periods, optionally only those published since a date.</summary>
/// <param name="Reporters">The reporters' codes (bulk files are listed per reporter).</param>
/// <param name="Periods">The periods (years, or months for monthly files); empty for every period.</param>
public sealed record ComtradeBulkRequest(IReadOnlyList<int> Reporters, IReadOnlyList<string> Periods)
{
    /// <summary>Annual (the default) or monthly files.</summary>
    public ComtradeFrequency Frequency { get; init; }

    /// <summary>The classification (default <c>HS</c>, as reported).</summary>
    public string Classification { get; init; } = "HS";

    /// <summary>Only files published on or after this moment (<c>publishedDateFrom</c>): an incremental update.</summary>
    public DateTimeOffset? PublishedFrom { get; init; }

    /// <summary>Only files published on or before this moment (<c>publishedDateTo</c>).</summary>
    public DateTimeOffset? PublishedTo { get; init; }
}
