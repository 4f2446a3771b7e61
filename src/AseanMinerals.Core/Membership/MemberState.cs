using System.Text.Json.Serialization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.Time;
using NodaTime;

namespace AseanMinerals.Core.Membership;

/// <summary>An ASEAN Member State: its codes, its names and the day it joined ASEAN.</summary>
public sealed record MemberState : SourcedRecord
{
    /// <summary>The date ASEAN was founded (Bangkok Declaration, 8 August 1967), the accession date of the five founders.</summary>
    public static LocalDate FoundingDate { get; } = new(1967, 8, 8);

    /// <summary>The ISO 3166-1 alpha-2 code, for example <c>BN</c>.</summary>
    public required string Alpha2 { get; init; }

    /// <summary>The ISO 3166-1 alpha-3 code, for example <c>BRN</c>; the member state's identifier in reference data.</summary>
    public required string Alpha3 { get; init; }

    /// <summary>The ISO 3166-1 numeric code, for example <c>096</c>.</summary>
    public required AreaCode IsoNumeric { get; init; }

    /// <summary>The UN M49 code; the same number as the ISO numeric code for every member state.</summary>
    public required AreaCode M49 { get; init; }

    /// <summary>The UN M49 region the state belongs to (<c>142</c>, Asia), where given.</summary>
    public AreaCode? M49Region { get; init; }

    /// <summary>The UN M49 sub-region the state belongs to (<c>035</c>, South-eastern Asia), where given.</summary>
    public AreaCode? M49SubRegion { get; init; }

    /// <summary>The name ASEAN uses, for example "Lao PDR" or "Viet Nam".</summary>
    public required string ShortName { get; init; }

    /// <summary>The ISO 3166 English short name, for example "Lao People's Democratic Republic".</summary>
    public required string IsoName { get; init; }

    /// <summary>
    /// The day the state became a member of ASEAN. Where sources confirm only the year (see
    /// <see cref="ConfirmedAccession"/>), this is the widely cited day that membership is computed with.
    /// </summary>
    public required LocalDate AccessionDate { get; init; }

    /// <summary>
    /// The accession as precisely as sources confirm it, where that is less precise than <see cref="AccessionDate"/>
    /// (<c>1984</c> for Brunei Darussalam, whose day, 7 January 1984, is widely cited but unconfirmed); null when the day
    /// itself is confirmed.
    /// </summary>
    public PartialDate? ConfirmedAccession { get; init; }

    /// <summary>True when the exact accession day is not confirmed (<see cref="ConfirmedAccession"/> is less precise than a day).</summary>
    [JsonIgnore]
    public bool IsAccessionDayUnconfirmed => ConfirmedAccession is { Precision: not DatePrecision.Day };

    /// <summary>True for the five founders, members since <see cref="FoundingDate"/>.</summary>
    [JsonIgnore]
    public bool IsFounder => AccessionDate == FoundingDate;

    /// <summary>Whether the state was a member on a day (from its accession date on).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <paramref name="date"/> is on or after <see cref="AccessionDate"/>.</returns>
    public bool IsMemberOn(LocalDate date) => date >= AccessionDate;

    /// <summary>
    /// Whether the answer of <see cref="IsMemberOn"/> for a day rests on the unconfirmed accession day: the day falls
    /// inside <see cref="ConfirmedAccession"/> before its last day, so another day in the confirmed year or month could
    /// turn a member into a non-member or the reverse. (On the last day of the confirmed period the state was a member
    /// whatever the exact day.)
    /// </summary>
    /// <param name="date">The day.</param>
    /// <returns>True when membership on <paramref name="date"/> depends on an unconfirmed day.</returns>
    public bool IsMembershipUnconfirmedOn(LocalDate date) =>
        IsAccessionDayUnconfirmed && ConfirmedAccession!.Value.FirstDay <= date && date < ConfirmedAccession.Value.LastDay;

    /// <inheritdoc />
    public override string ToString() => $"{ShortName} ({Alpha3}, {IsoNumeric}), member since {AccessionDate:uuuu-MM-dd}";
}
