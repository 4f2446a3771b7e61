using System.Text.Json.Serialization;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Provenance;
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

    /// <summary>The name ASEAN uses, for example "Lao PDR" or "Viet Nam".</summary>
    public required string ShortName { get; init; }

    /// <summary>The ISO 3166 English short name, for example "Lao People's Democratic Republic".</summary>
    public required string IsoName { get; init; }

    /// <summary>The day the state became a member of ASEAN.</summary>
    public required LocalDate AccessionDate { get; init; }

    /// <summary>True for the five founders, members since <see cref="FoundingDate"/>.</summary>
    [JsonIgnore]
    public bool IsFounder => AccessionDate == FoundingDate;

    /// <summary>Whether the state was a member on a day (from its accession date on).</summary>
    /// <param name="date">The day.</param>
    /// <returns>True when <paramref name="date"/> is on or after <see cref="AccessionDate"/>.</returns>
    public bool IsMemberOn(LocalDate date) => date >= AccessionDate;

    /// <inheritdoc />
    public override string ToString() => $"{ShortName} ({Alpha3}, {IsoNumeric}), member since {AccessionDate:uuuu-MM-dd}";
}
