using AseanMinerals.Core.Production;

namespace AseanMinerals.Core.Tests.Production;

public class MineralCommoditiesTests
{
    [Fact]
    public void The_list_of_commodities_is_the_one_USGS_list_of_77()
    {
        // Listed by hand from the 77 file codes of MCS2024 and the COMMODITY names of MCS2025 (dimension stone is in
        // MCS2023/MCS2024 only).
        MineralCommodities.All.Select(c => c.Id).Should().Equal(
            "abrasives", "aluminum", "antimony", "arsenic", "asbestos", "barite", "bauxite", "beryllium", "bismuth", "boron",
            "bromine", "cadmium", "cement", "chromium", "clays", "cobalt", "copper", "diamond-industrial", "diatomite",
            "dimension-stone", "feldspar", "fluorspar", "gallium", "garnet-industrial", "gemstones", "germanium", "gold",
            "graphite", "gypsum", "helium", "indium", "industrial-sand", "iodine", "iron-and-steel", "iron-ore",
            "iron-oxide-pigments", "kyanite", "lead", "lime", "lithium", "magnesium-compounds", "magnesium-metal", "manganese",
            "mercury", "mica", "molybdenum", "nickel", "niobium", "nitrogen", "peat", "perlite", "phosphate-rock",
            "platinum-group-metals", "potash", "pumice", "rare-earths", "rhenium", "salt", "selenium", "silicon", "silver",
            "soda-ash", "strontium", "sulfur", "talc", "tantalum", "tellurium", "tin", "titanium", "titanium-mineral-concentrates",
            "tungsten", "vanadium", "vermiculite", "wollastonite", "zeolites", "zinc", "zirconium-hafnium");
    }

    [Theory]
    [InlineData("Gemanium", "germanium")]
    [InlineData("germa", "germanium")]
    [InlineData("Iron Ore  ", "iron-ore")]
    [InlineData("feore", "iron-ore")]
    [InlineData("Copper ", "copper")]
    [InlineData("raree", "rare-earths")]
    [InlineData("RARE EARTHS", "rare-earths")]
    [InlineData("Nitrogen(fixed) - Ammonia", "nitrogen")]
    [InlineData("zirco-hafni", "zirconium-hafnium")]
    public void Each_release_s_name_for_a_commodity_finds_the_same_entry(string name, string id)
    {
        MineralCommodities.Find(name).Id.Should().Be(id);
    }

    [Fact]
    public void An_unknown_commodity_is_refused_with_examples()
    {
        var act = () => MineralCommodities.Find("unobtainium");

        act.Should().Throw<ArgumentException>().WithMessage("*'unobtainium'*nickel*");
    }
}
