using AseanMinerals.Cli;

return await CliApplication.RunAsync(args, CliEnvironment.FromConsole());
