namespace AseanMinerals.Samples.Tests;

public class SamplesTests
{
    [Fact]
    public void QuickStart_prints_ten_members_in_2018_and_valid_reference_data()
    {
        var output = SampleRun.Output("QuickStart");

        output.Should().Contain("Members on 2018-06-30: 10").And.Contain("Reference data: valid");
    }

    [Fact]
    public void ReferenceDataQueries_finds_the_two_rare_earth_initiatives_and_the_eight_supported_by_China_with_its_survey()
    {
        var output = SampleRun.Output("ReferenceDataQueries");

        // seeds/reference/initiatives.json: thematic area rare-earths in ammin-4-proposals-2013 and critical-minerals-akcf-2024;
        // supporter CHN, or CGS (partners.json: country CHN), in eight initiatives: AMDIS support 2010-2013, the forum, the talent
        // centre, the two CGS trainings of 2016, the IGDP Phase II workshop of 2018 and the two ASEAN+3 work plans.
        output.Should().Contain("rare-earths: 2013-11 ammin-4-proposals-2013").And.Contain("rare-earths: 2024/2026 critical-minerals-akcf-2024");
        output.Split('\n').Count(l => l.StartsWith("supported by CHN:", StringComparison.Ordinal)).Should().Be(8);
        output.Should().Contain("supported by CHN: 2016-06 cross-border-mapping-course-2016 [CGS]");
        output.Should().Contain("action plan on 2020-06-30: AMCAP-III"); // action-plans.json: AMCAP-III 2016/2025
    }

    [Fact]
    public void ComtradeShares_prints_Aseans_15_02_percent_of_Chinas_2022_imports_from_its_data_excerpt()
    {
        var output = SampleRun.Output("ComtradeShares");

        // data/README.md: China's imports from the ten members (408,053,988,033) over those from the World (2,715,997,517,261).
        output.Should().Contain("ASEAN's share of China's 2022 imports: 408,053,988,033 / 2,715,997,517,261 = 15.02%");
        output.Should().Contain("(ComtradePlusCsv, Windows1252): 25 rows read = 25 records + 0 set aside + 0 rejected");
    }

    [Fact]
    public void ValidateAndSerialize_reports_the_reporter_that_is_its_own_partner_and_round_trips_the_two_good_records()
    {
        var output = SampleRun.Output("ValidateAndSerialize");

        output.Should().Contain("AMC2004 The partner 360 is the reporter itself. (records[2].partner)");
        output.Should().Contain("\"value\": 200.50");
        output.Should().Contain("round trip: 2 records, equal: True");
    }

    [Fact]
    public void StreamJsonLines_streams_the_records_it_wrote_and_sums_one_dollar_a_record_per_year()
    {
        // 3,000 records over 2020-2022 in turn: 1,000 a year, one US dollar each.
        var output = SampleRun.Output("StreamJsonLines", "-", "3000");

        output.Should().Contain("read 3,000 records");
        output.Should().Contain("2020: 1,000 US$ of ASEAN trade").And.Contain("2022: 1,000 US$ of ASEAN trade");
    }

    [Fact]
    public void ProductionShares_prints_Aseans_share_of_world_mine_production_of_nickel_tin_and_rare_earths_in_2023()
    {
        var output = SampleRun.Output("ProductionShares");

        // By hand from MCS2025: nickel Indonesia 2,030,000 + Philippines 413,000 = 2,443,000 of 3,750,000 t (65.1%);
        // tin Burma 34,000 + Indonesia 69,000 + Laos 1,700 + Malaysia 3,770 + Vietnam 7,600 = 116,070 of 305,000 t (38.1%);
        // rare earths Burma 43,000 + Malaysia 310 + Thailand 3,600 + Vietnam 300 = 47,210 of 376,000 t (12.6%).
        output.Should().Contain("Nickel (Mine production, nickel content), 2023, MCS2025: ASEAN 2,443,000 of 3,750,000 metric tons = 65.1% of the published world total");
        output.Should().Contain("Tin (Mine production, tin content), 2023, MCS2025: ASEAN 116,070 of 305,000 metric tons = 38.1% of the published world total");
        output.Should().Contain("Rare earths (Mine production, rare-earth-oxide equivalent), 2023, MCS2025: ASEAN 47,210 of 376,000 metric tons = 12.6% of the published world total");
    }
}
