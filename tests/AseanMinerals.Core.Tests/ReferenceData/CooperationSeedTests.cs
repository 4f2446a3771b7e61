using AseanMinerals.Core.Cooperation;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.Tests.ReferenceData;

public class CooperationSeedTests
{
    private static readonly ReferenceDataSet Data = AseanReferenceData.Default;

    [Fact]
    public void The_Ministerial_Understanding_has_three_objectives_numbered_1_to_3()
    {
        Data.Objectives.OrderBy(o => o.Number).Select(o => (o.Number, o.Id)).Should().Equal(
            (1, "growth-and-social-progress"), (2, "trade-and-investment"), (3, "sustainable-development"));
    }

    [Fact]
    public void The_meetings_are_the_1st_to_the_9th_AMMin_and_no_unconfirmed_10th()
    {
        Data.MinisterialMeetings.Select(m => m.Number).Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    [Fact]
    public void The_meetings_are_hosted_in_turn_by_the_member_states_the_sources_name()
    {
        // FACTS.md 2b: Kuching, Manila, Hanoi, Nusa Dua, Vientiane, Nay Pyi Taw, Bangkok, Hanoi (virtual), Phnom Penh.
        Data.MinisterialMeetings.Select(m => m.HostCountry).Should().Equal(
            "MYS", "PHL", "VNM", "IDN", "LAO", "MMR", "THA", "VNM", "KHM");
    }

    [Fact]
    public void The_1st_AMMin_met_in_Kuching_on_4_August_2005()
    {
        var first = Data.MinisterialMeetings.Single(m => m.Number == 1);

        first.Date.Should().Be(PartialDate.Parse("2005-08-04"));
        first.City.Should().StartWith("Kuching");
    }

    [Fact]
    public void The_3rd_AMMin_is_dated_to_the_month_only_because_no_source_gives_the_day()
    {
        var third = Data.MinisterialMeetings.Single(m => m.Number == 3);

        third.Date.Precision.Should().Be(DatePrecision.Month);
        third.Date.Should().Be(PartialDate.FromYearMonth(2011, 12));
    }

    [Fact]
    public void Only_the_8th_AMMin_was_virtual_hosted_from_Hanoi_on_8_October_2021()
    {
        var virtualMeeting = Data.MinisterialMeetings.Should().ContainSingle(m => m.IsVirtual).Subject;

        virtualMeeting.Number.Should().Be(8);
        virtualMeeting.City.Should().Be("Hanoi");
        virtualMeeting.HostCountry.Should().Be("VNM");
        virtualMeeting.Date.Should().Be(PartialDate.Parse("2021-10-08"));
    }

    [Fact]
    public void ASOMM_first_met_in_October_1996_and_reports_to_AMMin()
    {
        var asomm = Data.Bodies.Single(b => b.Id == "ASOMM");

        asomm.Established.Should().Be(PartialDate.FromYearMonth(1996, 10));
        asomm.ParentId.Should().Be("AMMin");
        asomm.Kind.Should().Be(CooperationBodyKind.SeniorOfficialsMeeting);
    }

    [Fact]
    public void ASOMM_has_four_working_groups_under_their_current_abbreviations()
    {
        var groups = Data.Bodies.Where(b => b.Kind == CooperationBodyKind.WorkingGroup).ToList();

        groups.Select(g => g.Abbreviation).Should().BeEquivalentTo(["WGTIM", "WGSMD", "WGCBM", "WGMID"]);
        groups.Should().OnlyContain(g => g.ParentId == "ASOMM" && g.FormerNames.Count > 0);
    }

    [Fact]
    public void The_database_working_group_is_coordinated_by_Indonesia_and_was_once_named_Mineral_Database_and_Information()
    {
        var wgmid = Data.Bodies.Single(b => b.Id == "WGMID");

        wgmid.Coordinator.Should().Be("IDN");
        wgmid.FormerNames.Should().Equal("Working Group on Mineral Database and Information");
    }

    [Fact]
    public void The_joint_working_group_and_the_Mineral_Awards_task_force_are_task_forces_under_ASOMM()
    {
        Data.Bodies.Where(b => b.Kind == CooperationBodyKind.TaskForce).Select(b => (b.Id, b.ParentId))
            .Should().BeEquivalentTo([("JWG", "ASOMM"), ("AMA-STF", "ASOMM")]);
    }
}
