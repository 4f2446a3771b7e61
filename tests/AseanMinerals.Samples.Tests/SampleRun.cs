using System.Reflection;

namespace AseanMinerals.Samples.Tests;

/// <summary>
/// Runs a sample's entry point in this process with the console captured. The console is global, so every test that
/// runs a sample is in <see cref="SamplesTests"/>, whose tests xUnit runs one after another.
/// </summary>
internal static class SampleRun
{
    public static string Output(string assemblyName, params string[] args)
    {
        var entryPoint = Assembly.Load(assemblyName).EntryPoint ?? throw new InvalidOperationException($"{assemblyName} has no entry point.");
        var original = Console.Out;
        using var output = new StringWriter();
        Console.SetOut(output);
        try
        {
            var result = entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [args]);
            (result is null or 0).Should().BeTrue($"{assemblyName} ends with exit code 0, not {result}");
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }
}
