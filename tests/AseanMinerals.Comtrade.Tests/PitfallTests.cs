using AseanMinerals.Comtrade.Tests.Support;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;
using static AseanMinerals.Comtrade.Tests.Support.LegacyRows;

namespace AseanMinerals.Comtrade.Tests;

/// <summary>
/// Each pitfall of shared/reference/TRADE-DATA-PITFALLS.md that concerns reading a file, as a test. The number in the
/// name is the pitfall's number there.
/// </summary>
public class PitfallTests
{
    private static TradeArea Area(int code) => TradeAreaCatalog.Default.Find(new AreaCode(code))!;

    [Fact]
    public async Task Pitfall_1_summing_every_row_would_count_Myanmar_s_imports_four_times_the_records_count_them_once()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyBulk)).Records;

        // Myanmar 2018 M, the ten rows of the excerpt: the aggregate 3,056,655 and its breakdowns by customs procedure and
        // mode of transport, which add up to it again (and again): a naive sum gives 12,226,618.
        var everyRow = 3_056_655m + 4_598m + 778_194m + 4_598m + 7m + 7m + 2_278_460m + 3_052_050m + 2_278_460m + 773_589m;
        var imports = records.Where(r => r.Reporter.Value == 104 && r.Flow == TradeFlow.Import).Sum(r => r.Value);

        everyRow.Should().Be(12_226_618m);
        imports.Should().Be(3_056_655m);
    }

    [Fact]
    public async Task Pitfall_1_World_rows_are_kept_as_partner_World_for_checks()
    {
        var records = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        records.Where(r => r.Partner.IsWorld).Select(r => (r.Reporter.Value, r.Flow)).Should().Equal(
            (156, TradeFlow.Import), (156, TradeFlow.Export), (276, TradeFlow.Import), (842, TradeFlow.Import));
        Area(0).Kind.Should().Be(TradeAreaKind.World);
    }

    [Fact]
    public async Task Pitfall_1_commodity_levels_are_kept_apart_so_a_sum_can_use_one()
    {
        var text = File(Row((Column.CommodityCode, "TOTAL")), Row((Column.CommodityCode, "25")), Row((Column.CommodityCode, "2523")), Row());

        var records = (await Fixture.ReadTextAsync(text)).Records;

        records.Select(r => r.Commodity.Digits).Should().Equal(0, 2, 4, 6);
    }

    [Fact]
    public async Task Pitfall_2_Comtrade_s_own_country_codes_are_kept_and_known()
    {
        var records = (await Fixture.ReadAsync(Fixture.LegacyApi)).Records;

        // USA 842 (ISO 840), India 699 (ISO 356), Italy 381 (ISO 380): a join on ISO numeric loses them (one project lost
        // a 39.2% supplier share that way). They stay as Comtrade writes them, and the catalogue knows them.
        records.Select(r => r.Reporter.Value).Should().Contain([842, 699, 381]);
        (Area(842).IsoNumeric, Area(699).IsoNumeric, Area(381).IsoNumeric).Should().Be((new AreaCode(840), new AreaCode(356), new AreaCode(380)));
        (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records.Select(r => r.Partner.Value).Should().Contain([842, 251, 699]);
    }

    [Fact]
    public async Task Pitfall_2_Other_Asia_nes_490_is_kept_and_flagged_as_nes()
    {
        var records = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        // China M from "Other Asia, nes" (ISO3 placeholder S19): kept under its own code, not dropped for want of an ISO match.
        records.Should().Contain(r => r.Reporter.Value == 156 && r.Partner.Value == 490);
        Area(490).Kind.Should().Be(TradeAreaKind.NotElsewhereSpecified);
    }

    [Fact]
    public async Task Pitfall_2_special_partners_are_kept_and_flagged_by_their_kind()
    {
        var text = File(Row((Column.PartnerCode, "837")), Row((Column.PartnerCode, "838")), Row((Column.PartnerCode, "839")), Row((Column.PartnerCode, "899")), Row((Column.PartnerCode, "492")));

        var result = await Fixture.ReadTextAsync(text);

        result.Records.Select(r => r.Partner.Value).Should().Equal(837, 838, 839, 899, 492);
        result.Summary.RecordsByPartnerKind.Should().BeEquivalentTo(new Dictionary<TradeAreaKind, long>
        {
            [TradeAreaKind.Special] = 3, // Bunkers, Free Zones, Special Categories
            [TradeAreaKind.NotElsewhereSpecified] = 2, // Areas nes, Europe EU nes
        });
        result.Summary.Issues.Issues.Should().BeEmpty();
    }

    [Fact]
    public async Task Pitfall_2_iso3_placeholders_with_trailing_spaces_do_not_hide_the_area()
    {
        var bytes = Fixture.Bytes(Fixture.ComtradePlusCsv);
        var records = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        // The file writes Areas nes as "899","_X " and Bunkers as "837","X1 ": the record has the code, the catalogue the
        // placeholder without its space.
        System.Text.Encoding.Latin1.GetString(bytes).Should().Contain("\"899\",\"_X \"").And.Contain("\"837\",\"X1 \"");
        records.Should().Contain(r => r.Partner.Value == 899).And.Contain(r => r.Partner.Value == 837);
        (Area(899).Iso3, Area(837).Iso3).Should().Be(("_X", "X1"));
    }

    [Fact]
    public async Task Pitfall_2_an_unknown_code_is_kept_as_a_plain_code_with_one_warning()
    {
        var text = File(Row((Column.PartnerCode, "1")), Row((Column.PartnerCode, "1")), Row((Column.ReporterCode, "2")));

        var result = await Fixture.ReadTextAsync(text, name: "made-up.csv");

        result.Records.Select(r => (r.Reporter.Value, r.Partner.Value)).Should().Equal((36, 1), (36, 1), (2, 0));
        result.Summary.UnknownAreaCodes.Should().Equal(new AreaCode(1), new AreaCode(2));
        result.Summary.RecordsWithUnknownPartner.Should().Be(2);
        result.Summary.Issues.Warnings.Select(i => i.ToString()).Should().Equal(
            "made-up.csv:2: AMC5020 warning: Partner Code 001 is not in the trade-area catalogue; it is kept as the plain code 001 (first seen here). (Partner Code)",
            "made-up.csv:4: AMC5020 warning: Reporter Code 002 is not in the trade-area catalogue; it is kept as the plain code 002 (first seen here). (Reporter Code)");
    }

    [Fact]
    public async Task Pitfall_2_codes_of_former_entities_are_kept()
    {
        var text = File(Row((Column.PartnerCode, "736")), Row((Column.PartnerCode, "280")), Row((Column.PartnerCode, "58")));

        var result = await Fixture.ReadTextAsync(text);

        // Former Sudan, the Federal Republic of Germany before 1991, Belgium-Luxembourg: kept, and known as former.
        result.Records.Select(r => r.Partner.Value).Should().Equal(736, 280, 58);
        result.Summary.RecordsByPartnerKind.Should().Equal(new Dictionary<TradeAreaKind, long> { [TradeAreaKind.Former] = 3 });
    }

    [Fact]
    public async Task Pitfall_3_each_row_keeps_the_HS_revision_its_reporter_used()
    {
        var text = File(Row((Column.Classification, "H0")), Row((Column.Classification, "H3")), Row((Column.Classification, "H6")), Row((Column.Classification, "HS")));

        var records = (await Fixture.ReadTextAsync(text)).Records;

        records.Select(r => r.Revision).Should().Equal(HsRevision.Hs1992, HsRevision.Hs2007, HsRevision.Hs2022, HsRevision.AsReported);
    }

    [Fact]
    public async Task Pitfall_4_re_exports_are_part_of_exports_and_not_added_to_them()
    {
        var plain = (await Fixture.ReadAsync(Fixture.LegacyApi)).Records;
        var withSubsets = (await Fixture.ReadAsync(Fixture.LegacyApi, new ComtradeImportOptions { IncludeSubsetFlows = true })).Records;

        // USA 2017: Export 1,546,069,078,405 and Re-Export 238,102,496,210 (a part of it).
        plain.Where(r => r.Reporter.Value == 842 && r.Flow.ContainingFlow() == TradeFlow.Export).Sum(r => r.Value).Should().Be(1_546_069_078_405m);
        var reExport = withSubsets.Single(r => r.Reporter.Value == 842 && r.Flow == TradeFlow.ReExport);
        reExport.Value.Should().Be(238_102_496_210m);
        reExport.Flow.ContainingFlow().Should().Be(TradeFlow.Export);
    }

    [Fact]
    public async Task Pitfall_4_HS_9999_commodities_not_specified_is_read_as_chapter_99()
    {
        var records = (await Fixture.ReadTextAsync(File(Row((Column.CommodityCode, "9999"))))).Records;

        records.Single().Commodity.Should().Be(HsCode.Parse("9999"));
        records.Single().Commodity.Chapter.Should().Be(99);
    }

    [Fact]
    public async Task Pitfall_4_a_blank_primary_value_is_taken_from_CIF_for_imports_and_FOB_for_exports()
    {
        var text = File(
            Row((Column.TradeFlow, "M"), (Column.TradeValue, string.Empty), (Column.CifValue, "1828131.5"), (Column.FobValue, "999")),
            Row((Column.TradeFlow, "X"), (Column.TradeValue, string.Empty), (Column.CifValue, "999"), (Column.FobValue, "58552.25")));

        var records = (await Fixture.ReadTextAsync(text)).Records;

        records.Select(r => r.Value).Should().Equal(1_828_131.5m, 58_552.25m);
    }

    [Fact]
    public async Task Pitfall_5_quantity_unit_minus_1_means_there_is_no_quantity()
    {
        var records = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        // Every row: qtyUnitCode "-1" (N/A), qty "0".
        records.Should().OnlyContain(r => r.QuantityUnitCode == null && r.Quantity == null);
    }

    [Fact]
    public async Task Pitfall_5_a_missing_net_weight_stays_missing_and_is_not_turned_into_zero()
    {
        var records = (await Fixture.ReadAsync(Fixture.ComtradePlusCsv)).Records;

        // Germany M World has netWgt blank (unquoted); China M World has netWgt "0", flagged estimated.
        records.Single(r => r.Reporter.Value == 276 && r.Partner.IsWorld && r.Flow == TradeFlow.Import).NetWeightKg.Should().BeNull();
        var china = records.First();
        china.NetWeightKg.Should().Be(0);
        china.Flags.Should().HaveFlag(TradeRecordFlags.NetWeightEstimated);
    }

    [Fact]
    public async Task Pitfall_6_codes_keep_their_leading_zeros()
    {
        var text = File(Row((Column.CommodityCode, "010121"), (Column.PartnerCode, "4"), (Column.ReporterCode, "096")));

        var record = (await Fixture.ReadTextAsync(text)).Records.Single();

        (record.Commodity.ToString(), record.Partner.ToString(), record.Reporter.ToString()).Should().Be(("010121", "004", "096"));
    }

    [Fact]
    public async Task Pitfall_6_values_beyond_32_bits_keep_their_cents()
    {
        var text = File(Row((Column.TradeValue, "2715997517261.07")), Row((Column.TradeValue, "1.5E+3")));

        var records = (await Fixture.ReadTextAsync(text)).Records;

        records.Select(r => r.Value).Should().Equal(2_715_997_517_261.07m, 1_500m);
    }
}
