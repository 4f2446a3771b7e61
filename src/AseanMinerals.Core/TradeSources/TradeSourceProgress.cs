namespace AseanMinerals.Core.TradeSources;

/// <summary>How far the reading of a trade source has gone, for a progress display.</summary>
/// <param name="RowsRead">Data rows (or non-blank lines) read so far.</param>
/// <param name="BytesRead">Bytes of the input read so far (compressed bytes for a gzip file; reading runs a buffer ahead of the rows).</param>
/// <param name="TotalBytes">The length of the input in bytes, where known (files and other seekable streams).</param>
public readonly record struct TradeSourceProgress(long RowsRead, long BytesRead, long? TotalBytes)
{
    /// <summary>The share of the input read, 0 to 1, where the length is known.</summary>
    public double? Fraction => TotalBytes is > 0 ? Math.Min(1.0, (double)BytesRead / TotalBytes.Value) : null;
}
