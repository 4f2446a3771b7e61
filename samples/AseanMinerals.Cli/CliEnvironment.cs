using Spectre.Console;

namespace AseanMinerals.Cli;

/// <summary>Where the tool writes and how: a terminal gets tables and progress, redirected output gets plain text.</summary>
/// <param name="Out">Standard output, for results.</param>
/// <param name="Error">Standard error, for one-line errors and progress.</param>
/// <param name="IsTerminal">True when standard output is an interactive terminal.</param>
/// <param name="ShowProgress">True when standard error is an interactive terminal: progress lines go there, never into redirected output.</param>
/// <param name="StandardInput">Opens standard input, read for the file name <c>-</c>; null where there is none.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool IsTerminal, bool ShowProgress = false, Func<Stream>? StandardInput = null)
{
    /// <summary>The process's console.</summary>
    public static CliEnvironment FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected && !Console.IsOutputRedirected, Console.OpenStandardInput);

    /// <summary>A Spectre console over <see cref="Out"/>: colours and rounded tables on a terminal, plain text otherwise.</summary>
    public IAnsiConsole CreateConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Out),
            Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsTerminal)
        {
            console.Profile.Width = 240;
        }

        return console;
    }

    /// <summary>The table border to use: rounded on a terminal, Markdown (plain text) when redirected.</summary>
    public TableBorder TableBorder => IsTerminal ? TableBorder.Rounded : TableBorder.Markdown;
}
