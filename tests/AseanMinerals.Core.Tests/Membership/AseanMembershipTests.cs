using AseanMinerals.Core.ReferenceData;
using NodaTime;

namespace AseanMinerals.Core.Tests.Membership;

public class AseanMembershipTests
{
    private static readonly AseanMinerals.Core.Membership.AseanMembership Membership = AseanReferenceData.Default.CreateMembership();

    [Fact]
    public void MembersOn_2018_06_30_returns_the_ten_members_before_Timor_Leste()
    {
        var members = Membership.MembersOn(new LocalDate(2018, 6, 30));

        members.Select(m => m.Alpha3).Should().BeEquivalentTo(
            ["IDN", "MYS", "PHL", "SGP", "THA", "BRN", "VNM", "LAO", "MMR", "KHM"]);
    }

    [Fact]
    public void MembersOn_the_day_Timor_Leste_was_admitted_returns_eleven()
    {
        Membership.MembersOn(new LocalDate(2025, 10, 26)).Should().HaveCount(11);
        Membership.MembersOn(new LocalDate(2025, 10, 25)).Should().HaveCount(10);
    }

    [Fact]
    public void MembersOn_the_founding_day_returns_the_five_founders()
    {
        Membership.MembersOn(new LocalDate(1967, 8, 8)).Select(m => m.ShortName).Should().BeEquivalentTo(
            ["Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand"]);
    }
}
