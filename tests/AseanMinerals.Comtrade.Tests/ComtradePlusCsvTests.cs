using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>The Comtrade+ CSV excerpt: TOTAL, 2022, China/USA/Germany by partner, byte for byte in Windows-1252 (Fixtures/README.md).</summary>
public class ComtradePlusCsvTests
{
    private static readonly AreaCode China = new(156), Germany = new(276);

    [Fact]
    public async Task The_excerpt_is_read_with_every_row_accounted_for()
    {
        var summary = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Summary;

        summary.Format.Should().Be(nameof(ComtradeFormat.ComtradePlusCsv));
        summary.RowsRead.Should().Be(25);
        summary.Records.Should().Be(25); // every row is an aggregate (partner2 0, C00, mode 0) of M or X
        summary.Rejected.Should().Be(0);
        summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task Chinas_2022_imports_from_Asean_are_15_point_02_percent_of_its_imports_from_the_World_through_the_cube()
    {
        var cube = TradeCube.Build((await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records);

        var share = cube.PartnerGroupShare(
            TradePeriod.Annual(2022), AreaGroup.Of("China", China), AreaGroup.Asean(), CommoditySelection.All(), TradeDirection.Imports);

        // primaryValue of China's M rows (Fixtures/README.md, lines 28 to 196 of the shared file): Brunei 2,247,559,180
        // + Myanmar 11,493,540,976 + Cambodia 1,838,523,980 + Indonesia 77,770,058,058 + Lao PDR 3,342,452,381 + Malaysia
        // 109,878,979,893 + Philippines 23,046,246,017 + Singapore 33,958,352,676 + Viet Nam 87,960,625,997 + Thailand
        // 56,517,648,875 = 408,053,988,033 (the ten members at the end of 2022), against the World row (line 2)
        // 2,715,997,517,261: 15.024%.
        share.Numerator.Value.Should().Be(408_053_988_033m);
        share.Numerator.Records.Should().Be(10);
        share.Denominator.Value.Should().Be(2_715_997_517_261m);
        share.Denominator.PartnerBasis.Should().Be(PartnerBasis.WorldRows);
        share.Denominator.TotalBasis.Should().Be(TotalBasis.TotalRows);
        share.Share.Should().Be(408_053_988_033m / 2_715_997_517_261m);
        share.Share.Should().BeApproximately(0.150241m, 0.0000005m);
    }

    [Fact]
    public async Task Values_keep_their_exact_decimals_and_do_not_overflow()
    {
        var records = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        // Germany M World primaryValue "1588852981506.719": thousands of times past 2^31, with a fraction of a dollar.
        records.Single(r => r.Reporter == Germany && r.Flow == TradeFlow.Import && r.Partner == AreaCode.World).Value
            .Should().Be(1_588_852_981_506.719m);
    }

    [Fact]
    public async Task Flags_say_what_Comtrade_estimated_and_aggregated()
    {
        var records = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        // China M World: isNetWgtEstimated true, isReported false, isAggregate true; Germany M World: isNetWgtEstimated false.
        records.First(r => r.Reporter == China).Flags.Should().Be(TradeRecordFlags.NetWeightEstimated | TradeRecordFlags.NotReported | TradeRecordFlags.Aggregated);
        records.Single(r => r.Reporter == Germany && r.Flow == TradeFlow.Import).Flags.Should().Be(TradeRecordFlags.NotReported | TradeRecordFlags.Aggregated);
    }

    [Fact]
    public async Task Revision_H6_and_commodity_TOTAL_are_kept()
    {
        var records = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        records.Should().OnlyContain(r => r.Revision == HsRevision.Hs2022 && r.Commodity.IsTotal && r.Period == TradePeriod.Annual(2022));
    }

    [Fact]
    public async Task Records_are_counted_by_the_kind_of_their_partner()
    {
        var summary = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Summary;

        // World rows: China M and X, Germany M, USA M. "nes" areas: China M 490, 568, 899 and Germany X 899. Special:
        // Germany X 837 Bunkers. Countries: the ten ASEAN members and France, Cote d'Ivoire, Curacao, India, Turkiye, USA.
        summary.RecordsByPartnerKind.Should().BeEquivalentTo(new Dictionary<TradeAreaKind, long>
        {
            [TradeAreaKind.World] = 4,
            [TradeAreaKind.NotElsewhereSpecified] = 4,
            [TradeAreaKind.Special] = 1,
            [TradeAreaKind.Country] = 16,
        });
        summary.RecordsWithUnknownPartner.Should().Be(0);
    }
}
