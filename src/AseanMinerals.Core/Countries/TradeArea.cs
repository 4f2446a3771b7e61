using System.Text.Json.Serialization;
using AseanMinerals.Core.Provenance;

namespace AseanMinerals.Core.Countries;

/// <summary>
/// A reporter or partner area of trade statistics: its code as UN Comtrade publishes it, the ISO 3166-1 alpha-3 code
/// or Comtrade's placeholder (trimmed of the trailing spaces Comtrade files carry), its name, and what kind of area it is.
/// </summary>
public sealed record TradeArea : SourcedRecord
{
    /// <summary>The area code as Comtrade publishes it (<c>842</c> for the USA).</summary>
    public required AreaCode Code { get; init; }

    /// <summary>The ISO 3166-1 alpha-3 code, or Comtrade's placeholder for areas without one (<c>W00</c>, <c>_X</c>, <c>S19</c>), where published.</summary>
    public string? Iso3 { get; init; }

    /// <summary>The name as Comtrade gives it.</summary>
    public required string Name { get; init; }

    /// <summary>What kind of area the code stands for.</summary>
    public required TradeAreaKind Kind { get; init; }

    /// <summary>The ISO 3166-1 numeric code, where Comtrade's code differs from it (USA: Comtrade 842, ISO 840).</summary>
    public AreaCode? IsoNumeric { get; init; }

    /// <summary>True for areas that are not a country: the World, special categories, "nes" areas and groups.</summary>
    [JsonIgnore]
    public bool IsSpecial => Kind is not (TradeAreaKind.Country or TradeAreaKind.Former);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Iso3 ?? "-"} {Name} ({Kind})";
}
