namespace AseanMinerals.Comtrade.Api.Queries;

/// <summary>How often the data is reported: the <c>freqCode</c> of the API.</summary>
public enum ComtradeFrequency
{
    /// <summary>Annual data (<c>A</c>): periods are years, <c>2022</c>.</summary>
    Annual = 0,

    /// <summary>Monthly data (<c>M</c>): periods are months, <c>202203</c>.</summary>
    Monthly = 1,
}
