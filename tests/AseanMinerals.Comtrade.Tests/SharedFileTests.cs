using System.Globalization;
using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Aggregation;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;
using NodaTime;
using AseanMinerals.Core.TradeSources;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>
/// The whole shared files (not redistributable, so not in the repository): they run wherever the shared folder is, as
/// in CI and on developers' machines. Without the folder each test checks that it is not running in CI, where the folder
/// must be, and passes: a clone without the data still passes its suite.
/// </summary>
public class SharedFileTests
{
    [Fact]
    public async Task The_three_shared_Comtrade_files_import_with_no_rejected_row_and_reconciled_counts()
    {
        if (!SharedDataIsHere())
        {
            return;
        }

        var cement = (await ComtradeFile.ReadAllAsync(SharedData.CementClinker)).Summary;
        var legacyTotal = (await ComtradeFile.ReadAllAsync(SharedData.LegacyTotal2017)).Summary;
        var plus = (await ComtradeFile.ReadAllAsync(SharedData.ComtradePlusTotal2022)).Summary;

        // Row counts from each SOURCE.txt: 16,183, 288 and 1,352 data rows.
        (cement.Format, cement.RowsRead, cement.Rejected, cement.IsReconciled).Should().Be((nameof(ComtradeFormat.LegacyBulkCsv), 16_183L, 0L, true));
        (legacyTotal.Format, legacyTotal.RowsRead, legacyTotal.Rejected, legacyTotal.IsReconciled).Should().Be((nameof(ComtradeFormat.LegacyApiCsv), 288L, 0L, true));
        (plus.Format, plus.RowsRead, plus.Rejected, plus.IsReconciled).Should().Be((nameof(ComtradeFormat.ComtradePlusCsv), 1_352L, 0L, true));
        plus.Encoding.Should().Be(TradeTextEncoding.Windows1252);
        new[] { cement, legacyTotal, plus }.Should().OnlyContain(s => s.UnknownAreaCodes.Count == 0 && s.IsComplete);
    }

    [Fact]
    public async Task Cement_clinker_exports_of_Asean_reporters_per_year_equal_the_aggregate_rows()
    {
        if (!SharedDataIsHere())
        {
            return;
        }

        // The ten members of 2018 by their codes, in every year the file has (as the aggregate rows take them).
        var asean = AseanReferenceData.Default.CreateMembership().MembersOn(new LocalDate(2018, 12, 31)).Select(m => m.IsoNumeric.Value).ToHashSet();
        var records = (await ComtradeFile.ReadAllAsync(SharedData.CementClinker)).Records;

        var exports = records
            .Where(r => r.Flow == TradeFlow.Export && asean.Contains(r.Reporter.Value))
            .GroupBy(r => (r.Period.Year, r.Reporter.Value))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

        // asean_aggregate_rows.csv: the rows with Customs Proc. Code C00, Mode of Transport Code 0 and 2nd Partner Code 0,
        // one per reporter, year and flow, derived from the same file by the folder's maintainers.
        var aggregates = ReadAggregateRows().Where(a => a.Flow == "X").ToDictionary(a => (a.Year, a.Reporter), a => a.Value);
        aggregates.Should().HaveCount(178);
        exports.Should().BeEquivalentTo(aggregates);
    }

    [Fact]
    public async Task Cement_clinker_imports_and_subset_flows_of_Asean_reporters_equal_the_aggregate_rows_too()
    {
        if (!SharedDataIsHere())
        {
            return;
        }

        var asean = AseanReferenceData.Default.CreateMembership().MembersOn(new LocalDate(2018, 12, 31)).Select(m => m.IsoNumeric.Value).ToHashSet();
        var options = new ComtradeImportOptions { IncludeSubsetFlows = true };
        var records = (await ComtradeFile.ReadAllAsync(SharedData.CementClinker, options)).Records;

        var figures = records
            .Where(r => asean.Contains(r.Reporter.Value))
            .GroupBy(r => (r.Period.Year, r.Reporter.Value, r.Flow.ToComtradeCode()))
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

        // All 429 aggregate rows: M 234, X 178, RM 6, DX 5, FM 4, RX 2.
        figures.Should().BeEquivalentTo(ReadAggregateRows().ToDictionary(a => (a.Year, a.Reporter, a.Flow), a => a.Value));
    }

    [Fact]
    public async Task The_cement_clinker_file_has_three_groups_of_breakdowns_without_an_aggregate_row()
    {
        if (!SharedDataIsHere())
        {
            return;
        }

        var summary = (await ComtradeFile.ReadAllAsync(SharedData.CementClinker)).Summary;

        // Found by grouping the file on reporter, year and flow: Latvia 2020 X (rows by second partner 899 only), DR Congo
        // 2016 M (second partner 800 only) and Slovenia 2020 M (customs and transport breakdowns only).
        summary.Issues.Warnings.Where(i => i.Code == "AMC5022")
            .Select(i => i.Message[..i.Message.IndexOf(" have no", StringComparison.Ordinal)])
            .Should().HaveCount(3)
            .And.ContainSingle(m => m.Contains("reporter 428, 2020"))
            .And.ContainSingle(m => m.Contains("reporter 180, 2016"))
            .And.ContainSingle(m => m.Contains("reporter 705, 2020"));
    }

    [Fact]
    public async Task Chinas_2022_imports_from_Asean_partners_are_15_02_percent_of_its_imports_from_the_World_through_the_cube()
    {
        if (!SharedDataIsHere())
        {
            return;
        }

        var cube = await ComtradePlus2022Cube();
        var china = AreaGroup.Of("China", new AreaCode(156));

        var share = cube.PartnerGroupShare(Year2022, china, AreaGroup.Asean(), CommoditySelection.All(), TradeDirection.Imports);
        var fromEveryPartner = cube.Value(Year2022, china, CommoditySelection.All(), TradeDirection.Imports, partnerBasis: PartnerBasis.SumOfPartners);

        // The ten members' rows are those of the excerpt (ComtradePlusCsvTests): 408,053,988,033 of 2,715,997,517,261.
        share.Numerator.Value.Should().Be(408_053_988_033m);
        share.Denominator.Value.Should().Be(2_715_997_517_261m);
        share.Denominator.PartnerBasis.Should().Be(PartnerBasis.WorldRows);
        share.Share.Should().Be(408_053_988_033m / 2_715_997_517_261m);
        Math.Round(share.Share!.Value * 100, 2).Should().Be(15.02m);
        fromEveryPartner.Value.Should().Be(share.Denominator.Value); // China's 219 partner rows add up to its World row exactly
    }

    /// <summary>
    /// ASEAN's share of the USA's and Germany's 2022 trade with the World: each figure by hand from the rows of
    /// <c>comtradeplus_total_2022_chn_usa_deu/TradeData.csv</c> (line numbers of that file, header = line 1; primaryValue).
    /// </summary>
    public static TheoryData<int, TradeDirection, decimal, decimal> AseanSharesOfUsaAndGermany => new()
    {
        // USA M, lines 934-1106: BRN 91,772,888 + MMR 1,135,525,078 + KHM 13,091,460,620 + IDN 37,263,064,591
        // + LAO 283,568,593 + MYS 56,896,643,094 + PHL 16,876,576,518 + SGP 32,140,706,291 + VNM 135,876,540,954
        // + THA 63,012,027,525 = 356,667,886,152; World (line 907) 3,372,902,165,775: 10.57%.
        { 842, TradeDirection.Imports, 356_667_886_152m, 3_372_902_165_775m },

        // USA X, lines 1158-1329: BRN 110,250,641 + MMR 130,588,966 + KHM 449,190,823 + IDN 9,986,092,498 + LAO 40,269,452
        // + MYS 18,102,781,829 + PHL 9,290,726,556 + SGP 46,163,161,050 + VNM 11,398,113,401 + THA 15,592,499,436
        // = 111,263,674,652; World (line 1131) 2,062,089,832,731: 5.40%.
        { 842, TradeDirection.Exports, 111_263_674_652m, 2_062_089_832_731m },

        // USA M + X: 356,667,886,152 + 111,263,674,652 = 467,931,560,804 of 3,372,902,165,775 + 2,062,089,832,731
        // = 5,434,991,998,506: 8.61%.
        { 842, TradeDirection.ExportsAndImports, 467_931_560_804m, 5_434_991_998_506m },

        // Germany M, lines 470-647: BRN 3,830,923.521 + MMR 1,696,126,407.124 + KHM 2,436,179,353.605 + IDN 5,858,057,335.388
        // + LAO 187,275,303.546 + MYS 13,275,335,867.216 + PHL 5,668,057,978.267 + SGP 7,484,909,313.272
        // + VNM 15,437,412,338.364 + THA 9,277,873,517.454 = 61,325,058,337.757; World (line 441) 1,588,852,981,506.719: 3.86%.
        { 276, TradeDirection.Imports, 61_325_058_337.757m, 1_588_852_981_506.719m },

        // Germany X, lines 702-879: BRN 39,335,245.762 + MMR 91,625,518.042 + KHM 151,053,976.288 + IDN 3,229,181,151.087
        // + LAO 38,150,481.809 + MYS 6,578,098,359.474 + PHL 2,101,202,520.427 + SGP 8,201,756,263.951
        // + VNM 3,613,514,867.433 + THA 5,772,207,530.031 = 29,816,125,914.304; World (line 674) 1,686,141,996,013.135: 1.77%.
        { 276, TradeDirection.Exports, 29_816_125_914.304m, 1_686_141_996_013.135m },

        // Germany M + X: 61,325,058,337.757 + 29,816,125,914.304 = 91,141,184,252.061 of 1,588,852,981,506.719
        // + 1,686,141,996,013.135 = 3,274,994,977,519.854: 2.78%.
        { 276, TradeDirection.ExportsAndImports, 91_141_184_252.061m, 3_274_994_977_519.854m },
    };

    [Theory]
    [MemberData(nameof(AseanSharesOfUsaAndGermany))]
    public async Task Aseans_share_of_the_USAs_and_Germanys_2022_trade_with_the_World_comes_out_of_the_cube(
        int reporter, TradeDirection direction, decimal fromAsean, decimal withWorld)
    {
        if (!SharedDataIsHere())
        {
            return;
        }

        var cube = await ComtradePlus2022Cube();

        var share = cube.PartnerGroupShare(Year2022, AreaGroup.Of("reporter", new AreaCode(reporter)), AreaGroup.Asean(), CommoditySelection.All(), direction);

        share.Numerator.Value.Should().Be(fromAsean);
        share.Denominator.Value.Should().Be(withWorld);
        share.Denominator.PartnerBasis.Should().Be(PartnerBasis.WorldRows);
        share.Share.Should().Be(fromAsean / withWorld);
    }

    private static readonly TradePeriod Year2022 = TradePeriod.Annual(2022);

    private static async Task<TradeCube> ComtradePlus2022Cube() =>
        TradeCube.Build((await ComtradeFile.ReadAllAsync(SharedData.ComtradePlusTotal2022)).Records);

    private static bool SharedDataIsHere()
    {
        if (SharedData.Folder is not null)
        {
            return true;
        }

        Environment.GetEnvironmentVariable("CI").Should().NotBe(
            "true",
            $"CI has the shared data folder beside the repository (or names it in {SharedData.EnvironmentVariable}), so the tests of the whole files must run there");
        return false;
    }

    private static IEnumerable<(int Year, int Reporter, string Flow, decimal Value)> ReadAggregateRows() =>
        File.ReadLines(SharedData.CementClinkerAseanAggregates)
            .Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture), int.Parse(f[1], CultureInfo.InvariantCulture), f[4], decimal.Parse(f[7], CultureInfo.InvariantCulture)));
}
