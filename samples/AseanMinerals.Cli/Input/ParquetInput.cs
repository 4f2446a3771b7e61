using AseanMinerals.Core.TradeSources;
using AseanMinerals.Parquet;

namespace AseanMinerals.Cli.Input;

/// <summary>
/// The trade source of a <c>.parquet</c> file or dataset folder (AseanMinerals.Parquet), beside the JSON Lines and Comtrade
/// sources of <see cref="TradeFiles.Source"/>: the same options, summary and failures as every other input.
/// </summary>
internal static class ParquetInput
{
    /// <summary>Opens the file or folder with the options of every source, named by its path as given.</summary>
    public static ITradeRecordSource Open(string path, TradeSourceOptions options) => TradeParquet.Open(path, new TradeParquetReadOptions
    {
        OnInvalidRow = options.OnInvalidRow,
        MaxIssues = options.MaxIssues,
        Progress = options.Progress,
        ProgressInterval = options.ProgressInterval,
        TradeAreas = options.TradeAreas,
        SourceName = path,
    });
}
