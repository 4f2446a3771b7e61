using System.IO.Compression;
using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Classification;

// Hand-checked expectations come from UNSD's HS 2022 to SITC Rev.4 workbook
// (shared/data/unsd_hs_correlation/HS2022toSITC4ConversionAndCorrelationTables.xlsx), sheet "Conversion HS22-SITC4"
// (one SITC target per HS 2022 subheading) and sheet "Correlation HS22-SITC4" (every pair), rows quoted beside each
// case; the whole-group check recomputes the groups here from the embedded table, never from product-groups.json.
public class ProductGroupsTests
{
    private static readonly CommodityClassifier Classifier = MineralsClassification.DefaultClassifier;

    [Theory]
    // Conversion sheet: 260111 -> 2815 (division 28, iron ore); 760110 -> 68411 (division 68, aluminium);
    // 811269 -> 68982 (division 68; the correlation sheet also pairs it with 69983, division 69).
    [InlineData("260111", "2815")]
    [InlineData("760110", "68411")]
    [InlineData("811269", "68982")]
    public void A_subheading_UNSD_converts_to_SITC_27_28_or_68_is_in_ores_and_metals_with_its_SITC_code(string code, string sitc)
    {
        var hs = HsCode.Parse(code);

        Classifier.IsInScope(hs, "unctad-ores-and-metals").Should().BeTrue();
        ProductGroups.Group("unctad-ores-and-metals").EntryFor(hs)!.Sitc.Should().Be(sitc);
    }

    [Theory]
    // Conversion sheet: 271012 -> 3346 (division 33, petroleum); 854921 -> 77813 (division 77), though the correlation
    // sheet pairs 854921 with 28921 and 28929 too; 381600 -> 66233, paired with 27823 too; 710820 has no row at all.
    [InlineData("271012")]
    [InlineData("854921")]
    [InlineData("381600")]
    [InlineData("710820")]
    public void A_subheading_UNSD_converts_outside_the_divisions_is_not_in_ores_and_metals(string code)
    {
        Classifier.IsInScope(HsCode.Parse(code), "unctad-ores-and-metals").Should().BeFalse();
    }

    [Fact]
    public void A_code_that_only_correlates_with_the_divisions_is_listed_as_left_out_with_its_conversion()
    {
        // Conversion sheet: 381600 -> 66233; correlation sheet: 381600 with 27823 (n:n) and 66233 (1:n).
        var left = ProductGroups.Group("unctad-ores-and-metals").LeftOut.Single(c => c.Code == HsCode.Parse("381600"));

        left.Sitc.Should().Be("66233");
        left.AlsoCorrelatesWith.Should().Equal("27823");
    }

    [Theory]
    // Conversion sheet: 710811, 710812, 710813 -> 97101; 710900 -> 97102; 711230, 711291 -> 97103. 710820 (monetary
    // gold) has no row; 711292 -> 28921 (division 28, waste of precious metal).
    [InlineData("710811", true)]
    [InlineData("710812", true)]
    [InlineData("710813", true)]
    [InlineData("710900", true)]
    [InlineData("711230", true)]
    [InlineData("711291", true)]
    [InlineData("710820", false)]
    [InlineData("711292", false)]
    public void Non_monetary_gold_is_SITC_971_the_Knowledgebase_codes_and_not_monetary_gold(string code, bool expected)
    {
        var hs = HsCode.Parse(code);

        Classifier.IsInScope(hs, "non-monetary-gold").Should().Be(expected);
        (ProductGroups.Group("non-monetary-gold").EntryFor(hs) is not null).Should().Be(expected);
    }

    [Theory]
    // WITS HS product groups by chapter: Minerals 25-26, Fuels 27, Stone and Glass 68-71, Metals 72-83.
    [InlineData("252310", "wits-minerals")]
    [InlineData("260400", "wits-minerals")]
    [InlineData("270112", "wits-fuels")]
    [InlineData("700100", "wits-stone-and-glass")]
    [InlineData("711319", "wits-stone-and-glass")]
    [InlineData("720851", "wits-metals")]
    [InlineData("831110", "wits-metals")]
    public void A_code_is_in_the_WITS_group_of_its_chapter_and_no_other(string code, string group)
    {
        var hs = HsCode.Parse(code);
        string[] wits = ["wits-minerals", "wits-fuels", "wits-stone-and-glass", "wits-metals"];

        wits.Where(w => Classifier.IsInScope(hs, w)).Should().Equal(group);
        ProductGroups.GroupsOf(hs).Select(static g => g.Group.Id).Should().Contain(group);
    }

    [Theory]
    [InlineData("280530")] // chemicals: no WITS group named here holds HS 28
    [InlineData("840110")] // machinery
    public void A_code_outside_the_WITS_chapters_is_in_no_WITS_group(string code)
    {
        var hs = HsCode.Parse(code);

        new[] { "wits-minerals", "wits-fuels", "wits-stone-and-glass", "wits-metals" }.Where(w => Classifier.IsInScope(hs, w)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("unctad-ores-and-metals", new[] { "27", "28", "68" })]
    [InlineData("non-monetary-gold", new[] { "971" })]
    public void Each_SITC_group_holds_exactly_the_subheadings_UNSD_converts_to_its_SITC_codes(string id, string[] sitc)
    {
        // The embedded table (seeds/hs/hs2022-correlations.tsv.gz, written from the xlsx by eng/HsTablesGenerator and
        // checked against it there): column S4, UNSD's conversion first ("code:" where it is a coarser code).
        var expected = SitcConversions()
            .Where(p => sitc.Any(s => p.Sitc.StartsWith(s, StringComparison.Ordinal)))
            .ToDictionary(static p => p.Code, static p => p.Sitc);

        var group = ProductGroups.Group(id);

        expected.Should().NotBeEmpty();
        group.Codes.ToDictionary(static c => c.Code.ToString(), static c => c.Sitc!).Should().Equal(expected);
        var scope = MineralsClassification.Default.Scope(id);
        foreach (var code in SitcConversions().Select(static p => HsCode.Parse(p.Code)))
        {
            Classifier.IsInScope(code, id).Should().Be(expected.ContainsKey(code.ToString()), $"{code} in scope {scope.Id}");
        }
    }

    [Fact]
    public void Every_group_names_its_source_and_each_code_carries_its_official_description()
    {
        var descriptions = ReadTable("hs2022-descriptions.tsv.gz").ToDictionary(static f => f[0], static f => f[1]);

        ProductGroups.Groups.Select(static g => g.Id).Should().Equal(
            "wits-minerals", "wits-fuels", "wits-stone-and-glass", "wits-metals", "unctad-ores-and-metals", "non-monetary-gold");
        foreach (var group in ProductGroups.Groups)
        {
            group.Source.Should().NotBeNullOrWhiteSpace();
            group.Codes.Should().AllSatisfy(c => c.Description.Should().Be(descriptions[c.Code.ToString()]));
            MineralsClassification.Default.Scopes.Should().Contain(s => s.Id == group.Id);
        }
    }

    [Fact]
    public void An_unknown_group_names_those_that_exist()
    {
        var act = () => ProductGroups.Group("wits-chemicals");

        act.Should().Throw<ArgumentException>().WithMessage("*no product group 'wits-chemicals'*wits-minerals*unctad-ores-and-metals*");
    }

    private static IEnumerable<(string Code, string Sitc)> SitcConversions()
    {
        var rows = ReadTable("hs2022-correlations.tsv.gz").ToList();
        var s4 = Array.IndexOf(rows[0], "S4");
        return rows.Skip(1).Where(f => f[s4] is not ("-" or "=")).Select(f => (f[0], f[s4].Split(' ')[0].TrimEnd(':')));
    }

    private static IEnumerable<string[]> ReadTable(string file)
    {
        using var gzip = new GZipStream(EmbeddedSeed.Open("hs", file), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
