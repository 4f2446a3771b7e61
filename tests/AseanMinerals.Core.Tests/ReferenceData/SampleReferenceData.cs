using AseanMinerals.Core.CapacityBuilding;
using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Indicators;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.Partners;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Time;
using NodaTime;

namespace AseanMinerals.Core.Tests.ReferenceData;

/// <summary>A small, hand-made, valid reference-data document that tests break one member at a time.</summary>
internal static class SampleReferenceData
{
    public static readonly LocalDate Today = new(2026, 1, 1);

    private static readonly Source Cited = new("Hand-made test source", new Uri("https://example.org/test-source"));

    public static MemberState Indonesia { get; } = new()
    {
        Alpha2 = "ID", Alpha3 = "IDN", IsoNumeric = new AreaCode(360), M49 = new AreaCode(360),
        ShortName = "Indonesia", IsoName = "Indonesia", AccessionDate = new LocalDate(1967, 8, 8),
        Sources = [Cited], Confidence = Confidence.Confirmed,
    };

    public static Partner Korea { get; } = new()
    {
        Id = "KOR", Name = "Republic of Korea", Kind = PartnerKind.DialoguePartner, DialoguePartnerSince = 1991,
        Sources = [Cited], Confidence = Confidence.Confirmed,
    };

    public static Partner Kigam { get; } = new()
    {
        Id = "KIGAM", Name = "Korea Institute of Geoscience and Mineral Resources", Kind = PartnerKind.NationalInstitution,
        Country = "KOR", Sources = [Cited], Confidence = Confidence.Confirmed,
    };

    public static Partner Ccop { get; } = new()
    {
        Id = "CCOP", Name = "Coordinating Committee for Geoscience Programmes in East and Southeast Asia",
        Kind = PartnerKind.IntergovernmentalOrganisation, Sources = [Cited], Confidence = Confidence.Confirmed,
    };

    public static ActionPlan AmcapIII { get; } = new()
    {
        Id = "AMCAP-III", Name = "ASEAN Minerals Cooperation Action Plan 2016-2025", Kind = ActionPlanKind.ActionPlan,
        Period = PartialDateRange.Years(2016, 2025), AdoptedAtMeeting = 4,
        Phases =
        [
            new ActionPlanPhase { Id = "phase-1", Name = "Phase 1", Period = PartialDateRange.Years(2016, 2020) },
            new ActionPlanPhase { Id = "phase-2", Name = "Phase 2", Period = PartialDateRange.Years(2021, 2025) },
        ],
        StrategicAreas =
        [
            new StrategicArea
            {
                Id = "amcap-3-sa-2", Number = 2, Title = "Sustainable mineral development",
                ObjectiveIds = ["sustainable-development"], LeadWorkingGroupId = "WGSMD",
            },
        ],
        Sources = [Cited], Confidence = Confidence.Confirmed,
    };

    public static CapacityBuildingInitiative CriticalMinerals { get; } = new()
    {
        Id = "critical-minerals", Title = "Critical minerals project", Period = PartialDateRange.Years(2024, 2026),
        ThematicAreaIds = ["critical-minerals"], SupporterIds = ["KIGAM", "CCOP", "IDN"], HostCountry = "IDN",
        ActionPlanId = "AMCAP-III", StrategicAreaId = "amcap-3-sa-2",
        Funding = new Funding { Funder = "ASEAN-Korea Cooperation Fund", Amount = 5_600_000m, Currency = "USD" },
        Sources = [Cited], Confidence = Confidence.Confirmed,
    };

    public static PublishedIndicator IntraShare { get; } = new()
    {
        Id = "intra-share-2018", Measure = IndicatorMeasure.IntraAseanShareOfMineralsTrade, Year = 2018,
        Value = 21m, Unit = IndicatorUnit.Percent, Sources = [Cited], Confidence = Confidence.Confirmed,
    };

    public static ReferenceDataSet Valid { get; } = new()
    {
        MemberStates = [Indonesia],
        Partners = [Korea, Kigam, Ccop],
        Objectives =
        [
            new CooperationObjective
            {
                Id = "sustainable-development", Number = 3, Title = "Sustainable mineral development",
                Sources = [Cited], Confidence = Confidence.Confirmed,
            },
        ],
        MinisterialMeetings =
        [
            new MinisterialMeeting
            {
                Number = 4, Date = PartialDate.Parse("2013-11-28"), City = "Nusa Dua", HostCountry = "IDN",
                Sources = [Cited], Confidence = Confidence.Confirmed,
            },
        ],
        Bodies =
        [
            new CooperationBody { Id = "ASOMM", Name = "ASEAN Senior Officials Meeting on Minerals", Kind = CooperationBodyKind.SeniorOfficialsMeeting, Sources = [Cited], Confidence = Confidence.Confirmed },
            new CooperationBody { Id = "WGSMD", Name = "Working Group on Sustainable Minerals Development", Kind = CooperationBodyKind.WorkingGroup, ParentId = "ASOMM", Sources = [Cited], Confidence = Confidence.Confirmed },
        ],
        ActionPlans = [AmcapIII],
        ThematicAreas = [new ThematicArea { Id = "critical-minerals", Name = "Critical minerals", Sources = [Cited], Confidence = Confidence.Confirmed }],
        Initiatives = [CriticalMinerals],
        Indicators = [IntraShare],
    };
}
