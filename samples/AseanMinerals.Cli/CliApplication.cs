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

    /// <summary>Exit code: stopped by SIGTERM (128 + 15).</summary>
    public const int Terminated = 143;

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
        root.Subcommands.Add(ProductionCommand.Create(environment));
        root.Subcommands.Add(FetchCommand.Create(environment));
        root.Subcommands.Add(HsCommand.Create(environment));
        root.Subcommands.Add(CubeCommand.Create(environment));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && UnknownCommand(root, args) is { } unknown)
        {
            await environment.Error.WriteLineAsync($"asean-minerals: {unknown}").ConfigureAwait(false);
            return UsageOrIoError;
        }

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

    // A first word that is no command ("sahres") is one line naming the nearest command, if one is near, and the others.
    private static string? UnknownCommand(RootCommand root, string[] args)
    {
        var word = args.FirstOrDefault();
        var names = root.Subcommands.Select(static c => c.Name).ToList();
        if (word is null || word.StartsWith('-') || names.Contains(word))
        {
            return null;
        }

        var nearest = names.MinBy(name => EditDistance(word.ToLowerInvariant(), name));
        var suggestion = nearest is not null && EditDistance(word.ToLowerInvariant(), nearest) <= 2 ? $"; did you mean '{nearest}'?" : string.Empty;
        return $"'{word}' is not a command{suggestion} (the commands: {string.Join(", ", names)}; see asean-minerals --help)";
    }

    // Levenshtein distance with transpositions counted as one edit (sahres -> shares is 1).
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
