namespace AseanMinerals.Comtrade.Api.Bulk;

/// <summary>A bulk file as the list call describes it.</summary>
/// <param name="FileHash">The file's 64-hex name (<c>fileUrl</c>), used to download it.</param>
/// <param name="FileSize">The size as the service writes it (<c>183.34 KB</c>).</param>
/// <param name="ReporterCode">The reporter.</param>
/// <param name="FrequencyCode"><c>A</c> or <c>M</c>.</param>
/// <param name="ClassificationCode">The classification of the file (<c>H6</c>, <c>S1</c>, ...).</param>
/// <param name="Period">The period (<c>2022</c> or <c>202203</c>).</param>
/// <param name="PublicationDate">When the service published this version.</param>
/// <param name="RowKey">The service's key of this file version.</param>
public sealed record ComtradeBulkFile(string FileHash, string FileSize, int ReporterCode, string FrequencyCode, string ClassificationCode, string Period, DateTimeOffset PublicationDate, string RowKey)
{
    /// <summary>The name the file gets in the download folder: <c>156-A-H6-2022.tsv.gz</c>.</summary>
    public string LocalName => $"{ReporterCode}-{FrequencyCode}-{ClassificationCode}-{Period}.tsv.gz";
}
