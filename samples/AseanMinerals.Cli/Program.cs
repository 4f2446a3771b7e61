using AseanMinerals.Cli;

// Ctrl+C cancels the token, and the command stops between two rows with exit code 130; a second Ctrl+C ends the process.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
return await CliApplication.RunAsync(args, CliEnvironment.FromConsole(), cancellation.Token);
