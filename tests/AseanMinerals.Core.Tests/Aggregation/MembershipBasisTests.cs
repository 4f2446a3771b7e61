using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using NodaTime;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

public class MembershipBasisTests
{
    private static readonly TradePeriod Y2025 = TradePeriod.Annual(2025);

    // Indonesia exports iron ore to Timor-Leste, Malaysia and China; Timor-Leste exports to Indonesia (all in 2025).
    private static readonly TradeCube Cube = TradeCube.Build(
    [
        Record(Indonesia, TimorLeste, TradeFlow.Export, "260111", 1_000.00m, Y2025),
        Record(Indonesia, Malaysia, TradeFlow.Export, "260111", 3_000.00m, Y2025),
        Record(Indonesia, China, TradeFlow.Export, "260111", 6_000.00m, Y2025),
        Record(TimorLeste, Indonesia, TradeFlow.Export, "260111", 500.00m, Y2025),
        Record(Indonesia, TimorLeste, TradeFlow.Export, "260111", 200.00m, TradePeriod.Monthly(2025, 9)),
        Record(Indonesia, China, TradeFlow.Export, "260111", 800.00m, TradePeriod.Monthly(2025, 9)),
    ]);

    [Fact]
    public void Changing_composition_counts_Timor_Leste_for_2025_as_reporter_and_partner()
    {
        var share = Cube.IntraGroupShare(Y2025, AreaGroup.Asean(MembershipBasis.Changing));

        // Members at 31 Dec 2025 include Timor-Leste (admitted 26 Oct 2025).
        // Intra: Indonesia->Timor-Leste 1,000 + Indonesia->Malaysia 3,000 + Timor-Leste->Indonesia 500 = 4,500
        // All:   1,000 + 3,000 + 6,000 + 500 = 10,500
        share.Share.Should().Be(4_500m / 10_500m);
        share.Numerator.Reporters.Should().Contain("changing composition");
    }

    [Fact]
    public void Fixed_composition_before_26_October_2025_leaves_Timor_Leste_out()
    {
        var share = Cube.IntraGroupShare(Y2025, AreaGroup.Asean(MembershipBasis.FixedAsOf(new LocalDate(2025, 10, 25))));

        // Ten members: Timor-Leste is neither reporter nor partner.
        // Intra: Indonesia->Malaysia 3,000; all: 1,000 + 3,000 + 6,000 = 10,000
        share.Share.Should().Be(3_000m / 10_000m);
        share.Numerator.Reporters.Should().Contain("fixed composition: the members on 2025-10-25");
    }

    [Fact]
    public void The_two_compositions_give_different_shares_for_2025()
    {
        var changing = Cube.IntraGroupShare(Y2025, AreaGroup.Asean(MembershipBasis.Changing)).Share;
        var fixedShare = Cube.IntraGroupShare(Y2025, AreaGroup.Asean(MembershipBasis.FixedAsOf(new LocalDate(2025, 1, 1)))).Share;

        changing.Should().NotBe(fixedShare);
    }

    [Fact]
    public void Changing_composition_leaves_Timor_Leste_out_of_September_2025_and_fixed_as_of_admission_counts_it()
    {
        var september = TradePeriod.Monthly(2025, 9);

        // Changing: 30 Sep 2025 is before the admission: intra 0 of 200 + 800
        Cube.IntraGroupShare(september).Share.Should().Be(0m);
        // Fixed as of 26 Oct 2025: intra 200 of 1,000
        Cube.IntraGroupShare(september, AreaGroup.Asean(MembershipBasis.FixedAsOf(new LocalDate(2025, 10, 26)))).Share.Should().Be(200m / 1_000m);
    }
}
