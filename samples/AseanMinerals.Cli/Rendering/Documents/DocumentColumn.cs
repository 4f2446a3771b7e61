namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>A column of a <see cref="DocumentTable"/>.</summary>
internal sealed record DocumentColumn(string Heading, ColumnKind Kind = ColumnKind.Text)
{
    public bool IsNumeric => Kind != ColumnKind.Text;
}
