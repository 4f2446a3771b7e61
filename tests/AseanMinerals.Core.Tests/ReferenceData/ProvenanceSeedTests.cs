using System.Reflection;
using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Provenance;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Time;

namespace AseanMinerals.Core.Tests.ReferenceData;

/// <summary>Every embedded record says where it comes from and how sure it is, in line with FACTS.md's confidence tags.</summary>
public class ProvenanceSeedTests
{
    private static readonly ReferenceDataSet Data = AseanReferenceData.Default;

    // Hosts that re-publish material they did not author (a copy of Comtrade data in someone's repository, a copy of a
    // document on a document-sharing site, a repost, a blog): a record resting on one of them alone is not confirmed.
    private static readonly string[] ThirdPartyHosts =
    [
        "github.com", "123dok.com", "ilovetranslation.com", "scribd.com", "studyres.com", "fdokumen.com", "vdocument.in",
        "issuu.com", "wildbedouinlife.com", "blogspot.com",
    ];

    // ISO 3166-1 numeric codes of the countries whose numbers appear in the data (member states, and the ISO numbers of
    // Comtrade codes that differ), typed from ISO 3166-1 as published in the lukes/ISO-3166-Countries-with-Regional-Codes
    // dataset (all.csv), the source FACTS.md section 1a cites for codes.
    private static readonly Dictionary<int, string> IsoNumericCodes = new()
    {
        [96] = "Brunei Darussalam", [104] = "Myanmar", [116] = "Cambodia", [250] = "France", [356] = "India", [360] = "Indonesia",
        [380] = "Italy", [418] = "Lao People's Democratic Republic", [458] = "Malaysia", [578] = "Norway", [608] = "Philippines",
        [626] = "Timor-Leste", [702] = "Singapore", [704] = "Viet Nam", [756] = "Switzerland", [764] = "Thailand",
        [840] = "United States of America",
    };

    private static IEnumerable<(string Name, SourcedRecord Record)> AllRecords()
    {
        foreach (var property in typeof(ReferenceDataSet).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetValue(Data) is System.Collections.IEnumerable records and not string)
            {
                var index = 0;
                foreach (var record in records)
                {
                    yield return ($"{property.Name}[{index++}]", (SourcedRecord)record);
                }
            }
        }
    }

    [Fact]
    public void Every_list_of_the_reference_data_holds_sourced_records()
    {
        // A new record kind that is not a SourcedRecord would escape every check below, as thematic areas once did.
        var lists = typeof(ReferenceDataSet).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .ToList();

        lists.Should().HaveCount(10);
        lists.Should().OnlyContain(p => typeof(SourcedRecord).IsAssignableFrom(p.PropertyType.GetGenericArguments()[0]));
    }

    [Fact]
    public void Every_record_of_every_kind_cites_a_source_with_a_web_address_and_has_a_defined_confidence()
    {
        var records = AllRecords().ToList();

        records.Select(r => r.Name.Split('[')[0]).Distinct().Should().HaveCount(10, "every kind of record is in the embedded data");
        foreach (var (name, record) in records)
        {
            record.Sources.Should().NotBeEmpty($"{name} must cite a source");
            record.Sources.Should().OnlyContain(
                s => !string.IsNullOrWhiteSpace(s.Title) && (s.Url.Scheme == Uri.UriSchemeHttps || s.Url.Scheme == Uri.UriSchemeHttp),
                $"every source of {name} has a title and an http(s) address");
            Enum.IsDefined(record.Confidence).Should().BeTrue($"{name} has a confidence");
        }
    }

    [Fact]
    public void No_confirmed_record_rests_on_a_single_third_party_source()
    {
        // FACTS.md: confirmed (HIGH) means an official or primary source, or several sources that agree.
        var offenders = AllRecords()
            .Where(r => r.Record.Confidence == Confidence.Confirmed && r.Record.Sources.Count == 1 && IsThirdParty(r.Record.Sources[0].Url))
            .Select(r => $"{r.Name}: {r.Record.Sources[0].Url}");

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void The_trade_areas_seen_in_one_copy_of_Comtrade_data_are_secondary_and_the_one_in_Comtrade_s_own_table_is_confirmed()
    {
        var singleCopy = Data.TradeAreas.Where(a => a.Sources.Count == 1 && IsThirdParty(a.Sources[0].Url)).ToList();

        singleCopy.Should().HaveCount(50, "the issue counted about 50 records on one copy; 36 + 13 + 1 by source");
        singleCopy.Should().OnlyContain(a => a.Confidence == Confidence.Secondary);
        Data.TradeAreas.Single(a => a.Code == new AreaCode(492)).Confidence.Should().Be(Confidence.Confirmed);
    }

    [Fact]
    public void Every_isoNumeric_is_a_real_ISO_3166_1_number_of_the_same_country()
    {
        foreach (var member in Data.MemberStates)
        {
            IsoNumericCodes.Should().ContainKey(member.IsoNumeric.Value, $"{member.ShortName}'s isoNumeric");
            IsoNumericCodes[member.IsoNumeric.Value].Should().Be(member.IsoName);
        }

        foreach (var area in Data.TradeAreas.Where(a => a.IsoNumeric is not null))
        {
            IsoNumericCodes.Should().ContainKey(area.IsoNumeric!.Value.Value, $"the isoNumeric of area {area.Code} {area.Name}");
        }
    }

    [Theory]
    [InlineData(842, 840)] // USA (TRADE-DATA-PITFALLS.md section 2)
    [InlineData(251, 250)] // France (same)
    [InlineData(699, 356)] // India (same)
    [InlineData(381, 380)] // Italy (same)
    [InlineData(757, 756)] // Switzerland (ISO 3166-1)
    [InlineData(579, 578)] // Norway (ISO 3166-1)
    public void A_Comtrade_code_that_differs_from_ISO_carries_its_ISO_number(int comtrade, int iso)
    {
        Data.TradeAreas.Single(a => a.Code == new AreaCode(comtrade)).IsoNumeric.Should().Be(new AreaCode(iso));
    }

    [Fact]
    public void Other_Asia_nes_says_it_is_Taiwan()
    {
        Data.TradeAreas.Single(a => a.Code == new AreaCode(490)).Note.Should().Contain("Taiwan");
    }

    [Fact]
    public void Timor_Leste_cites_the_ISO_dataset_for_its_codes_and_carries_its_path_to_membership()
    {
        var timorLeste = Data.MemberStates.Single(m => m.Alpha3 == "TLS");

        timorLeste.Sources.Should().Contain(s => s.Url.Host == "github.com" && s.Url.AbsolutePath.Contains("ISO-3166", StringComparison.Ordinal));
        timorLeste.Note.Should().Contain("2011").And.Contain("2022").And.Contain("2023");
    }

    [Fact]
    public void Every_member_state_is_in_M49_region_142_and_sub_region_035()
    {
        // FACTS.md section 1a: every ASEAN row has region 142 (Asia) and sub-region 035 (South-eastern Asia).
        Data.MemberStates.Should().OnlyContain(m => m.M49Region == new AreaCode(142) && m.M49SubRegion == new AreaCode(35));
    }

    [Fact]
    public void The_inferences_the_issue_lists_are_labelled_as_the_library_s_and_explained()
    {
        var initiatives = Data.Initiatives;

        // 12 plan links and 7 strategic-area links, all of them the library's classification.
        initiatives.Count(i => i.ActionPlanId is not null).Should().Be(15, "12 links of the original initiatives and 3 of the added ones");
        initiatives.Where(i => i.ActionPlanId is not null).Should().OnlyContain(i => i.IsInferred("actionPlanId"));
        initiatives.Where(i => i.StrategicAreaId is not null).Should().HaveCount(7).And.OnlyContain(i => i.IsInferred("strategicAreaId"));
        initiatives.Single(i => i.Id == "china-asean-mining-forum").IsInferred("participantIds").Should().BeTrue();
        Data.Indicators.Single(i => i.Id == "intra-asean-share-of-minerals-trade-2018").IsInferred("year").Should().BeTrue();
        Data.MinisterialMeetings.Single(m => m.Number == 3).Outcomes[0].Should().Contain("aimed to adopt");
        AllRecords().Where(r => r.Record.InferredMembers.Count > 0 || r.Record.Confidence == Confidence.Inferred)
            .Should().OnlyContain(r => r.Record.Note!.Contains("inference") || r.Record.Note!.Contains("library's"));
    }

    [Fact]
    public void ASOMM_plus_3_was_established_in_a_year_not_on_a_day_because_sources_disagree_on_the_year()
    {
        // FACTS.md section 2c: 6 Aug 2007 (Vietnamese chronicle) against 2008 (DENR).
        var established = Data.Bodies.Single(b => b.Id == "ASOMM+3").Established!.Value;

        established.Precision.Should().Be(DatePrecision.Year);
        established.Year.Should().Be(2007);
    }

    [Fact]
    public void The_2010_intra_ASEAN_trade_figures_are_carried_as_secondary()
    {
        // FACTS.md section 5: US$519.7 bn in 2010, 25% of US$2.04 trn (MED, one blog).
        var value = Data.Indicators.Single(i => i.Id == "intra-asean-trade-2010");
        var share = Data.Indicators.Single(i => i.Id == "intra-asean-share-of-total-trade-2010");

        (value.Value, share.Value).Should().Be((519.7m, 25m));
        new[] { value.Confidence, share.Confidence }.Should().OnlyContain(c => c == Confidence.Secondary);
    }

    [Fact]
    public void The_omitted_items_of_FACTS_md_are_items_of_their_own()
    {
        Data.Initiatives.Select(i => i.Id).Should().Contain(
            ["amdis", "china-asean-mining-talent-centre", "asean-plus-three-work-plan-2022-2025", "asean-principles-sustainable-minerals-2023", "amexs-1-2023", "asean-mining-vision"]);
        Data.Initiatives.Single(i => i.Id == "china-asean-mining-talent-centre").Confidence.Should().Be(Confidence.Secondary, "FACTS.md rates it MED");
    }

    private static bool IsThirdParty(Uri url) =>
        ThirdPartyHosts.Any(h => url.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
}
