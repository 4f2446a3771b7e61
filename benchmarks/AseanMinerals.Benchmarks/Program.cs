using System.Runtime.CompilerServices;
using AseanMinerals.Benchmarks.JsonLines;
using BenchmarkDotNet.Running;

// A console mode for what BenchmarkDotNet cannot measure (a fresh process's peak working set), else every suite in this
// assembly: pick with --filter, e.g. --filter '*Aggregation*' --job short.
if (!PeakMemory.TryRun(args))
{
    RunBenchmarks(args);
}

// Apart, so that the peak-memory process never loads BenchmarkDotNet.
[MethodImpl(MethodImplOptions.NoInlining)]
static void RunBenchmarks(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
