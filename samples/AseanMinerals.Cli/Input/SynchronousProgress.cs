using AseanMinerals.Comtrade;

namespace AseanMinerals.Cli.Input;

/// <summary>Progress<T> posts to the thread pool; progress of a tight loop is better shown at once, on the reading thread.</summary>
internal sealed class SynchronousProgress(Action<ComtradeImportProgress> report) : IProgress<ComtradeImportProgress>
{
    public void Report(ComtradeImportProgress value) => report(value);
}
