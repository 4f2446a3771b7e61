using AseanMinerals.Core.TradeSources;
using AseanMinerals.Parquet;

namespace AseanMinerals.Cli.Input;

/// <summary>
/// The trade sources of a <c>.parquet</c> file or dataset folder and of an <c>.arrow</c> file (AseanMinerals.Parquet), beside the JSON Lines and Comtrade
/// sources of <see cref="TradeFiles.Source"/>: the same options, summary and failures as every other input.
/// </summary>
internal static class ParquetInput
{
    /// <summary>
    /// Opens the file or folder with the options of every source (a question among them prunes partitions and row groups),
    /// named by its path as given.
    /// </summary>
    public static ITradeRecordSource Open(string path, TradeSourceOptions options) => TradeParquet.Open(path, options with { SourceName = path });

    /// <summary>Opens an Arrow IPC file the same way (AseanMinerals.Parquet reads both columnar formats).</summary>
    public static ITradeRecordSource OpenArrow(string path, TradeSourceOptions options) => TradeArrow.Open(path, options with { SourceName = path });
}
