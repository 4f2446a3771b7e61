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
    public void MembersOn_2026_01_01_returns_eleven_members_with_Timor_Leste()
    {
        var members = Membership.MembersOn(new LocalDate(2026, 1, 1));

        // The ten of 2018 plus Timor-Leste, admitted on 26 October 2025.
        members.Select(m => m.Alpha3).Should().BeEquivalentTo(
            ["IDN", "MYS", "PHL", "SGP", "THA", "BRN", "VNM", "LAO", "MMR", "KHM", "TLS"]);
    }

    [Fact]
    public void IsMember_Timor_Leste_is_false_the_day_before_admission_and_true_on_26_October_2025()
    {
        Membership.IsMember("TLS", new LocalDate(2025, 10, 25)).Should().BeFalse();
        Membership.IsMember("TLS", new LocalDate(2025, 10, 26)).Should().BeTrue();
        Membership.IsMember("TL", new LocalDate(2025, 10, 26)).Should().BeTrue("the alpha-2 code names the same state");
    }

    [Fact]
    public void MembersOn_the_founding_day_returns_the_five_founders()
    {
        Membership.MembersOn(new LocalDate(1967, 8, 8)).Select(m => m.ShortName).Should().BeEquivalentTo(
            ["Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand"]);
    }
}
