namespace AseanMinerals.Comtrade.Api.Bulk;

/// <summary>What a bulk download did: files listed, downloaded, skipped because already complete.</summary>
/// <param name="Folder">The download folder.</param>
/// <param name="ManifestPath">The manifest.</param>
/// <param name="Listed">Files the service listed.</param>
/// <param name="Downloaded">Files downloaded by this run.</param>
/// <param name="Skipped">Files already complete in the folder (same row key, publication date, size and hash).</param>
/// <param name="BytesDownloaded">Bytes downloaded by this run.</param>
public sealed record ComtradeBulkResult(string Folder, string ManifestPath, int Listed, int Downloaded, int Skipped, long BytesDownloaded)
{
    /// <summary>One line for consoles.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Listed:N0} bulk files listed: {Downloaded:N0} downloaded ({BytesDownloaded:N0} bytes), {Skipped:N0} already complete; manifest {ManifestPath}";
}
