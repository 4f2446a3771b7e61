using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>The legacy API excerpt: TOTAL, 2017, reporters vs World, flows in words with codes 1 to 4 (Fixtures/README.md).</summary>
public class LegacyApiCsvTests
{
    [Fact]
    public async Task The_excerpt_is_read_as_a_legacy_api_file_with_every_row_accounted_for()
    {
        var summary = (await Fixture.ReadAsync(Fixture.LegacyApi)).Summary;

        // 30 rows: 22 Import or Export rows; 8 Re-Export (Myanmar, Hong Kong, Italy, USA) or Re-Import (Myanmar,
        // Indonesia, Italy, Malaysia) rows set aside as subset flows.
        summary.Format.Should().Be(nameof(ComtradeFormat.LegacyApiCsv));
        summary.RowsRead.Should().Be(30);
        summary.Records.Should().Be(22);
        summary.SetAsideByReason[TradeSetAsideReason.SubsetFlow].Should().Be(4 + 4);
        summary.SetAsideByReason[TradeSetAsideReason.Breakdown].Should().Be(0);
        summary.Rejected.Should().Be(0);
        summary.IsReconciled.Should().BeTrue();
    }

    [Theory]
    [InlineData(1, TradeFlow.Import)]
    [InlineData(2, TradeFlow.Export)]
    [InlineData(3, TradeFlow.ReExport)]
    [InlineData(4, TradeFlow.ReImport)]
    public async Task Trade_flow_codes_1_to_4_are_import_export_re_export_re_import(int code, TradeFlow flow)
    {
        var options = new ComtradeImportOptions { IncludeSubsetFlows = true };
        var records = (await Fixture.ReadAsync(Fixture.LegacyApi, options)).Records;

        // Myanmar (104) has all four: Import 19,253,455,102; Export 13,878,764,485; Re-Export 74,383,530; Re-Import 316,562.
        var expected = new[] { 19_253_455_102m, 13_878_764_485m, 74_383_530m, 316_562m }[code - 1];
        records.Single(r => r.Reporter.Value == 104 && r.Flow == flow).Value.Should().Be(expected);
    }

    [Fact]
    public async Task Asean_exports_of_2017_sum_to_the_six_reporters_export_rows()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyApi)).Records;
        var asean = new[] { 96, 104, 360, 458, 608, 702 };

        var total = records.Where(r => r.Flow == TradeFlow.Export && asean.Contains(r.Reporter.Value)).Sum(r => r.Value);

        // Brunei 5,570,575,213 + Myanmar 13,878,764,485 + Indonesia 168,810,042,930 + Malaysia 216,428,429,221
        // + Philippines 68,712,611,186 + Singapore 373,254,554,420 (Myanmar's re-exports are not added again).
        total.Should().Be(5_570_575_213m + 13_878_764_485m + 168_810_042_930m + 216_428_429_221m + 68_712_611_186m + 373_254_554_420m);
    }

    [Fact]
    public async Task A_blank_net_weight_stays_unknown_and_a_zero_stays_zero()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyApi)).Records;

        // Brunei's Import row has a blank Netweight (kg); Albania's has 0.
        records.Single(r => r.Reporter.Value == 96 && r.Flow == TradeFlow.Import).NetWeightKg.Should().BeNull();
        records.Single(r => r.Reporter.Value == 8 && r.Flow == TradeFlow.Import).NetWeightKg.Should().Be(0);
    }

    [Fact]
    public async Task A_blank_second_partner_customs_and_transport_mean_the_aggregate()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyApi)).Records;

        records.Should().OnlyContain(r => r.Breakdown == TradeBreakdown.Total && r.Partner == AreaCode.World && r.Commodity == HsCode.Total);
    }

    [Fact]
    public async Task A_name_with_a_comma_inside_quotes_does_not_shift_the_columns()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyApi)).Records;

        // "China, Hong Kong SAR" (344): Import 589,823,683,161; Export 550,239,645,863.
        records.Where(r => r.Reporter.Value == 344).Select(r => r.Value).Should().Equal(589_823_683_161m, 550_239_645_863m);
    }
}
