namespace AseanMinerals.Cli.Charts;

/// <summary>
/// The lines under a chart that say what it covers: the scope asked for and the codes the data holds, the data files,
/// the membership basis, what was left out and why. Built once per chart; a figure that knows more (the member
/// coverage, mirror estimates) adds its own line.
/// </summary>
internal sealed class ChartCaption
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public ChartCaption Add(string line)
    {
        _lines.Add(line);
        return this;
    }

    public override string ToString() => string.Join('\n', _lines);
}
