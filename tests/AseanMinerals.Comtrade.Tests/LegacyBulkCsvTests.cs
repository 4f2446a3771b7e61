using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>The legacy bulk excerpt: HS 252310 cement clinker, every 2018 row of the ten ASEAN reporters and a few others (Fixtures/README.md).</summary>
public class LegacyBulkCsvTests
{
    private static readonly AreaCode Brunei = new(96), Myanmar = new(104), Thailand = new(764), Latvia = new(428);

    [Fact]
    public async Task The_excerpt_is_read_as_a_legacy_bulk_file_with_every_row_accounted_for()
    {
        var summary = (await Fixture.ReadAsync(Fixture.LegacyBulk)).Summary;

        // 77 rows: 24 aggregate rows of M or X; 48 breakdowns (Brunei 7, Myanmar 12, Malaysia 6, Thailand 14, Latvia 7,
        // DR Congo 2); 5 aggregate rows of subset flows (Brunei RX, Indonesia RM, Thailand FM and DX, Cote d'Ivoire RX).
        summary.Format.Should().Be(nameof(ComtradeFormat.LegacyBulkCsv));
        summary.Encoding.Should().Be(TradeTextEncoding.Utf8);
        summary.RowsRead.Should().Be(77);
        summary.Records.Should().Be(24);
        summary.SetAsideByReason[TradeSetAsideReason.Breakdown].Should().Be(7 + 12 + 6 + 14 + 7 + 2);
        summary.SetAsideByReason[TradeSetAsideReason.SubsetFlow].Should().Be(5);
        summary.Rejected.Should().Be(0);
        summary.IsReconciled.Should().BeTrue();
        summary.IsComplete.Should().BeTrue();
    }

    [Fact]
    public async Task Asean_exports_of_2018_are_one_figure_per_reporter_equal_to_its_C00_mode_0_row()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyBulk)).Records;

        var exports = records
            .Where(r => r.Period == TradePeriod.Annual(2018) && r.Flow == TradeFlow.Export)
            .GroupBy(r => r.Reporter.Value)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

        // Trade Value (US$) of the rows with Customs Proc. Code C00, Mode of Transport Code 0, 2nd Partner Code 0, flow X
        // (the same figures as asean_aggregate_rows.csv); Cambodia reported no clinker exports for 2018.
        exports.Should().BeEquivalentTo(new Dictionary<int, decimal>
        {
            [96] = 429m,
            [360] = 162_658_208m,
            [418] = 5_153m,
            [104] = 1_593m,
            [458] = 45_925_826m,
            [608] = 141_226m,
            [702] = 50_602m,
            [764] = 347_707_599m,
            [704] = 762_052_084m,
        });
    }

    [Fact]
    public async Task Brunei_2018_exports_are_the_aggregate_row_not_the_sum_of_its_breakdowns_and_re_exports()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyBulk)).Records;

        // Brunei 2018 X rows: Air 59 + Land 370 (breakdowns by mode), the aggregate 429, and RX rows 59, 370, 429 (re-exports
        // are part of exports). Summing all six would give 59 + 370 + 429 + 59 + 370 + 429 = 1,716: four times too much.
        records.Where(r => r.Reporter == Brunei && r.Period.Year == 2018 && r.Flow.ContainingFlow() == TradeFlow.Export)
            .Should().ContainSingle().Which.Value.Should().Be(429m);
    }

    [Fact]
    public async Task Including_breakdowns_yields_them_marked_with_their_customs_procedure_and_mode_of_transport()
    {
        var options = new ComtradeImportOptions { IncludeBreakdowns = true };
        var result = await Fixture.ReadAsync(Fixture.LegacyBulk, options);

        var myanmarImports = result.Records.Where(r => r.Reporter == Myanmar && r.Flow == TradeFlow.Import).ToList();

        // 10 Myanmar M rows: the aggregate and 9 breakdowns (C05, C05/Sea, C08, C08/Sea, C00/Road, C01, C01/Road, C01/Sea, C00/Sea).
        myanmarImports.Should().HaveCount(10);
        myanmarImports.Where(r => !r.IsBreakdown).Should().ContainSingle().Which.Value.Should().Be(3_056_655m);
        myanmarImports.Should().Contain(r => r.Breakdown == new TradeBreakdown(AreaCode.World, 5, 0) && r.Value == 4_598m);
        myanmarImports.Should().Contain(r => r.Breakdown == new TradeBreakdown(AreaCode.World, 1, 3200) && r.Value == 2_278_460m);
        // 48 breakdowns, less 9 breakdowns of subset flows (Brunei RX 2, Thailand FM 4 and DX 3), still set aside with the
        // 5 aggregate rows of subset flows.
        result.Summary.BreakdownRecords.Should().Be(48 - 9);
        result.Summary.SetAsideByReason[TradeSetAsideReason.SubsetFlow].Should().Be(5 + 9);
        result.Summary.IsReconciled.Should().BeTrue();
    }

    [Fact]
    public async Task Including_subset_flows_yields_them_with_their_own_flow()
    {
        var options = new ComtradeImportOptions { IncludeSubsetFlows = true };
        var result = await Fixture.ReadAsync(Fixture.LegacyBulk, options);

        var thailand = result.Records.Where(r => r.Reporter == Thailand).ToList();

        // Thailand reports DX = X = 347,707,599 and FM = M = 910,369: domestic exports and foreign imports are all of it.
        thailand.Should().Contain(r => r.Flow == TradeFlow.DomesticExport && r.Value == 347_707_599m);
        thailand.Should().Contain(r => r.Flow == TradeFlow.ForeignImport && r.Value == 910_369m);
        result.Records.Where(r => r.Flow.IsTotal()).Should().HaveCount(24);
        result.Summary.SubsetFlowRecords.Should().Be(5);
    }

    [Fact]
    public async Task The_revision_of_each_row_is_kept()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyBulk)).Records;

        records.Single(r => r.Period.Year == 1988 && r.Flow == TradeFlow.Export).Revision.Should().Be(HsRevision.Hs1992); // H0
        records.Single(r => r.Reporter.Value == 608 && r.Flow == TradeFlow.Export).Revision.Should().Be(HsRevision.Hs2012); // H4
        records.Single(r => r.Reporter == Brunei && r.Flow == TradeFlow.Export).Revision.Should().Be(HsRevision.Hs2017); // H5
    }

    [Fact]
    public async Task Estimation_flag_6_marks_quantity_and_net_weight_as_estimated()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyBulk)).Records;

        // Myanmar 2018 M: Qty Unit Code -1 (N/A), Qty 0, Netweight (kg) 0, Flag 6 = 2 (quantity) + 4 (net weight).
        var row = records.Single(r => r.Reporter == Myanmar && r.Flow == TradeFlow.Import);
        row.Flags.Should().Be(TradeRecordFlags.QuantityEstimated | TradeRecordFlags.NetWeightEstimated);
        row.NetWeightKg.Should().Be(0);
        row.QuantityUnitCode.Should().BeNull();
        row.Quantity.Should().BeNull();
    }

    [Fact]
    public async Task Breakdowns_without_their_aggregate_row_are_reported_by_line()
    {
        var summary = (await Fixture.ReadAsync(Fixture.LegacyBulk)).Summary;

        // Latvia 2020 X has only two rows by second partner 899 (lines 72-73), DR Congo 2016 M only two by second partner
        // 800 (lines 74-75): set aside, they would leave nothing for those figures without a word.
        summary.Issues.Warnings.Where(i => i.Code == "AMC5022").Select(i => i.Line).Should().Equal(72L, 74L);
        summary.Issues.Warnings.First(i => i.Code == "AMC5022").Message.Should().Contain("reporter 428").And.Contain("2020").And.Contain("flow X");
        summary.Records.Should().Be(24);
        (await Fixture.ReadAsync(Fixture.LegacyBulk)).Records.Where(r => r.Reporter == Latvia).Should().ContainSingle(r => r.Flow == TradeFlow.Import);
    }

    [Fact]
    public async Task Monthly_periods_are_read_as_months()
    {
        var text = LegacyRows.File(LegacyRows.Row((LegacyRows.Column.Period, "201806")), LegacyRows.Row((LegacyRows.Column.Period, "201812")));

        var records = (await Fixture.ReadTextAsync(text)).Records;

        records.Select(r => r.Period).Should().Equal(TradePeriod.Monthly(2018, 6), TradePeriod.Monthly(2018, 12));
    }
}
