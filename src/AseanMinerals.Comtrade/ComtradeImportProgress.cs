namespace AseanMinerals.Comtrade;

/// <summary>How far an import has gone, for a progress display.</summary>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="BytesRead">Bytes of the file read so far (compressed bytes for a gzip file; reading runs a buffer ahead of the rows).</param>
/// <param name="TotalBytes">The length of the file in bytes, where known (files and other seekable streams).</param>
public readonly record struct ComtradeImportProgress(long RowsRead, long BytesRead, long? TotalBytes)
{
    /// <summary>The share of the file read, 0 to 1, where the length is known.</summary>
    public double? Fraction => TotalBytes is > 0 ? Math.Min(1.0, (double)BytesRead / TotalBytes.Value) : null;
}
