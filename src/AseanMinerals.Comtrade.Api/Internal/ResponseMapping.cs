namespace AseanMinerals.Comtrade.Api.Internal;

/// <summary>
/// The one seam between the client and the Comtrade package: a data page goes through the same Comtrade+ JSON mapping
/// as a file (the same records, set-aside and rejected counts). Kept to this file so that a change of the trade-input
/// contract touches the client in one place.
/// </summary>
internal static class ResponseMapping
{
    public static ComtradeImport Open(Stream page, string source, ComtradeImportOptions? options) =>
        ComtradeFile.OpenStream(page, source, (options ?? ComtradeImportOptions.Default) with { Format = ComtradeFormat.ComtradePlusJson, Progress = null, SourceName = source });
}
