using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// What a reader of a figure that is there needs to know to read it right: its <see cref="Kind"/>, the members and values
/// concerned, and a sentence (<see cref="Message"/>), made in one place as absences are, so a report maps kinds instead of
/// re-wording sentences.
/// </summary>
public sealed record FigureNote
{
    /// <summary>The kind of note.</summary>
    public required FigureNoteKind Kind { get; init; }

    /// <summary>The note in words, for people.</summary>
    public required string Message { get; init; }

    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The reporters concerned.</summary>
    public IReadOnlyList<AreaCode> Members { get; init => field = ValueList.From(value); } = ValueList.From<AreaCode>(null);

    /// <summary>The value the note is about (the part not assigned to a partner, the trade with itself).</summary>
    public required decimal Value { get; init; }

    /// <summary>The whole the value is part of.</summary>
    public required decimal Whole { get; init; }

    /// <inheritdoc />
    public override string ToString() => Message;
}
