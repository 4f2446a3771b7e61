namespace AseanMinerals.Cli.Rendering.Documents;

/// <summary>
/// One cell: text, or a number (formatted by its column), or neither (n/a). A note number refers to the reason of an
/// n/a, or to a remark, printed once under the first table that uses it.
/// </summary>
internal readonly record struct DocumentCell(string? Text, decimal? Number, int? Note)
{
    public static DocumentCell Empty { get; } = new(string.Empty, null, null);

    public static implicit operator DocumentCell(string text) => new(text, null, null);

    public static DocumentCell Of(decimal? number, int? note = null) => new(null, number, note);

    public bool IsAbsent => Text is null && Number is null;
}
