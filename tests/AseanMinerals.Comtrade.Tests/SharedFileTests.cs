using System.Globalization;
using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;
using NodaTime;

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
        (cement.Format, cement.RowsRead, cement.Rejected, cement.IsReconciled).Should().Be((ComtradeFormat.LegacyBulkCsv, 16_183L, 0L, true));
        (legacyTotal.Format, legacyTotal.RowsRead, legacyTotal.Rejected, legacyTotal.IsReconciled).Should().Be((ComtradeFormat.LegacyApiCsv, 288L, 0L, true));
        (plus.Format, plus.RowsRead, plus.Rejected, plus.IsReconciled).Should().Be((ComtradeFormat.ComtradePlusCsv, 1_352L, 0L, true));
        plus.Encoding.Should().Be(ComtradeTextEncoding.Windows1252);
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
    public async Task Chinas_2022_imports_from_Asean_partners_are_15_02_percent_of_its_imports_from_the_World()
    {
        if (!SharedDataIsHere())
        {
            return;
        }

        var members = AseanReferenceData.Default.CreateMembership().MembersOn(new LocalDate(2022, 12, 31)).Select(m => m.IsoNumeric).ToHashSet();
        var imports = (await ComtradeFile.ReadAllAsync(SharedData.ComtradePlusTotal2022)).Records
            .Where(r => r.Reporter.Value == 156 && r.Flow == TradeFlow.Import)
            .ToList();

        var fromAsean = imports.Where(r => members.Contains(r.Partner)).Sum(r => r.Value);
        var fromWorld = imports.Single(r => r.Partner == AreaCode.World).Value;
        var fromEveryPartner = imports.Where(r => !r.Partner.IsWorld).Sum(r => r.Value);

        // The ten members' rows are those of the excerpt (ComtradePlusCsvTests): 408,053,988,033 of 2,715,997,517,261.
        fromAsean.Should().Be(408_053_988_033m);
        fromWorld.Should().Be(2_715_997_517_261m);
        fromEveryPartner.Should().Be(fromWorld); // China's partner rows add up to its World row exactly
        Math.Round(fromAsean / fromWorld * 100, 2).Should().Be(15.02m);
    }

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
