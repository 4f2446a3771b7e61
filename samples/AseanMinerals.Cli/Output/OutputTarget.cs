namespace AseanMinerals.Cli.Output;

/// <summary>Where a command's document goes: standard output (no path) or the file of <c>-o</c>, never one of <see cref="Inputs"/>, replaced only with <see cref="Force"/>.</summary>
/// <param name="Path">The file of <c>-o</c>, or null for standard output.</param>
/// <param name="Inputs">The files the command reads.</param>
/// <param name="Force">True when <c>--force</c> was given.</param>
internal sealed record OutputTarget(string? Path, IReadOnlyList<string> Inputs, bool Force)
{
    /// <summary>Fails with exit code 2 before any reading when the file of <c>-o</c> cannot be a target (see <see cref="SafeOutputFile.Check"/>).</summary>
    public OutputTarget Checked()
    {
        if (Path is not null)
        {
            SafeOutputFile.Check("-o", Path, Inputs, Force);
        }

        return this;
    }
}
