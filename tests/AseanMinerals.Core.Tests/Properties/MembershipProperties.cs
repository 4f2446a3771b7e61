using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace AseanMinerals.Core.Tests.Properties;

/// <summary>For any accession dates and any day, the members on that day are exactly the states that joined on or before it.</summary>
[Properties(MaxTest = 100)]
public class MembershipProperties
{
    private static readonly LocalDate Epoch = new(1960, 1, 1);

    private static readonly IReadOnlyList<MemberState> States = AseanReferenceData.Default.MemberStates;

    // The eleven states, each with an accession day between 1960 and 2040 (about 29,000 days).
    private static readonly Gen<MemberState[]> Memberships =
        Gen.Choose(0, 29_000).ArrayOf(States.Count).Select(static days => States.Select((s, i) => s with { AccessionDate = Epoch.PlusDays(days[i]) }).ToArray());

    private static readonly Gen<LocalDate> Days = Gen.Choose(-10, 29_010).Select(static d => Epoch.PlusDays(d));

    [Property]
    public Property The_members_on_a_day_are_exactly_the_states_that_joined_on_or_before_it() =>
        Prop.ForAll(Gen.Zip(Memberships, Days).ToArbitrary(), p =>
        {
            var (states, day) = p;
            var membership = new AseanMembership(states);
            var expected = states.Where(s => s.AccessionDate <= day).Select(static s => s.Alpha3).Order(StringComparer.Ordinal);
            return membership.MembersOn(day).Select(static s => s.Alpha3).Order(StringComparer.Ordinal).SequenceEqual(expected)
                && states.All(s => membership.IsMember(s.IsoNumeric, day) == s.AccessionDate <= day && membership.IsMember(s.Alpha3, day) == s.AccessionDate <= day);
        });

    [Property]
    public Property ASEAN_of_a_changing_composition_for_a_year_is_the_states_that_joined_by_its_last_day() =>
        Prop.ForAll(Gen.Zip(Memberships, Gen.Choose(1960, 2040)).ToArbitrary(), p =>
        {
            var (states, year) = p;
            var group = AreaGroup.Asean(MembershipBasis.Changing, new AseanMembership(states));
            var expected = states.Where(s => s.AccessionDate <= new LocalDate(year, 12, 31)).Select(static s => s.IsoNumeric).Order();
            return group.MembersFor(TradePeriod.Annual(year)).SequenceEqual(expected);
        });
}
