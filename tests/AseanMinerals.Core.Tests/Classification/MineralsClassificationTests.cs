using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Tests.Classification;

public class MineralsClassificationTests
{
    private static readonly CommodityClassifier Classifier = MineralsClassification.DefaultClassifier;

    [Fact]
    public void The_embedded_classification_is_valid_and_defaults_to_minerals_without_fuels()
    {
        MineralsClassification.Default.Validate().IsValid.Should().BeTrue();
        MineralsClassification.Default.DefaultScope.Should().Be("minerals");
        MineralsClassification.Default.Scope("minerals").Groups.Should().NotContain("mineral-fuels");
    }

    [Theory]
    [InlineData("252310", "industrial-minerals")]
    [InlineData("2601", "metallic-ores")]
    [InlineData("270112", "mineral-fuels")]
    [InlineData("68", "stone-ceramics-glass")]
    [InlineData("710812", "non-monetary-gold")]
    [InlineData("710820", "monetary-gold")]
    [InlineData("711319", "jewellery-and-coin")]
    [InlineData("710610", "precious-stones-and-metals")]
    [InlineData("283691", "critical-mineral-chemicals")]
    [InlineData("284610", "critical-mineral-chemicals")]
    [InlineData("720851", "iron-and-steel")]
    [InlineData("830140", "articles-of-base-metal")]
    [InlineData("810590", "non-ferrous-base-metals")]
    public void Codes_go_to_the_group_of_their_chapter(string code, string group)
    {
        Classifier.GroupOf(HsCode.Parse(code))!.Id.Should().Be(group);
    }

    [Fact]
    public void Coal_is_out_of_the_default_scope_and_in_minerals_and_fuels()
    {
        var coal = HsCode.Parse("270112");

        Classifier.IsInScope(coal, "minerals").Should().BeFalse();
        Classifier.IsInScope(coal, "minerals-and-fuels").Should().BeTrue();
    }

    [Fact]
    public void A_code_outside_every_group_is_unclassified_and_in_no_scope()
    {
        var transformers = HsCode.Parse("850440");

        Classifier.GroupOf(transformers).Should().BeNull();
        Classifier.Classify(transformers).Kind.Should().Be(CommodityCellKind.Unclassified);
        Classifier.Classify(HsCode.Total).Kind.Should().Be(CommodityCellKind.Total);
    }

    [Fact]
    public void The_longest_prefix_wins_and_a_scope_can_carve_out_and_back_in()
    {
        // Gold (7108) as a group of its own inside precious stones and metals (71); a scope of metals without gold,
        // except gold powder (710811) brought back in.
        var classification = MineralsClassification.Default
            .WithGroup(new CommodityGroup { Id = "gold", Name = "Gold", Prefixes = [HsCode.Parse("7108")] })
            .WithScope(new ClassificationScope
            {
                Id = "metals-without-gold",
                Name = "Metals without gold",
                Groups = ["precious-stones-and-metals", "iron-and-steel"],
                IncludePrefixes = [HsCode.Parse("710811")],
                ExcludePrefixes = [HsCode.Parse("7106")],
            });
        var classifier = classification.Compile();

        // 7108 takes gold in bars (710890 is no HS code; 7108 as a heading) from precious stones and metals, while the
        // longer prefixes of the default (710812 non-monetary gold, 710820 monetary gold) still win for their subheadings.
        classifier.GroupOf(HsCode.Parse("7108"))!.Id.Should().Be("gold");
        classifier.GroupOf(HsCode.Parse("710812"))!.Id.Should().Be("non-monetary-gold");
        classifier.GroupOf(HsCode.Parse("7106"))!.Id.Should().Be("precious-stones-and-metals");
        classifier.IsInScope(HsCode.Parse("710812"), "metals-without-gold").Should().BeFalse(); // group gold is not in the scope
        classifier.IsInScope(HsCode.Parse("710811"), "metals-without-gold").Should().BeTrue();  // included by prefix
        classifier.IsInScope(HsCode.Parse("710610"), "metals-without-gold").Should().BeFalse(); // silver excluded by prefix
        classifier.IsInScope(HsCode.Parse("711319"), "metals-without-gold").Should().BeFalse(); // jewellery is its own group since the scope fix
        classifier.IsInScope(HsCode.Parse("710210"), "metals-without-gold").Should().BeTrue();  // diamonds stay in precious stones and metals
    }

    [Fact]
    public void Chapter_titles_are_the_WCO_titles_of_the_chapters_used()
    {
        HsNomenclature.Default.ChapterTitle(26).Should().Be("Ores, slag and ash");
        HsNomenclature.Default.ChapterTitle(72).Should().Be("Iron and steel");
        HsNomenclature.Default.ChaptersOf(HsRevision.Hs2022).Should().HaveCount(96).And.NotContain(77);
    }
}
