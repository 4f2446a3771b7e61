using System.Diagnostics;

namespace AseanMinerals.Cli.Input;

/// <summary>
/// One self-overwriting progress line on a terminal's standard error (rows, MB, MB/s); nothing at all when standard
/// error or output is redirected, so that files and pipes receive results only.
/// </summary>
internal sealed class ProgressLine(CliEnvironment environment)
{
    private static readonly long Interval = Stopwatch.Frequency / 4;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastShown;
    private bool _shown;

    public void Report(string file, long rows, long bytes)
    {
        if (!environment.ShowProgress || _clock.ElapsedTicks - _lastShown < Interval)
        {
            return;
        }

        _lastShown = _clock.ElapsedTicks;
        _shown = true;
        var megabytes = bytes / 1_048_576.0;
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        environment.Error.Write($"\r{Path.GetFileName(file)}: {rows:N0} rows, {megabytes:F1} MB, {megabytes / seconds:F1} MB/s   ");
    }

    public void Clear()
    {
        if (_shown)
        {
            environment.Error.Write("\r" + new string(' ', 79) + "\r");
            _shown = false;
        }
    }
}
