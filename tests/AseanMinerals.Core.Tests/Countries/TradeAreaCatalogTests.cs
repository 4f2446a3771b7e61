using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Core.Tests.Countries;

public class TradeAreaCatalogTests
{
    private static readonly TradeAreaCatalog Areas = TradeAreaCatalog.Default;

    [Fact]
    public void The_default_catalogue_holds_the_256_areas_of_the_reference_data_one_per_code()
    {
        // seeds/reference/trade-areas.json: 256 areas, 256 distinct codes.
        Areas.Should().HaveCount(256);
        Areas.Select(static a => a.Code).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        Areas.Should().BeEquivalentTo(AseanReferenceData.Default.TradeAreas);
    }

    [Fact]
    public void TryFind_gives_the_area_of_a_known_code_and_nothing_for_an_unknown_one()
    {
        Areas.TryFind(new AreaCode(899), out var areasNes).Should().BeTrue();
        (areasNes!.Name, areasNes.Iso3, areasNes.Kind).Should().Be(("Areas, nes", "_X", TradeAreaKind.NotElsewhereSpecified));

        // 001 is no reporter or partner code of UN Comtrade (the seed has no area with it).
        Areas.TryFind(new AreaCode(1), out var none).Should().BeFalse();
        none.Should().BeNull();
        Areas.Contains(new AreaCode(1)).Should().BeFalse();
        Areas.Find(new AreaCode(1)).Should().BeNull();
    }

    [Theory]
    [InlineData(0, true, TradeAreaKind.World)]
    [InlineData(837, true, TradeAreaKind.Special)]
    [InlineData(490, true, TradeAreaKind.NotElsewhereSpecified)]
    [InlineData(842, false, TradeAreaKind.Country)]
    [InlineData(736, false, TradeAreaKind.Former)]
    public void IsSpecial_is_true_for_areas_that_are_not_countries(int code, bool special, TradeAreaKind kind)
    {
        Areas.IsSpecial(new AreaCode(code)).Should().Be(special);
        Areas.KindOf(new AreaCode(code)).Should().Be(kind);
    }

    [Fact]
    public void An_unknown_code_is_no_special_area_has_no_kind_and_is_named_by_its_digits()
    {
        Areas.IsSpecial(new AreaCode(1)).Should().BeFalse();
        Areas.KindOf(new AreaCode(1)).Should().BeNull();
        Areas.NameOf(new AreaCode(1)).Should().Be("001");
        Areas.NameOf(new AreaCode(704)).Should().Be("Viet Nam");
    }

    [Fact]
    public void OfKind_lists_the_areas_of_a_kind_in_code_order()
    {
        // The seed's kinds: 1 world, 3 special (837, 838, 839), 7 nes, 5 former, 1 group, 239 countries.
        Areas.OfKind(TradeAreaKind.World).Should().ContainSingle().Which.Code.Should().Be(AreaCode.World);
        Areas.OfKind(TradeAreaKind.Special).Select(static a => a.Code.Value).Should().Equal(837, 838, 839);
        Areas.OfKind(TradeAreaKind.Country).Should().HaveCount(239);
    }

    [Fact]
    public void A_catalogue_of_a_users_reference_data_keeps_the_first_area_of_a_code_named_twice()
    {
        var data = new ReferenceDataSet
        {
            TradeAreas =
            [
                Area(96, "Brunei Darussalam"),
                Area(96, "Brunei (again)"),
                Area(0, "World", TradeAreaKind.World),
            ],
        };

        var catalogue = data.CreateTradeAreaCatalog();

        catalogue.Should().HaveCount(2);
        catalogue.NameOf(new AreaCode(96)).Should().Be("Brunei Darussalam");
        catalogue.Select(static a => a.Name).Should().Equal("World", "Brunei Darussalam");
    }

    private static TradeArea Area(int code, string name, TradeAreaKind kind = TradeAreaKind.Country) =>
        new() { Code = new AreaCode(code), Name = name, Kind = kind, Sources = [new Source("Example", new Uri("https://example.org/"))], Confidence = Confidence.Confirmed };
}
