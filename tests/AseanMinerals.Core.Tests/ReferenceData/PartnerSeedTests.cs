using AseanMinerals.Core.Partners;
using AseanMinerals.Core.ReferenceData;

namespace AseanMinerals.Core.Tests.ReferenceData;

public class PartnerSeedTests
{
    private static readonly IReadOnlyList<Partner> Partners = AseanReferenceData.Default.Partners;

    // FACTS.md section 1b: the year each became a (full) Dialogue Partner.
    [Theory]
    [InlineData("AUS", 1974)]
    [InlineData("NZL", 1975)]
    [InlineData("JPN", 1977)]
    [InlineData("USA", 1977)]
    [InlineData("EU", 1977)]
    [InlineData("CAN", 1977)]
    [InlineData("KOR", 1991)]
    [InlineData("IND", 1995)]
    [InlineData("CHN", 1996)]
    [InlineData("RUS", 1996)]
    [InlineData("GBR", 2021)]
    public void Dialogue_Partner_year_matches_the_sources(string id, int year)
    {
        var partner = Partners.Single(p => p.Id == id);

        partner.Kind.Should().Be(PartnerKind.DialoguePartner);
        partner.DialoguePartnerSince.Should().Be(year);
    }

    [Fact]
    public void There_are_eleven_Dialogue_Partners_the_European_Union_among_them()
    {
        var dialoguePartners = Partners.Where(p => p.Kind == PartnerKind.DialoguePartner).Select(p => p.Id);

        dialoguePartners.Should().BeEquivalentTo(["AUS", "CAN", "CHN", "EU", "IND", "JPN", "KOR", "NZL", "RUS", "GBR", "USA"]);
    }

    [Fact]
    public void The_United_Kingdom_is_the_newest_Dialogue_Partner()
    {
        var newest = Partners.Where(p => p.DialoguePartnerSince is not null).MaxBy(p => p.DialoguePartnerSince);

        newest!.Id.Should().Be("GBR");
    }

    [Theory]
    [InlineData("KIGAM", "KOR")]
    [InlineData("CGS", "CHN")]
    [InlineData("GSJ", "JPN")]
    [InlineData("BGR", "DEU")]
    [InlineData("UQ", "AUS")]
    public void A_national_or_academic_institution_belongs_to_its_country(string id, string country)
    {
        var partner = Partners.Single(p => p.Id == id);

        partner.Country.Should().Be(country);
        partner.Kind.Should().BeOneOf(PartnerKind.NationalInstitution, PartnerKind.AcademicInstitution);
    }

    [Fact]
    public void BGR_is_German_and_Germany_is_not_a_Dialogue_Partner()
    {
        Partners.Single(p => p.Id == "BGR").Country.Should().Be("DEU");
        Partners.Should().NotContain(p => p.Kind == PartnerKind.DialoguePartner && p.Id == "DEU");
    }

    [Theory]
    [InlineData("CCOP")]
    [InlineData("IGF")]
    public void A_regional_or_global_body_is_an_intergovernmental_organisation_of_no_country(string id)
    {
        var partner = Partners.Single(p => p.Id == id);

        partner.Kind.Should().Be(PartnerKind.IntergovernmentalOrganisation);
        partner.Country.Should().BeNull();
    }
}
