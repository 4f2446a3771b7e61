using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Production.Usgs;

/// <summary>Why a row of a USGS file was read well but gave no country figures.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<UsgsSetAsideReason>))]
public enum UsgsSetAsideReason
{
    /// <summary>A "World total" row: kept as the published total (<see cref="ProductionAreaRole.WorldTotal"/>), never added to countries.</summary>
    WorldTotal,

    /// <summary>An "Other countries" row: kept as the residual (<see cref="ProductionAreaRole.OtherCountries"/>).</summary>
    OtherCountries,

    /// <summary>A country name the crosswalk does not know (rule AMC7005): kept with area 000 and reported by name.</summary>
    UnknownCountry,

    /// <summary>A row that names an area but whose figure cells are all empty.</summary>
    NoFigures,

    /// <summary>A row whose cells are all empty (the per-commodity files end with some).</summary>
    EmptyRow,
}
