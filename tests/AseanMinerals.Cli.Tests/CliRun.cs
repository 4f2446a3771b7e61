using AseanMinerals.Cli;

namespace AseanMinerals.Cli.Tests;

/// <summary>Runs the tool in-process, as a redirected (non-terminal) process would, capturing its output and exit code.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    /// <summary>Runs the tool with a cancellation token, as Ctrl+C cancels it in the real process.</summary>
    public static async Task<CliRun> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, new CliEnvironment(output, error, IsTerminal: false), cancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool with <paramref name="standardInput"/> as its standard input (read for the file name <c>-</c>).</summary>
    public static async Task<CliRun> RunWithInputAsync(Stream standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, new CliEnvironment(output, error, IsTerminal: false, StandardInput: () => standardInput));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
