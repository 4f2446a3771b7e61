namespace AseanMinerals.Cli.Failures;

/// <summary>
/// A user's mistake or an unreadable input, already worded for the user: the tool prints its message as one line on
/// standard error and exits with its code, never with a stack trace.
/// </summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    public CliFailure()
    {
    }

    public CliFailure(string message)
        : base(message)
    {
    }

    public CliFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The process exit code (see <see cref="CliApplication"/>).</summary>
    public int ExitCode { get; } = CliApplication.UsageOrIoError;

    /// <summary>A file that cannot be opened or read: exit code 2.</summary>
    public static CliFailure Unreadable(string path, Exception exception) =>
        new(CliApplication.UsageOrIoError, $"{path}: cannot be read: {exception.Message}", exception);

    /// <summary>A wrong argument: exit code 2.</summary>
    public static CliFailure Usage(string message) => new(CliApplication.UsageOrIoError, message);
}
