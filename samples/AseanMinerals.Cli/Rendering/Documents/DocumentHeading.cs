namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>A section heading of a <see cref="TextDocument"/>.</summary>
internal sealed record DocumentHeading(string Text);
