using System.Runtime.InteropServices;
using AseanMinerals.Cli;

// Ctrl+C (SIGINT) and SIGTERM cancel the token: the command stops between two rows, removes the temporary file of any
// output it was writing (the old file, if any, stays), and exits with 130, or 143 for SIGTERM; a second signal ends the process.
using var cancellation = new CancellationTokenSource();
var terminated = false;
void Stop(PosixSignalContext context)
{
    context.Cancel = !cancellation.IsCancellationRequested;
    terminated |= context.Signal == PosixSignal.SIGTERM;
    cancellation.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
var exitCode = await CliApplication.RunAsync(args, CliEnvironment.FromConsole(), cancellation.Token);
return exitCode == CliApplication.Cancelled && terminated ? CliApplication.Terminated : exitCode;
