using System.CommandLine;
using AseanMinerals.Cli.Commands;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Cli;

/// <summary>The <c>asean-minerals</c> command line: builds the commands, runs one, and turns every failure into one line and an exit code.</summary>
internal static class CliApplication
{
    /// <summary>Exit code: success, and the data is valid.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the data has errors.</summary>
    public const int DataErrors = 1;

    /// <summary>Exit code: a file cannot be read or the arguments are wrong.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>Exit code: an unexpected failure of the tool itself (a bug; <c>--verbose</c> shows the stack trace).</summary>
    public const int InternalError = 70;

    /// <summary>Exit code: stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show the stack trace of an unexpected error.", Recursive = true };
        var root = new RootCommand("asean-minerals: reference data and trade shares of ASEAN cooperation in minerals.");
        root.Options.Add(verbose);
        root.Subcommands.Add(ReportCommand.Create(environment));
        root.Subcommands.Add(SharesCommand.Create(environment));
        root.Subcommands.Add(ValidateCommand.Create(environment));
        root.Subcommands.Add(ConvertCommand.Create(environment));
        root.Subcommands.Add(SchemaCommand.Create(environment));
        root.Subcommands.Add(ChartCommand.Create(environment));
        root.Subcommands.Add(HsCommand.Create(environment));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"asean-minerals: {error.Message}").ConfigureAwait(false);
            }

            return UsageOrIoError;
        }

        // Our own handling: Ctrl+C comes in through the token (Program), and every exception becomes one line below.
        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await environment.Error.WriteLineAsync("asean-minerals: cancelled").ConfigureAwait(false);
            return Cancelled;
        }
        catch (CliFailure failure)
        {
            await environment.Error.WriteLineAsync($"asean-minerals: {failure.Message}").ConfigureAwait(false);
            return failure.ExitCode;
        }
        catch (ValidationException invalid)
        {
            foreach (var issue in invalid.Result.Issues)
            {
                await environment.Error.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
            }

            return DataErrors;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync($"asean-minerals: {e.Message}").ConfigureAwait(false);
            return UsageOrIoError;
        }
#pragma warning disable CA1031 // The last resort of a command-line tool: one line, and the stack trace only when asked.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await environment.Error.WriteLineAsync($"asean-minerals: internal error: {e.GetType().Name}: {e.Message}{(parse.GetValue(verbose) ? Environment.NewLine + e : " (run with --verbose for the stack trace)")}").ConfigureAwait(false);
            return InternalError;
        }
    }
}
