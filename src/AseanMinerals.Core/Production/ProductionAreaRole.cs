using System.Text.Json.Serialization;
using AseanMinerals.Core.Serialization.Converters;

namespace AseanMinerals.Core.Production;

/// <summary>What the area of a production figure stands for: one country, the published world total, or the residual of countries not listed.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProductionAreaRole>))]
public enum ProductionAreaRole
{
    /// <summary>One country (the record's area code).</summary>
    Country,

    /// <summary>The world total as published (USGS rounds it): never added to country rows.</summary>
    WorldTotal,

    /// <summary>"Other countries": the residual of producers not listed one by one (area code 000, no country).</summary>
    OtherCountries,

    /// <summary>A name the country crosswalk does not know ("United States and Canada"): area 000, kept and reported, never added to a country.</summary>
    Unmapped,
}
