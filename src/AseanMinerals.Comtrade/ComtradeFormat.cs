namespace AseanMinerals.Comtrade;

/// <summary>The kinds of UN Comtrade file the importer reads.</summary>
public enum ComtradeFormat
{
    /// <summary>Find the format from the first bytes (JSON) or the header (CSV).</summary>
    Detect = 0,

    /// <summary>
    /// Comtrade+ CSV, the current website and API download: 47 columns (<c>typeCode</c>, <c>freqCode</c>, ...,
    /// <c>primaryValue</c>, <c>isAggregate</c>), fields usually quoted, a trailing comma on data rows. Tab-separated
    /// bulk files with the same columns read the same way.
    /// </summary>
    ComtradePlusCsv = 1,

    /// <summary>The Comtrade+ API response: <c>{"elapsedTime":..,"count":..,"data":[{...}],"error":..}</c> with the Comtrade+ field names.</summary>
    ComtradePlusJson = 2,

    /// <summary>
    /// Legacy Comtrade bulk download: 35 columns (<c>Classification</c>, <c>Year</c>, ..., <c>Trade Value (US$)</c>, <c>Flag</c>),
    /// the flow as a code in <c>Trade Flow</c> (<c>M</c>, <c>X</c>, <c>RX</c>, <c>RM</c>, <c>DX</c>, <c>FM</c>, <c>XOP</c>) and
    /// <c>Trade Flow Code</c> 0.
    /// </summary>
    LegacyBulkCsv = 3,

    /// <summary>
    /// Legacy Comtrade API and website download: the same 35 columns, the flow in words in <c>Trade Flow</c> (<c>Import</c>,
    /// <c>Export</c>, <c>Re-Export</c>, <c>Re-Import</c>) and as a number in <c>Trade Flow Code</c> (1 to 4).
    /// </summary>
    LegacyApiCsv = 4,
}
