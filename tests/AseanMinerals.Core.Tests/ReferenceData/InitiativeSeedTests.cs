using AseanMinerals.Core.ReferenceData;
using NodaTime;

namespace AseanMinerals.Core.Tests.ReferenceData;

public class InitiativeSeedTests
{
    private static readonly ReferenceDataSet Data = AseanReferenceData.Default;

    [Fact]
    public void InitiativesSupportedBy_KOR_returns_exactly_the_initiatives_the_sources_credit_to_Korea()
    {
        // FACTS.md section 4 names the Republic of Korea as a supporter three times:
        // AMDIS development support 2010-2013 ("Japan (also China, ROK)"), the ASEAN+3 Minerals Cooperation
        // Work Plan 2016-2020 ("China, Japan, ROK") and the 2024-2026 critical minerals project ("ROK (AKCF, KIGAM)");
        // section 2c adds the ASEAN+3 work plan 2022-2025 of ASOMM+3 (China, Japan, ROK).
        var supported = Data.InitiativesSupportedBy("KOR").Select(i => i.Id);

        supported.Should().BeEquivalentTo(
            ["amdis-support-plus-three-2010", "asean-plus-three-work-plan-2016-2020", "critical-minerals-akcf-2024", "asean-plus-three-work-plan-2022-2025"]);
    }

    [Fact]
    public void The_critical_minerals_project_is_funded_with_USD_5_6_million_from_the_ASEAN_Korea_Cooperation_Fund()
    {
        var project = Data.Initiatives.Single(i => i.Id == "critical-minerals-akcf-2024");

        project.Funding!.Funder.Should().Be("ASEAN-Korea Cooperation Fund");
        project.Funding.Amount.Should().Be(5_600_000m);
        project.Funding.Currency.Should().Be("USD");
        project.ParticipantCount.Should().Be(328);
        project.SupporterIds.Should().Contain(["KIGAM", "CCOP"]);
    }

    [Fact]
    public void The_2016_mapping_course_had_19_trainees_from_six_named_member_states()
    {
        var course = Data.Initiatives.Single(i => i.Id == "cross-border-mapping-course-2016");

        course.ParticipantIds.Should().BeEquivalentTo(["KHM", "LAO", "MYS", "MMR", "THA", "VNM"]);
        course.ParticipantCount.Should().Be(19);
        course.Period.ToString().Should().Be("2016-06", "the source gives the month, not the days");
    }

    [Fact]
    public void InitiativesInArea_mine_closure_finds_the_2018_BGR_CCOP_workshop_in_Vientiane()
    {
        var found = Data.InitiativesInArea("mine-rehabilitation-and-closure").Select(i => i.Id);

        found.Should().Contain("mine-closure-workshop-2018");
        Data.Initiatives.Single(i => i.Id == "mine-closure-workshop-2018").HostCountry.Should().Be("LAO");
    }

    [Fact]
    public void InitiativesWithMemberState_LAO_counts_the_workshop_it_hosted_and_the_course_it_sent_trainees_to()
    {
        Data.InitiativesWithMemberState("LAO").Select(i => i.Id)
            .Should().Contain(["mine-closure-workshop-2018", "cross-border-mapping-course-2016"]);
    }

    [Fact]
    public void Every_initiative_under_AMCAP_III_ran_while_the_plan_was_in_force()
    {
        var plan = new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2025, 12, 31));

        var under = Data.InitiativesUnderPlan("AMCAP-III").ToList();

        under.Should().NotBeEmpty().And.OnlyContain(i => i.Period.Overlaps(plan));
    }

    [Fact]
    public void InitiativesDuring_2018_finds_the_three_2018_events_and_the_ongoing_work_plan_forum_database_and_centre()
    {
        // The three events dated 2018 in FACTS.md section 4, the work plan 2016-2020, and three open-ended items:
        // the forum (yearly since 2010), AMDIS (developed from 2005) and the talent centre (founded at the forum, not
        // before 2010).
        var year2018 = new DateInterval(new LocalDate(2018, 1, 1), new LocalDate(2018, 12, 31));

        Data.InitiativesDuring(year2018).Select(i => i.Id).Should().BeEquivalentTo(
        [
            "igf-workplan-2018", "mine-closure-workshop-2018", "igdp-phase-2-workshop-2018",
            "asean-plus-three-work-plan-2016-2020", "china-asean-mining-forum", "amdis", "china-asean-mining-talent-centre",
        ]);
    }

    [Fact]
    public void Strategic_areas_are_linked_only_together_with_the_plan_they_belong_to()
    {
        var linked = Data.Initiatives.Where(i => i.StrategicAreaId is not null).ToList();

        linked.Should().NotBeEmpty().And.OnlyContain(i => i.ActionPlanId == "AMCAP-III" && i.StrategicAreaId!.StartsWith("amcap-3-sa-"));
    }
}
