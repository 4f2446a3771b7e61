namespace AseanMinerals.Cli.Charts;

/// <summary>
/// The lines under a chart that say what it covers: the scope asked for and the codes the data holds, the data files,
/// the membership basis, what was left out and why. Built once per chart; a figure that knows more (the member
/// coverage, mirror estimates) adds its own line.
/// </summary>
internal sealed class ChartCaption
{
    // What fits the chart's width in the caption's font (1,200 pixels); a longer line is cut off by the picture's edge.
    private const int MaxLineLength = 140;

    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Adds a line, wrapped at spaces into lines that fit the chart's width.</summary>
    public ChartCaption Add(string line)
    {
        while (line.Length > MaxLineLength && line.LastIndexOf(' ', MaxLineLength) is > 0 and var cut)
        {
            _lines.Add(line[..cut]);
            line = line[(cut + 1)..];
        }

        _lines.Add(line);
        return this;
    }

    public override string ToString() => string.Join('\n', _lines);
}
