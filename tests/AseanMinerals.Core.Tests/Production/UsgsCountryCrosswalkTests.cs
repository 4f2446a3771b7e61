using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Production;
using AseanMinerals.Core.Production.Usgs;

namespace AseanMinerals.Core.Tests.Production;

public class UsgsCountryCrosswalkTests
{
    [Theory]
    // USGS spellings, with the codes of the trade-area catalogue (seeds/reference/trade-areas.json).
    [InlineData("Burma", 104, null, false)]
    [InlineData("Laos", 418, null, false)]
    [InlineData("Vietnam\u00A0", 704, null, false)]
    [InlineData("Congo (Kinshasa)", 180, null, false)]
    [InlineData("Korea, Republic of", 410, null, false)]
    [InlineData("Korea, Republic ofe", 410, null, true)]
    [InlineData("Canada ", 124, null, false)]
    [InlineData("United\u00A0States1", 842, null, false)]
    [InlineData("New Caledonia11", 540, null, false)]
    [InlineData("Chinae", 156, null, true)]
    [InlineData("Greece", 300, null, false)]
    [InlineData("Brazil (crude and beneficiated)9", 76, "crude and beneficiated", false)]
    [InlineData("China, boric oxide equivalent", 156, "boric oxide equivalent", false)]
    [InlineData("Côte d’Ivoire", 384, null, false)]
    [InlineData("Taiwan", 490, null, false)]
    public void A_USGS_country_name_maps_to_its_area_code(string raw, int code, string? qualifier, bool estimated)
    {
        var name = UsgsCountryCrosswalk.Parse(raw);

        (name.Role, name.Area, name.Qualifier, name.Estimated).Should().Be((ProductionAreaRole.Country, new AreaCode(code), qualifier, estimated));
    }

    [Theory]
    [InlineData("World total (rounded)", ProductionAreaRole.WorldTotal, "(rounded)")]
    [InlineData("World total (rounded) 10", ProductionAreaRole.WorldTotal, "(rounded)")]
    [InlineData("Other Countries", ProductionAreaRole.OtherCountries, null)]
    [InlineData("Other countries10", ProductionAreaRole.OtherCountries, null)]
    [InlineData("United States and Canada", ProductionAreaRole.Unmapped, null)]
    public void Totals_residuals_and_unknown_names_are_not_countries(string raw, ProductionAreaRole role, string? qualifier)
    {
        var name = UsgsCountryCrosswalk.Parse(raw);

        (name.Role, name.Area, name.Qualifier).Should().Be((role, AreaCode.World, qualifier));
    }
}
