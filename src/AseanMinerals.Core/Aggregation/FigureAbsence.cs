using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// Why a figure is absent: its <see cref="Kind"/>, the data a caller needs to act on it (the members, period, flow and
/// values concerned) and a sentence for people (<see cref="Message"/>). Every figure of the cube that can be absent
/// carries one, made in one place, so a report maps kinds instead of re-wording sentences.
/// </summary>
public sealed record FigureAbsence
{
    /// <summary>The kind of absence.</summary>
    public required FigureAbsenceKind Kind { get; init; }

    /// <summary>The reason in words, for people: it names areas and bases in plain English, never a type or enum name.</summary>
    public required string Message { get; init; }

    /// <summary>The period concerned; null when the absence is not about one period.</summary>
    public TradePeriod? Period { get; init; }

    /// <summary>
    /// The reporters concerned: those without the rows needed (<see cref="FigureAbsenceKind.NoCommodityRows"/>,
    /// <see cref="FigureAbsenceKind.NoPartnerRows"/>), those missing from a group figure
    /// (<see cref="FigureAbsenceKind.CoverageShort"/>), or the reporters asked for.
    /// </summary>
    public IReadOnlyList<AreaCode> Members { get; init => field = ValueList.From(value); } = ValueList.From<AreaCode>(null);

    /// <summary>The partners concerned, where the absence is about trade with them; empty otherwise.</summary>
    public IReadOnlyList<AreaCode> Partners { get; init => field = ValueList.From(value); } = ValueList.From<AreaCode>(null);

    /// <summary>The flow concerned, where the absence is about one flow; null otherwise.</summary>
    public TradeFlow? Flow { get; init; }

    /// <summary>The numerator or part, where the absence is about a ratio whose numerator is there; null otherwise.</summary>
    public decimal? Numerator { get; init; }

    /// <summary>The denominator or whole, where the absence is about a ratio whose denominator is there; null otherwise.</summary>
    public decimal? Denominator { get; init; }

    /// <summary>The HS levels the rows mix (<see cref="FigureAbsenceKind.MixedHsLevels"/>); null otherwise.</summary>
    public HsCodeLevels? Levels { get; init; }

    /// <summary>The coverage that fell short (<see cref="FigureAbsenceKind.CoverageShort"/>, <see cref="FigureAbsenceKind.NoCommonMembers"/>); null otherwise.</summary>
    public GroupCoverage? Coverage { get; init; }

    /// <summary>Why the side of a ratio is absent (<see cref="FigureAbsenceKind.NumeratorAbsent"/>, <see cref="FigureAbsenceKind.DenominatorAbsent"/>); null otherwise.</summary>
    public FigureAbsence? Cause { get; init; }

    /// <summary>The sentence with the place of the reporters' names marked (<see cref="FigureAbsences.Reporters"/>); null when it names none.</summary>
    internal string? MessageWithoutReporters { get; init; }

    /// <summary>
    /// The reason in words with the reporters it names called by another name: for a table with a row per reporter,
    /// where the row already says which reporter it is (<c>MessageNaming("the member state")</c>), so that rows with the
    /// same reason share one note. The sentence is the one <see cref="Message"/> gives, made from the same reason.
    /// </summary>
    /// <param name="reporters">What to call the reporters.</param>
    /// <returns>The sentence; <see cref="Message"/> itself when it names no reporter.</returns>
    public string MessageNaming(string reporters)
    {
        ArgumentNullException.ThrowIfNull(reporters);
        return MessageWithoutReporters?.Replace(FigureAbsences.Reporters, reporters, StringComparison.Ordinal) ?? Message;
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}
