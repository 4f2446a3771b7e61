using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Cli.Input;

/// <summary>Progress<T> posts to the thread pool; progress of a tight loop is better shown at once, on the reading thread.</summary>
internal sealed class SynchronousProgress(Action<TradeSourceProgress> report) : IProgress<TradeSourceProgress>
{
    public void Report(TradeSourceProgress value) => report(value);
}
