namespace AseanMinerals.Comtrade.Api.Queries;

/// <summary>Which rows the API returns: the <c>breakdownMode</c> parameter.</summary>
public enum ComtradeBreakdownMode
{
    /// <summary><c>classic</c>: aggregate rows only (the default of this client).</summary>
    Classic = 0,

    /// <summary><c>plus</c>: aggregate rows with their breakdowns by second partner, customs procedure and mode of transport.</summary>
    Plus = 1,
}
