using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Time;
using NodaTime;

namespace AseanMinerals.Core.Tests.ReferenceData;

public class ActionPlanSeedTests
{
    private static readonly ReferenceDataSet Data = AseanReferenceData.Default;
    private static readonly ActionPlan AmcapIII = Data.ActionPlans.Single(p => p.Id == "AMCAP-III");

    [Fact]
    public void The_plans_are_AMCAP_I_the_2009_2011_scorecard_AMCAP_II_and_AMCAP_III_and_no_unadopted_AMCAP_IV()
    {
        Data.ActionPlans.Select(p => (p.Id, p.Kind, p.Period.ToString())).Should().Equal(
            ("AMCAP-I", ActionPlanKind.ActionPlan, "2005/2010"),
            ("AEC-SCORECARD-2009-2011", ActionPlanKind.Scorecard, "2009/2011"),
            ("AMCAP-II", ActionPlanKind.ActionPlan, "2011/2015"),
            ("AMCAP-III", ActionPlanKind.ActionPlan, "2016/2025"));
    }

    [Fact]
    public void Each_plan_was_adopted_at_the_AMMin_the_sources_name()
    {
        // AMCAP-I at the 1st (2005), the scorecard at the 2nd (2008), AMCAP-II at the 3rd (2011), AMCAP-III at the 5th (2015).
        Data.ActionPlans.Select(p => p.AdoptedAtMeeting).Should().Equal(1, 2, 3, 5);
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
    public void AMCAP_III_carries_its_vision()
    {
        AmcapIII.Vision.Should().StartWith("Create a vibrant and competitive ASEAN mineral sector");
    }

    [Fact]
    public void ActionPlanOn_mid_2018_is_AMCAP_III_and_on_mid_2026_is_none_because_no_later_plan_is_adopted()
    {
        Data.ActionPlanOn(new LocalDate(2018, 6, 30))!.Id.Should().Be("AMCAP-III");
        Data.ActionPlanOn(new LocalDate(2010, 6, 30))!.Id.Should().Be("AMCAP-I", "the scorecard is not an action plan");
        Data.ActionPlanOn(new LocalDate(2026, 6, 30)).Should().BeNull();
    }
}
