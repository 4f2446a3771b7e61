using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using AseanMinerals.Testing;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>Issue 11: mirror fill-in of non-reporting ASEAN members, on the real Comtrade+ file (China, USA, Germany, 2022).</summary>
public class MirrorFillTests
{
    [Fact]
    public async Task Asean_exports_by_mirror_equal_Chinas_the_USAs_and_Germanys_reported_imports_from_the_ten_members()
    {
        if (SharedData.Folder is null)
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI has the shared data folder beside the repository");
            return;
        }

        var cube = TradeCube.Build((await ComtradeFile.ReadAllAsync(SharedData.ComtradePlusTotal2022)).Records);

        var filled = cube.MirrorFill(TradePeriod.Annual(2022), AreaGroup.Asean(), CommoditySelection.All(), TradeDirection.Exports);

        // Expected, from the file by a plain CSV scan: rows of reporters 156, 842, 276 with flow M, a partner among the
        // ten members, the TOTAL commodity and the aggregate row (partner2 0, customs C00, transport 0).
        var expected = ComtradePlusCsvScan.SumByReporter(SharedData.ComtradePlusTotal2022, "M", ComtradePlusCsvScan.Asean2022);
        expected.Keys.Should().BeEquivalentTo([156, 842, 276]);
        filled.Reported.Should().Be(0m); // no member reports in this file
        filled.Estimates.Should().OnlyContain(static e => e.Flow == TradeFlow.Export && e.SourceFlow == TradeFlow.Import);
        filled.Estimates.GroupBy(static e => e.SourceReporter.Value).ToDictionary(static g => g.Key, static g => g.Sum(static e => e.Value))
            .Should().BeEquivalentTo(expected);
        filled.MirrorBased.Should().Be(expected.Values.Sum());
        filled.MirrorShare.Should().Be(1m);
        filled.Basis.Should().Contain("no CIF/FOB adjustment").And.Contain("World totals cannot be mirror-filled");
    }

    [Fact]
    public async Task Asean_minerals_exports_by_mirror_from_a_file_of_TOTAL_rows_are_absent_with_the_reason_not_zero()
    {
        if (SharedData.Folder is null)
        {
            Environment.GetEnvironmentVariable("CI").Should().NotBe("true", "CI has the shared data folder beside the repository");
            return;
        }

        var cube = TradeCube.Build((await ComtradeFile.ReadAllAsync(SharedData.ComtradePlusTotal2022)).Records);

        var filled = cube.MirrorFill(TradePeriod.Annual(2022), AreaGroup.Asean(), CommoditySelection.DefaultScope, TradeDirection.Exports);

        // The file holds TOTAL rows only (its SOURCE.txt: cmdCode TOTAL): China's, the USA's and Germany's imports from the
        // ten members (the reporters the plain CSV scan finds) cannot tell the minerals part. Before: Total 0, no Absence.
        var reporters = ComtradePlusCsvScan.SumByReporter(SharedData.ComtradePlusTotal2022, "M", ComtradePlusCsvScan.Asean2022).Keys.Order();
        filled.Total.Should().BeNull();
        filled.Absence!.Kind.Should().Be(FigureAbsenceKind.NoCommodityRows);
        filled.Absence.Partners.Select(static p => p.Value).Should().Equal(reporters);
        filled.Coverage!.Covered.Should().BeEmpty();
        filled.Coverage.Missing.Should().HaveCount(10).And.OnlyContain(static m => m.Gap == CoverageGap.RowsTooCoarse);
    }

    [Fact]
    public void A_CIF_FOB_factor_scales_exports_estimated_from_imports_and_a_reporting_member_keeps_its_own_rows()
    {
        // China reports imports of 1,000 from Indonesia and exports of 500 to it; Malaysia reports its own exports of 70
        // to China, and China its exports of 30 to Malaysia. Indonesia's exports: 1,000 x 0.95 = 950 from China; imports:
        // 500 / 0.95. Malaysia: exports 70 reported (China's 80 unused), imports 30 / 0.95 by mirror (counted in both flows,
        // so that exports and imports cover one member set).
        var china = new AreaCode(156);
        var indonesia = new AreaCode(360);
        var malaysia = new AreaCode(458);
        var period = TradePeriod.Annual(2022);
        var cube = TradeCube.Build([
            new TradeRecord(period, china, indonesia, TradeFlow.Import, HsCode.Total, 1_000m),
            new TradeRecord(period, china, indonesia, TradeFlow.Export, HsCode.Total, 500m),
            new TradeRecord(period, china, malaysia, TradeFlow.Import, HsCode.Total, 80m),
            new TradeRecord(period, china, malaysia, TradeFlow.Export, HsCode.Total, 30m),
            new TradeRecord(period, malaysia, china, TradeFlow.Export, HsCode.Total, 70m)]);

        var filled = cube.MirrorFill(period, AreaGroup.Asean(), CommoditySelection.All(), options: new MirrorFillOptions { CifToFobFactor = 0.95m });

        filled.Reported.Should().Be(70m);
        filled.Estimates.Should().BeEquivalentTo(new[]
        {
            new MirrorEstimate(indonesia, china, TradeFlow.Export, 950m, china, TradeFlow.Import),
            new MirrorEstimate(indonesia, china, TradeFlow.Import, 500m / 0.95m, china, TradeFlow.Export),
            new MirrorEstimate(malaysia, china, TradeFlow.Import, 30m / 0.95m, china, TradeFlow.Export),
        });
        // The estimates are decimals (526.31578947368421052631578947 and 31.578947368421052631578947368, 29 digits each):
        // their exact sum with 950 and 70 is 1577.894736842105263157894736838, rounded once to a decimal's 29 digits
        // 1577.8947368421052631578947368 (adding them in decimal, rounding at each step, gives ...369).
        filled.Total.Should().Be(1577.8947368421052631578947368m);
    }
}
