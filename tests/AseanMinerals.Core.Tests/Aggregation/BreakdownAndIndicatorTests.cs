using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Core.Tests.Aggregation.HandMadeRecords;

namespace AseanMinerals.Core.Tests.Aggregation;

public class BreakdownAndIndicatorTests
{
    private static readonly TradeCube Cube = TradeCube.Build(Year2018);
    private static readonly AreaGroup Asean = AreaGroup.Asean();

    [Fact]
    public void Shares_by_member_add_up_exactly_to_the_minerals_total()
    {
        var byMember = Cube.SharesByReporter(Y2018, Asean);

        // Indonesia 5,000 + 7,000 + 2,000 = 14,000; Malaysia 3,000 + 4,000 = 7,000; Singapore 1,500.25 + 2,999.75 = 4,500
        byMember.Parts.Select(p => (p.Key, p.Value)).Should().Equal(("360", 14_000m), ("458", 7_000m), ("702", 4_500m));
        byMember.Parts.Sum(p => p.Value).Should().Be(byMember.Total!.Value).And.Be(25_500m);
        // The seven members without records are named, not counted as zero.
        byMember.WithoutRecords.Should().HaveCount(7).And.Contain("704");
    }

    [Fact]
    public void Shares_by_commodity_group_add_up_exactly()
    {
        var byGroup = Cube.SharesByCommodityGroup(Y2018, Asean);

        // ores 5,000 + 7,000 = 12,000; iron and steel 2,000 + 4,000 = 6,000; non-ferrous 3,000 + 2,999.75 = 5,999.75;
        // gold 710812 (1,500.25) is non-monetary gold since the scope fix (UN Trade Statistics Knowledgebase: 7108.12).
        byGroup.Parts.Select(p => (p.Key, p.Value)).Should().Equal(
            ("metallic-ores", 12_000m), ("iron-and-steel", 6_000m), ("non-ferrous-base-metals", 5_999.75m), ("non-monetary-gold", 1_500.25m));
        byGroup.Parts.Sum(p => p.Value).Should().Be(byGroup.Total!.Value);
    }

    [Fact]
    public void Top_partners_and_the_rest_of_the_world_add_up_exactly()
    {
        var byPartner = Cube.SharesByPartner(Y2018, Asean, top: 1);

        // China 7,000 + 4,000 = 11,000 first; the rest: Malaysia 5,000 + 2,999.75, Singapore 2,000 + 3,000, Indonesia 1,500.25 = 14,500
        byPartner.Parts.Select(p => (p.Key, p.Value)).Should().Equal(("156", 11_000m), ("rest", 14_500m));
        byPartner.Parts.Sum(p => p.Value).Should().Be(25_500m).And.Be(byPartner.Total!.Value);
        byPartner.Parts[0].Share.Should().Be(11_000m / 25_500m);
        byPartner.ToTable().Should().Contain("156 China").And.Contain("rest of the world (3 partners)");
    }

    [Fact]
    public void Partner_concentration_is_the_sum_of_squared_percentage_shares()
    {
        var hhi = Cube.PartnerConcentration(Y2018, Asean);

        // partners: China 11,000; Malaysia 7,999.75; Singapore 5,000; Indonesia 1,500.25 of 25,500
        var expected = new[] { 11_000m, 7_999.75m, 5_000m, 1_500.25m }.Sum(v => (v / 25_500m * 100) * (v / 25_500m * 100));
        hhi.Index.Should().BeApproximately(expected, 0.000001m); // about 3,299: highly concentrated
        hhi.Band.Should().Be(ConcentrationBand.HighlyConcentrated);
        hhi.Parts.Should().Be(4);
    }

    [Fact]
    public void ASEAN_share_of_Chinas_imports_uses_Chinas_own_rows()
    {
        var cube = TradeCube.Build(
        [
            Record(China, Indonesia, TradeFlow.Import, "260111", 30.00m),
            Record(China, Malaysia, TradeFlow.Import, "260111", 10.00m),
            Record(China, new(36), TradeFlow.Import, "260111", 60.00m), // Australia
        ]);

        var share = cube.PartnerGroupShare(Y2018, AreaGroup.Of("China", China), Asean, direction: TradeDirection.Imports);

        // (30 + 10) / (30 + 10 + 60)
        share.Share.Should().Be(0.4m);
    }

    [Fact]
    public void Growth_gives_year_on_year_changes_and_the_CAGR()
    {
        var indonesia = AreaGroup.Of("Indonesia", Indonesia);
        var cube = TradeCube.Build(
        [
            Record(Indonesia, China, TradeFlow.Export, "260111", 100m, TradePeriod.Annual(2016)),
            Record(Indonesia, China, TradeFlow.Export, "260111", 110m, TradePeriod.Annual(2017)),
            Record(Indonesia, China, TradeFlow.Export, "260111", 121m, TradePeriod.Annual(2018)),
        ]);

        var growth = cube.Growth(indonesia, 2016, 2018);

        // 110 / 100 - 1 = 10%; 121 / 110 - 1 = 10%; (121 / 100)^(1/2) - 1 = 10%
        growth.Steps.Select(s => s.YearOnYear).Should().Equal(null, 0.1m, 0.1m);
        growth.Cagr.Should().BeApproximately(0.1m, 0.0000000001m);
    }

    [Fact]
    public void Growth_from_a_missing_year_is_absent_with_the_reason_never_zero()
    {
        var cube = TradeCube.Build([Record(Indonesia, China, TradeFlow.Export, "260111", 121m, TradePeriod.Annual(2018))]);

        var growth = cube.Growth(AreaGroup.Of("Indonesia", Indonesia), 2017, 2018);

        growth.Cagr.Should().BeNull();
        growth.AbsentReason.Should().Contain("2017");
        growth.Steps[1].YearOnYear.Should().BeNull();
    }

    [Fact]
    public void Revealed_comparative_advantage_compares_the_reporters_share_with_the_worlds()
    {
        var rca = Cube.RevealedComparativeAdvantage(Y2018, AreaGroup.Of("Indonesia", Indonesia), CommoditySelection.Group("metallic-ores"), 1_000m, 100_000m);

        // Indonesia: ores 12,000 of TOTAL exports 100,000 = 0.12; world: 1,000 of 100,000 = 0.01; 0.12 / 0.01 = 12
        rca.Index.Should().Be(12m);
    }

    [Fact]
    public void RCA_with_zero_world_exports_is_absent_with_the_reason()
    {
        var rca = Cube.RevealedComparativeAdvantage(Y2018, AreaGroup.Of("Indonesia", Indonesia), CommoditySelection.Group("metallic-ores"), 0m, 0m);

        rca.Index.Should().BeNull();
        rca.AbsentReason.Should().Contain("zero");
    }

    [Fact]
    public void Mirror_statistics_set_exports_against_the_partners_imports_with_the_gap()
    {
        var mirror = Cube.Mirror(Y2018, Malaysia, Singapore);

        // Malaysia reported 3,000.00 exports to Singapore; Singapore reported 2,999.75 imports from Malaysia
        mirror.ReportedExports.Should().Be(3_000.00m);
        mirror.MirrorImports.Should().Be(2_999.75m);
        mirror.Gap.Should().Be(-0.25m);
        mirror.Ratio.Should().Be(2_999.75m / 3_000.00m);
    }

    [Fact]
    public void A_share_with_no_denominator_is_absent_with_the_reason_never_zero_or_NaN()
    {
        var share = Cube.ShareOfTotalTrade(TradePeriod.Annual(2019), Asean);

        share.Share.Should().BeNull();
        share.AbsentReason.Should().Contain("no records for 2019");
    }

    [Fact]
    public void A_share_whose_TOTAL_rows_miss_a_reporter_leaves_it_out_of_both_sides_and_says_so()
    {
        // Viet Nam has minerals rows but no TOTAL row: its 1 of minerals over the others' TOTAL rows would mix member sets.
        // The share is over Indonesia, Malaysia and Singapore on both sides: 25,500.00 / 570,000.75 (HandMadeRecords).
        var cube = TradeCube.Build([.. Year2018, Record(new(704), China, TradeFlow.Export, "260111", 1m)]);

        var share = cube.ShareOfTotalTrade(Y2018, Asean);

        share.Share.Should().Be(25_500.00m / 570_000.75m);
        share.Numerator.Value.Should().Be(25_500.00m);
        share.Coverage!.Covered.Should().Equal(Indonesia, Malaysia, Singapore);
        share.Coverage.Missing.Should().ContainEquivalentOf(new MissingMember(new(704), CoverageGap.NoTotalRows)); // commodity rows, no TOTAL row: finer rows, not coarser (review 12b)
    }

    [Fact]
    public void Adding_chapters_to_their_own_subheadings_is_rejected()
    {
        var cube = TradeCube.Build([.. Year2018, Record(Indonesia, China, TradeFlow.Export, "26", 12_000m)]);

        var minerals = cube.Value(Y2018, Asean);

        minerals.Value.Should().BeNull();
        minerals.AbsentReason.Should().Contain("mix HS levels");
    }

    [Fact]
    public void Results_serialize_to_JSON_and_print_as_tables()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Cube.Headline(Y2018), AseanMinerals.Core.Serialization.AseanMineralsJson.Options);

        json.Should().Contain("\"commodityTrade\"").And.Contain("\"value\":25500.00").And.Contain("\"partnerBasis\":\"sumOfPartners\"");
        Cube.SharesByReporter(Y2018, Asean).ToString().Should().Contain("360 Indonesia").And.Contain("25,500.00");
    }
}
