using System.CommandLine;
using AseanMinerals.Cli.Failures;
using AseanMinerals.Cli.Input;
using AseanMinerals.Cli.Validation;
using NodaTime;

namespace AseanMinerals.Cli.Commands;

/// <summary>
/// <c>validate</c>: one line per issue, <c>FILE:LINE: CODE message (path)</c>, then one summary line per file. Exit code
/// 0 when no issue is an error, 1 when any is, 2 when a file cannot be read (the other files are still validated). The
/// trade files are checked as one input, as <c>shares</c> reads them: a key of an earlier file is AMC2009 too.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Reference-data documents, trade datasets, classifications (.json), JSON Lines (.jsonl) or Comtrade files; - (or a pipe) reads standard input, its kind told from its first bytes.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Validate data files with the library's rules: one line per issue, exit code 0 valid, 1 errors, 2 unreadable.");
        OptionValues.RefuseOptionsAsFiles(command, files);
        command.Arguments.Add(files);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var validator = new FileValidator(SystemClock.Instance, new ProgressLine(environment));
            var exitCode = CliApplication.Success;
            var inputs = parse.GetValue(files)!;
            for (var i = 0; i < inputs.Length; i++)
            {
                var file = inputs[i];
                if (file != "-" && InputFiles.Problem(file) is { } problem)
                {
                    await environment.Error.WriteLineAsync($"asean-minerals: {file}: cannot be read: {problem}").ConfigureAwait(false);
                    exitCode = CliApplication.UsageOrIoError;
                    continue;
                }

                FileValidation validation;
                try
                {
                    validation = await validator.ValidateAsync(file, environment.StandardInput, cancellationToken, TradeFiles.PlaceName(inputs, i)).ConfigureAwait(false);
                }
                catch (CliFailure failure)
                {
                    await environment.Error.WriteLineAsync($"asean-minerals: {failure.Message}").ConfigureAwait(false);
                    exitCode = CliApplication.UsageOrIoError;
                    continue;
                }

                foreach (var issue in validation.Result.Issues)
                {
                    await environment.Out.WriteLineAsync(issue.ToString()).ConfigureAwait(false);
                }

                var errors = validation.Result.Errors.Count();
                var warnings = validation.Result.Issues.Count - errors;
                await environment.Out.WriteLineAsync($"{file}: {validation.Kind}, {(errors == 0 ? "valid" : "invalid")}: {errors} errors, {warnings} warnings or notes{(validation.Note is null ? string.Empty : "; " + validation.Note)}").ConfigureAwait(false);
                if (errors > 0 && exitCode == CliApplication.Success)
                {
                    exitCode = CliApplication.DataErrors;
                }
            }

            return exitCode;
        });
        return command;
    }
}
