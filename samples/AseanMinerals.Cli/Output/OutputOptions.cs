using System.CommandLine;

namespace AseanMinerals.Cli.Output;

/// <summary>The options every command that writes files has, declared once.</summary>
internal static class OutputOptions
{
    /// <summary><c>--force</c>: replace an existing output file (never an input).</summary>
    public static Option<bool> Force() => new("--force")
    {
        Description = "Replace an output file that exists (it is replaced in one move once the new one is complete; an input is never replaced). Without it an existing output file stops the command.",
    };
}
