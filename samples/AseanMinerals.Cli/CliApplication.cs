using System.CommandLine;
using AseanMinerals.Cli.Commands;

namespace AseanMinerals.Cli;

/// <summary>The <c>asean-minerals</c> command line: builds the commands and runs one.</summary>
internal static class CliApplication
{
    /// <summary>Exit code: success, and the data is valid.</summary>
    public const int Success = 0;

    /// <summary>Exit code: the data has errors.</summary>
    public const int DataErrors = 1;

    /// <summary>Exit code: a file cannot be read or the arguments are wrong.</summary>
    public const int UsageOrIoError = 2;

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("asean-minerals: reference data and trade shares of ASEAN cooperation in minerals.");
        root.Subcommands.Add(ReportCommand.Create(environment));

        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"asean-minerals: {error.Message}").ConfigureAwait(false);
            }

            return UsageOrIoError;
        }

        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
