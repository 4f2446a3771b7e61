using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Time;
using AseanMinerals.Core.Validation;
using NodaTime;
using static AseanMinerals.Core.Tests.ReferenceData.SampleReferenceData;

namespace AseanMinerals.Core.Tests.ReferenceData;

/// <summary>Each reference-data rule fires, with its code and the path to the member, on a document broken in one place.</summary>
public class ReferenceDataValidationTests
{
    private static void ShouldReportOnly(ReferenceDataSet document, string code, ValidationSeverity severity, string path)
    {
        var issues = document.Validate(Today).Issues;

        issues.Select(i => (i.Code, i.Severity, i.Path)).Should().Equal([(code, severity, path)], $"the issues were:{Environment.NewLine}{string.Join(Environment.NewLine, issues)}");
    }

    [Fact]
    public void The_hand_made_document_is_valid_before_it_is_broken()
    {
        Valid.Validate(Today).Issues.Should().BeEmpty();
    }

    [Fact]
    public void A_duplicate_partner_identifier_is_AMC1002_at_the_second_id()
    {
        var broken = Valid with { Partners = [Korea, Kigam, Ccop, Ccop with { Name = "CCOP again" }] };

        ShouldReportOnly(broken, "AMC1002", ValidationSeverity.Error, "partners[3].id");
    }

    [Fact]
    public void A_supporter_that_is_neither_a_partner_nor_a_member_state_is_AMC1003_at_the_supporter()
    {
        var broken = Valid with { Initiatives = [CriticalMinerals with { SupporterIds = ["KIGAM", "XYZ"] }] };

        ShouldReportOnly(broken, "AMC1003", ValidationSeverity.Error, "initiatives[0].supporterIds[1]");
    }

    [Fact]
    public void A_phase_that_runs_past_its_plan_is_AMC1005_at_the_phase_period()
    {
        var lateEnd = new ActionPlanPhase { Id = "phase-2", Name = "Phase 2", Period = PartialDateRange.Years(2021, 2026) };
        var broken = Valid with { ActionPlans = [AmcapIII with { Phases = [AmcapIII.Phases[0], lateEnd] }] };

        ShouldReportOnly(broken, "AMC1005", ValidationSeverity.Error, "actionPlans[0].phases[1].period");
    }

    [Fact]
    public void An_accession_date_after_today_is_AMC1006_at_the_accession_date()
    {
        var broken = Valid with { MemberStates = [Indonesia with { AccessionDate = Today.PlusDays(1) }] };

        ShouldReportOnly(broken, "AMC1006", ValidationSeverity.Error, "memberStates[0].accessionDate");
    }

    [Theory]
    [InlineData("I1")]
    [InlineData("id")]
    [InlineData("IDX")]
    public void A_malformed_alpha_2_code_is_AMC1004_at_alpha2(string alpha2)
    {
        var broken = Valid with { MemberStates = [Indonesia with { Alpha2 = alpha2 }] };

        ShouldReportOnly(broken, "AMC1004", ValidationSeverity.Error, "memberStates[0].alpha2");
    }

    [Fact]
    public void A_record_without_a_source_is_AMC1007_at_its_sources()
    {
        var broken = Valid with { Partners = [Korea, Kigam, Ccop with { Sources = [] }] };

        ShouldReportOnly(broken, "AMC1007", ValidationSeverity.Error, "partners[2].sources");
    }

    [Fact]
    public void A_percentage_over_100_is_AMC1008_at_the_value()
    {
        var broken = Valid with { Indicators = [IntraShare with { Value = 100.5m }] };

        ShouldReportOnly(broken, "AMC1008", ValidationSeverity.Error, "indicators[0].value");
    }

    [Fact]
    public void A_Dialogue_Partner_without_the_year_it_became_one_is_AMC1010_at_dialoguePartnerSince()
    {
        var broken = Valid with { Partners = [Korea with { DialoguePartnerSince = null }, Kigam, Ccop] };

        ShouldReportOnly(broken, "AMC1010", ValidationSeverity.Error, "partners[0].dialoguePartnerSince");
    }

    [Fact]
    public void An_initiative_linked_to_a_plan_it_did_not_overlap_is_the_AMC1012_warning_at_its_period()
    {
        // 2013 lies before AMCAP-III (2016-2025).
        var broken = Valid with { Initiatives = [CriticalMinerals with { Period = PartialDateRange.Years(2013, 2013) }] };

        ShouldReportOnly(broken, "AMC1012", ValidationSeverity.Warning, "initiatives[0].period");
    }

    [Fact]
    public void An_accession_date_today_is_not_in_the_future()
    {
        var joinedToday = Valid with { MemberStates = [Indonesia with { AccessionDate = Today }] };

        joinedToday.Validate(Today).Issues.Should().BeEmpty();
    }

    [Fact]
    public void A_phase_ending_with_its_plan_is_inside_it()
    {
        var sameEnd = Valid with { ActionPlans = [AmcapIII with { Phases = [new ActionPlanPhase { Id = "whole", Name = "Whole plan", Period = PartialDateRange.Years(2016, 2025) }] }] };

        sameEnd.Validate(Today).Issues.Should().BeEmpty();
    }

    [Fact]
    public void InitiativesSupportedBy_a_country_counts_its_national_institutions()
    {
        // The hand-made initiative names KIGAM, not KOR; KIGAM's country is KOR.
        Valid.InitiativesSupportedBy("KOR").Select(i => i.Id).Should().Equal("critical-minerals");
        Valid.InitiativesSupportedBy("JPN").Should().BeEmpty();
    }

    [Fact]
    public void A_meeting_date_after_today_is_AMC1006_at_the_date()
    {
        var meeting = Valid.MinisterialMeetings[0] with { Date = PartialDate.FromDate(new LocalDate(2026, 1, 2)) };
        var broken = Valid with { MinisterialMeetings = [meeting] };

        ShouldReportOnly(broken, "AMC1006", ValidationSeverity.Error, "ministerialMeetings[0].date");
    }

    [Fact]
    public void A_body_that_is_its_own_parent_is_AMC1014_at_its_parentId()
    {
        var broken = Valid with { Bodies = [Valid.Bodies[0] with { ParentId = "ASOMM" }, Valid.Bodies[1]] };

        ShouldReportOnly(broken, "AMC1014", ValidationSeverity.Error, "bodies[0].parentId");
        broken.Validate(Today).Issues[0].Message.Should().Be("'ASOMM' names itself as its parent.");
    }

    [Fact]
    public void A_cycle_of_parent_bodies_is_one_AMC1014_at_its_first_body_naming_the_whole_cycle()
    {
        // ASOMM's parent is WGSMD, whose parent is ASOMM.
        var broken = Valid with { Bodies = [Valid.Bodies[0] with { ParentId = "WGSMD" }, Valid.Bodies[1]] };

        ShouldReportOnly(broken, "AMC1014", ValidationSeverity.Error, "bodies[0].parentId");
        broken.Validate(Today).Issues[0].Message.Should().Be("The parents of 'ASOMM' come back to it: ASOMM -> WGSMD -> ASOMM.");
    }

    [Fact]
    public void A_plan_that_succeeds_itself_is_AMC1014_at_its_succeedsId()
    {
        var broken = Valid with { ActionPlans = [AmcapIII with { SucceedsId = "AMCAP-III" }] };

        ShouldReportOnly(broken, "AMC1014", ValidationSeverity.Error, "actionPlans[0].succeedsId");
    }

    [Fact]
    public void A_cycle_of_plan_successions_is_one_AMC1014_at_its_first_plan()
    {
        // AMCAP-III follows AMCAP-II, which follows AMCAP-III; the two do not overlap in time (2011-2015, 2016-2025).
        var amcapII = AmcapIII with
        {
            Id = "AMCAP-II", Name = "ASEAN Minerals Cooperation Action Plan 2011-2015", Period = PartialDateRange.Years(2011, 2015),
            Phases = [], StrategicAreas = [], SucceedsId = "AMCAP-III",
        };
        var broken = Valid with { ActionPlans = [amcapII, AmcapIII with { SucceedsId = "AMCAP-II" }] };

        var cycles = broken.Validate(Today).Issues.Where(static i => i.Code == "AMC1014").ToList();

        cycles.Should().ContainSingle().Which.Path.Should().Be("actionPlans[0].succeedsId");
        cycles[0].Message.Should().Be("The predecessors of 'AMCAP-II' come back to it: AMCAP-II -> AMCAP-III -> AMCAP-II.");
    }

    [Fact]
    public void A_meeting_hosted_by_ZZZ_is_AMC1003_at_its_hostCountry()
    {
        var broken = Valid with { MinisterialMeetings = [Valid.MinisterialMeetings[0] with { HostCountry = "ZZZ" }] };

        ShouldReportOnly(broken, "AMC1003", ValidationSeverity.Error, "ministerialMeetings[0].hostCountry");
    }

    [Fact]
    public void An_initiative_hosted_by_ZZZ_is_AMC1003_at_its_hostCountry_while_a_catalogued_country_is_accepted()
    {
        var broken = Valid with { Initiatives = [CriticalMinerals with { HostCountry = "ZZZ" }] };
        var australia = Valid with { Initiatives = [CriticalMinerals with { HostCountry = "AUS" }] };

        ShouldReportOnly(broken, "AMC1003", ValidationSeverity.Error, "initiatives[0].hostCountry");
        australia.Validate(Today).Issues.Should().BeEmpty("Australia is in the trade-area catalogue, though not a partner of this document");
    }

    [Fact]
    public void A_thematic_area_without_a_source_is_AMC1007_at_its_sources()
    {
        var broken = Valid with { ThematicAreas = [Valid.ThematicAreas[0] with { Sources = [] }] };

        ShouldReportOnly(broken, "AMC1007", ValidationSeverity.Error, "thematicAreas[0].sources");
    }

    [Fact]
    public void An_inferred_record_without_a_note_is_AMC1013_at_its_note()
    {
        var broken = Valid with { Partners = [Korea, Kigam, Ccop with { Confidence = Confidence.Inferred, Note = null }] };

        ShouldReportOnly(broken, "AMC1013", ValidationSeverity.Error, "partners[2].note");
    }

    [Fact]
    public void An_inferred_member_the_record_does_not_have_is_AMC1013_at_the_member_name()
    {
        var broken = Valid with { Initiatives = [CriticalMinerals with { InferredMembers = ["actionPlanId", "planId"], Note = "The plan link is read from the dates." }] };

        ShouldReportOnly(broken, "AMC1013", ValidationSeverity.Error, "initiatives[0].inferredMembers[1]");
    }

    [Fact]
    public void Inferred_members_of_list_items_are_named_through_the_list_and_need_the_note_to_explain_them()
    {
        var explained = Valid with { ActionPlans = [AmcapIII with { InferredMembers = ["strategicAreas.objectiveIds", "phases.period"], Note = "Links read from the titles." }] };
        var unexplained = Valid with { ActionPlans = [AmcapIII with { InferredMembers = ["strategicAreas.objectiveIds"], Note = null }] };
        var wrongDepth = Valid with { ActionPlans = [AmcapIII with { InferredMembers = ["strategicAreas.objectiveIds.title"], Note = "Links read from the titles." }] };

        explained.Validate(Today).Issues.Should().BeEmpty();
        ShouldReportOnly(unexplained, "AMC1013", ValidationSeverity.Error, "actionPlans[0].note");
        ShouldReportOnly(wrongDepth, "AMC1013", ValidationSeverity.Error, "actionPlans[0].inferredMembers[0]");
    }

    [Fact]
    public void An_accession_date_outside_the_confirmed_accession_year_is_AMC1005_at_the_accession_date()
    {
        var broken = Valid with { MemberStates = [Indonesia with { ConfirmedAccession = PartialDate.FromYear(1968) }] };

        ShouldReportOnly(broken, "AMC1005", ValidationSeverity.Error, "memberStates[0].accessionDate");
    }

    [Fact]
    public void An_unconfirmed_record_with_its_reason_is_only_the_AMC1011_information()
    {
        var unconfirmed = Valid with { MemberStates = [Indonesia with { ConfirmedAccession = PartialDate.FromYear(1967), Confidence = Confidence.Unconfirmed, Note = "Only the year is confirmed." }] };

        ShouldReportOnly(unconfirmed, "AMC1011", ValidationSeverity.Information, "memberStates[0].confidence");
    }
}
