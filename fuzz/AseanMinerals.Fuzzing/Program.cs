using AseanMinerals.Fuzzing;
using SharpFuzz;

// One target a run, named by the first argument; AFL++ hands each input over on standard input (eng/fuzz.sh).
if (args.Length != 1 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    await Console.Error.WriteLineAsync($"usage: AseanMinerals.Fuzzing {string.Join('|', FuzzTargets.All.Keys)}");
    return 2;
}

Fuzzer.Run(target);
return 0;
