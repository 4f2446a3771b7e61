using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// A group's trade with partners (rows by partner), where members that do not report a flow by partner are filled with
/// mirror estimates from the partners that report it. Says how much of the total is mirror-based, and from whom.
/// </summary>
public sealed record MirrorFilledValue
{
    /// <summary>The period.</summary>
    public required TradePeriod Period { get; init; }

    /// <summary>The reporters, with the membership basis for ASEAN.</summary>
    public required string Reporters { get; init; }

    /// <summary>The commodities.</summary>
    public required string Commodities { get; init; }

    /// <summary>Which flows are added.</summary>
    public required TradeDirection Direction { get; init; }

    /// <summary>The members' own reported rows by partner; null when absent (see <see cref="Absence"/>).</summary>
    public required decimal? Reported { get; init; }

    /// <summary>The sum of the mirror estimates; null when absent (see <see cref="Absence"/>).</summary>
    public required decimal? MirrorBased { get; init; }

    /// <summary>Reported plus mirror-based; null when absent.</summary>
    public decimal? Total => Reported + MirrorBased;

    /// <summary>The mirror-based part of the total (null when the total is zero or absent).</summary>
    public decimal? MirrorShare => Total is null or 0 ? null : MirrorBased / Total;

    /// <summary>
    /// Why the total cannot be given: the members' own rows or a partner's rows mix HS levels
    /// (<see cref="FigureAbsenceKind.MixedHsLevels"/>), so adding them would count trade twice; null when it can.
    /// </summary>
    public FigureAbsence? Absence { get; init; }

    /// <summary>Every estimate, with the reporter it comes from.</summary>
    public required IReadOnlyList<MirrorEstimate> Estimates { get; init => field = ValueList.From(value); }

    /// <summary>The statement that World totals are never filled: a partner's report covers its trade with the member only.</summary>
    public const string WorldTotalsNote = "World totals cannot be mirror-filled";

    /// <summary>The CIF-to-FOB factor applied to the estimates, or null for none (<see cref="MirrorFillOptions.CifToFobFactor"/>).</summary>
    public decimal? CifToFobFactor { get; init; }

    /// <summary>How the estimates were valued: partners' values as reported (CIF imports for exports), or with the factor.</summary>
    public required string ValuationBasis { get; init; }

    /// <summary>How the estimates were made: the CIF/FOB basis, and that World totals cannot be mirror-filled.</summary>
    public string Basis => $"{ValuationBasis}; {WorldTotalsNote}";

    /// <summary>Which members' own reports the total covers (the others are mirror-filled or missing).</summary>
    public GroupCoverage? Coverage { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Reporters}, {Period}, {Commodities} ({Direction}): "
        + (Absence is null
            ? $"{TextTable.Money(Total)} = reported {TextTable.Money(Reported)} + mirror {TextTable.Money(MirrorBased)} ({TextTable.Percent(MirrorShare)} mirror-based). {Basis}"
            : $"absent ({Absence.Message}). {Basis}");
}
