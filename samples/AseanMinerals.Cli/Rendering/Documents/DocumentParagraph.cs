namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>A paragraph of a <see cref="TextDocument"/>, and the note it refers to, if any.</summary>
internal sealed record DocumentParagraph(string Text, int? Note = null);
