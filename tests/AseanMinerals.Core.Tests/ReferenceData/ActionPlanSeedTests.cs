using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Time;
using NodaTime;

namespace AseanMinerals.Core.Tests.ReferenceData;

public class ActionPlanSeedTests
{
    private static readonly ReferenceDataSet Data = AseanReferenceData.Default;
    private static readonly ActionPlan AmcapIII = Data.ActionPlans.Single(p => p.Id == "AMCAP-III");

    [Fact]
    public void The_plans_are_AMCAP_I_the_2009_2011_scorecard_AMCAP_II_AMCAP_III_and_an_unconfirmed_AMCAP_IV()
    {
        // FACTS.md section 3: the four adopted plans with their periods; AMCAP-IV is "being prepared" (one reposted
        // article) and its years are unconfirmed, so it is carried open from 2026 and as unconfirmed.
        Data.ActionPlans.Select(p => (p.Id, p.Kind, p.Period.ToString())).Should().Equal(
            ("AMCAP-I", ActionPlanKind.ActionPlan, "2005/2010"),
            ("AEC-SCORECARD-2009-2011", ActionPlanKind.Scorecard, "2009/2011"),
            ("AMCAP-II", ActionPlanKind.ActionPlan, "2011/2015"),
            ("AMCAP-III", ActionPlanKind.ActionPlan, "2016/2025"),
            ("AMCAP-IV", ActionPlanKind.ActionPlan, "2026/.."));
        var amcapIV = Data.ActionPlans.Single(p => p.Id == "AMCAP-IV");
        amcapIV.Confidence.Should().Be(Confidence.Unconfirmed);
        amcapIV.IsInferred("period").Should().BeTrue("the start in 2026 is read from AMCAP-III ending in 2025");
        amcapIV.AdoptedAtMeeting.Should().BeNull();
    }

    [Fact]
    public void Each_plan_was_adopted_at_the_AMMin_the_sources_name_and_AMCAP_II_s_adoption_is_labelled_an_inference()
    {
        // AMCAP-I at the 1st (2005), the scorecard at the 2nd (2008), AMCAP-II at the 3rd (2011), AMCAP-III at the 5th
        // (2015), AMCAP-IV at none yet. For AMCAP-II, FACTS.md says only that ASOMM-11 "aimed to adopt" it.
        Data.ActionPlans.Select(p => p.AdoptedAtMeeting).Should().Equal(1, 2, 3, 5, null);
        Data.ActionPlans.Single(p => p.Id == "AMCAP-II").IsInferred("adoptedAtMeeting").Should().BeTrue();
        Data.ActionPlans.Where(p => p.Id != "AMCAP-II").Should().OnlyContain(p => !p.IsInferred("adoptedAtMeeting"));
    }

    [Fact]
    public void AMCAP_I_holds_19_actions()
    {
        Data.ActionPlans.Single(p => p.Id == "AMCAP-I").ActionCount.Should().Be(19);
    }

    [Fact]
    public void AMCAP_II_carries_its_themes_but_no_strategic_areas_because_its_formal_areas_are_unconfirmed()
    {
        var amcapII = Data.ActionPlans.Single(p => p.Id == "AMCAP-II");

        amcapII.StrategicAreas.Should().BeEmpty();
        amcapII.Themes.Should().HaveCount(7);
    }

    [Fact]
    public void AMCAP_III_has_two_phases_2016_2020_and_2021_2025_inside_its_period()
    {
        AmcapIII.Phases.Select(p => p.Period).Should().Equal(PartialDateRange.Years(2016, 2020), PartialDateRange.Years(2021, 2025));
        AmcapIII.Phases.Should().OnlyContain(p => p.Period.IsWithin(AmcapIII.Period));
        AmcapIII.Phases.Select(p => p.AdoptedAtMeeting).Should().Equal(5, 8);
    }

    [Fact]
    public void AMCAP_III_has_four_strategic_areas_each_led_by_a_working_group()
    {
        AmcapIII.StrategicAreas.Select(a => a.Number).Should().Equal(1, 2, 3, 4);
        foreach (var area in AmcapIII.StrategicAreas)
        {
            var lead = Data.Bodies.Single(b => b.Id == area.LeadWorkingGroupId);
            lead.Kind.Should().Be(CooperationBodyKind.WorkingGroup, $"strategic area {area.Number} is led by a working group");
            area.ObjectiveIds.Should().NotBeEmpty().And.OnlyContain(id => Data.Objectives.Any(o => o.Id == id));
        }

        AmcapIII.StrategicAreas.Select(a => a.LeadWorkingGroupId).Should().Equal("WGTIM", "WGSMD", "WGCBM", "WGMID");
    }

    [Fact]
    public void AMCAP_III_s_objective_and_working_group_links_are_labelled_the_library_s_inference()
    {
        // FACTS.md lists the four working groups as those of the four strategic areas but links neither objectives nor
        // groups area by area: both links are the library's reading.
        AmcapIII.Confidence.Should().Be(Confidence.Confirmed);
        AmcapIII.IsInferred("strategicAreas.objectiveIds").Should().BeTrue();
        AmcapIII.IsInferred("strategicAreas.leadWorkingGroupId").Should().BeTrue();
        AmcapIII.IsInferred("vision").Should().BeFalse("the vision is quoted");
    }

    [Fact]
    public void AMCAP_III_carries_its_vision()
    {
        AmcapIII.Vision.Should().StartWith("Create a vibrant and competitive ASEAN mineral sector");
    }

    [Fact]
    public void ActionPlanOn_mid_2018_is_AMCAP_III_and_on_mid_2026_is_none_because_AMCAP_IV_is_unconfirmed()
    {
        Data.ActionPlanOn(new LocalDate(2018, 6, 30))!.Id.Should().Be("AMCAP-III");
        Data.ActionPlanOn(new LocalDate(2010, 6, 30))!.Id.Should().Be("AMCAP-I", "the scorecard is not an action plan");
        Data.ActionPlanOn(new LocalDate(2026, 6, 30)).Should().BeNull();
    }
}
