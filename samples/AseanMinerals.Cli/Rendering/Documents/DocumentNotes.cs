namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>The reasons a document's cells refer to, each kept once and numbered from 1 in order of first use.</summary>
internal sealed class DocumentNotes
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public IReadOnlyList<string> Texts => _texts;

    /// <summary>The number of the note with this text (a new number the first time); null for no text.</summary>
    public int? Refer(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!_numbers.TryGetValue(text, out var number))
        {
            _texts.Add(text);
            number = _numbers[text] = _texts.Count;
        }

        return number;
    }

    public string this[int number] => _texts[number - 1];
}
