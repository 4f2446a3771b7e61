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

    [Fact]
    public void The_membership_of_July_1997_says_that_Lao_PDR_and_Myanmar_count_on_an_unconfirmed_day()
    {
        // Monthly data: membership is judged on the month's last day. FACTS.md: Lao PDR and Myanmar joined in 1997
        // (confirmed); the day, 23 July 1997, is UNCONFIRMED, so whether they count for July 1997 rests on it.
        var july1997 = Membership.MembershipOn(new LocalDate(1997, 7, 31));

        july1997.Members.Select(m => m.Alpha3).Should().Contain(["LAO", "MMR"]);
        july1997.IsConfirmed.Should().BeFalse();
        july1997.Unconfirmed.Select(m => m.Alpha3).Should().Equal("LAO", "MMR");
        july1997.UnconfirmedNote.Should().Contain("Lao PDR (counted").And.Contain("Myanmar (counted").And.Contain("1997-07-23 unconfirmed");
    }

    [Fact]
    public void The_membership_of_March_1997_says_that_leaving_out_Lao_PDR_and_Myanmar_rests_on_an_unconfirmed_day()
    {
        // Only the year 1997 is confirmed: had they joined in March, they would count for March.
        var march1997 = Membership.MembershipOn(new LocalDate(1997, 3, 31));

        march1997.Members.Select(m => m.Alpha3).Should().NotContain(["LAO", "MMR"]);
        march1997.Unconfirmed.Select(m => m.Alpha3).Should().Equal("LAO", "MMR");
        march1997.UnconfirmedNote.Should().Contain("Lao PDR (not counted");
    }

    [Theory]
    [InlineData(1997, 12, 31)] // December 1997 and the year 1997: members whatever the day in 1997
    [InlineData(1996, 12, 31)] // before the confirmed year: not members whatever the day
    [InlineData(2018, 6, 30)]
    [InlineData(2025, 10, 31)] // Timor-Leste's day, 26 October 2025, is confirmed
    public void A_day_whose_membership_does_not_depend_on_an_unconfirmed_accession_day_is_confirmed(int year, int month, int day)
    {
        var membership = Membership.MembershipOn(new LocalDate(year, month, day));

        membership.IsConfirmed.Should().BeTrue();
        membership.UnconfirmedNote.Should().BeNull();
        membership.Members.Should().Equal(Membership.MembersOn(new LocalDate(year, month, day)));
    }

    [Theory]
    [InlineData(1984, 1, 31, "BRN")]
    [InlineData(1984, 11, 30, "BRN")]
    [InlineData(1995, 7, 31, "VNM")]
    [InlineData(1999, 4, 30, "KHM")]
    public void UnconfirmedOn_names_the_state_whose_confirmed_year_holds_the_day(int year, int month, int day, string alpha3)
    {
        // FACTS.md section 1a: Brunei 1984, Viet Nam 1995, Cambodia 1999 are confirmed years; their days are not.
        Membership.UnconfirmedOn(new LocalDate(year, month, day)).Select(m => m.Alpha3).Should().Equal(alpha3);
    }
}
