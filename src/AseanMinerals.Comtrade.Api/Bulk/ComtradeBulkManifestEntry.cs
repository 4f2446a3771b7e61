namespace AseanMinerals.Comtrade.Api.Bulk;

/// <summary>
/// One finished file in a download folder's manifest (<c>manifest.json</c>): what the service listed and what arrived.
/// A file is in the manifest only once it is complete on disk, so that a stopped download resumes from the manifest.
/// </summary>
public sealed record ComtradeBulkManifestEntry
{
    /// <summary>The file's name in the folder.</summary>
    public required string FileName { get; init; }

    /// <summary>The reporter.</summary>
    public required int ReporterCode { get; init; }

    /// <summary>The period.</summary>
    public required string Period { get; init; }

    /// <summary>The classification.</summary>
    public required string ClassificationCode { get; init; }

    /// <summary>The service's key of the file version.</summary>
    public required string RowKey { get; init; }

    /// <summary>When the service published the version downloaded.</summary>
    public required DateTimeOffset PublicationDate { get; init; }

    /// <summary>The service's name of the file (<c>fileUrl</c>).</summary>
    public required string FileHash { get; init; }

    /// <summary>The size the service listed (<c>183.34 KB</c>).</summary>
    public required string ListedSize { get; init; }

    /// <summary>The bytes on disk.</summary>
    public required long Bytes { get; init; }

    /// <summary>The SHA-256 of the bytes on disk, lower-case hex.</summary>
    public required string Sha256 { get; init; }

    /// <summary><c>complete</c>.</summary>
    public string Status { get; init; } = "complete";
}
