using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Tests.Classification;

public class ClassificationValidationTests
{
    private static readonly CommodityClassification Base = new()
    {
        Id = "test",
        Name = "Test",
        DefaultScope = "all",
        Groups =
        [
            new CommodityGroup { Id = "ores", Name = "Ores", Prefixes = [HsCode.Parse("26")] },
            new CommodityGroup { Id = "metals", Name = "Metals", Prefixes = [HsCode.Parse("74"), HsCode.Parse("76")] },
        ],
        Scopes = [new ClassificationScope { Id = "all", Name = "All", Groups = ["ores", "metals"] }],
    };

    private static ValidationIssue Single(CommodityClassification classification, string code) =>
        classification.Validate().Issues.Should().ContainSingle(i => i.Code == code).Subject;

    [Fact]
    public void The_base_is_valid()
    {
        Base.Validate().Issues.Should().BeEmpty();
    }

    [Fact]
    public void A_group_without_prefixes_is_AMC3001()
    {
        var issue = Single(Base.WithGroup(new CommodityGroup { Id = "empty", Name = "Empty", Prefixes = [] }), "AMC3001");

        issue.Path.Should().Be("groups[2].prefixes");
    }

    [Fact]
    public void A_repeated_group_identifier_is_AMC3002()
    {
        var classification = Base with { Groups = [.. Base.Groups, new CommodityGroup { Id = "ores", Name = "Again", Prefixes = [HsCode.Parse("25")] }] };

        Single(classification, "AMC3002").Path.Should().Be("groups[2].id");
    }

    [Fact]
    public void A_prefix_in_two_groups_is_AMC3003()
    {
        var classification = Base.WithGroup(new CommodityGroup { Id = "copper", Name = "Copper", Prefixes = [HsCode.Parse("74")] });

        Single(classification, "AMC3003").Path.Should().Be("groups[2].prefixes[0]");
        classification.Invoking(c => c.Compile()).Should().Throw<ValidationException>().WithMessage("*AMC3003*");
    }

    [Fact]
    public void A_prefix_inside_another_of_the_same_group_is_AMC3004()
    {
        var classification = Base.WithGroup(Base.Groups[1] with { Prefixes = [HsCode.Parse("74"), HsCode.Parse("7403")] });

        Single(classification, "AMC3004").Path.Should().Be("groups[1].prefixes[1]");
    }

    [Fact]
    public void TOTAL_or_a_reserved_chapter_as_a_prefix_is_AMC3005()
    {
        var classification = Base.WithGroup(new CommodityGroup { Id = "bad", Name = "Bad", Prefixes = [HsCode.Total, HsCode.Parse("7701")] });

        classification.Validate().Issues.Where(i => i.Code == "AMC3005").Select(i => i.Path)
            .Should().Equal("groups[2].prefixes[0]", "groups[2].prefixes[1]");
    }

    [Fact]
    public void A_scope_naming_an_unknown_group_or_an_unknown_default_scope_is_AMC3006()
    {
        var classification = Base.WithScope(new ClassificationScope { Id = "x", Name = "X", Groups = ["fuels"] }).WithDefaultScope("nothing");

        classification.Validate().Issues.Where(i => i.Code == "AMC3006").Select(i => i.Path)
            .Should().BeEquivalentTo(["scopes[1].groups[0]", "defaultScope"]);
    }

    [Fact]
    public void A_prefix_both_included_and_excluded_is_AMC3007()
    {
        var classification = Base.WithScope(new ClassificationScope
        {
            Id = "x", Name = "X", Groups = ["metals"], IncludePrefixes = [HsCode.Parse("7403")], ExcludePrefixes = [HsCode.Parse("7403")],
        });

        Single(classification, "AMC3007").Path.Should().Be("scopes[1].excludePrefixes[0]");
    }

    [Fact]
    public void An_exclusion_outside_the_scope_is_an_AMC3008_warning()
    {
        var classification = Base.WithScope(new ClassificationScope { Id = "x", Name = "X", Groups = ["ores"], ExcludePrefixes = [HsCode.Parse("7403")] });

        var issue = Single(classification, "AMC3008");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.Path.Should().Be("scopes[1].excludePrefixes[0]");
    }

    [Fact]
    public void A_group_nested_in_another_is_AMC3009_information()
    {
        var issue = Single(Base.WithGroup(new CommodityGroup { Id = "iron-ore", Name = "Iron ore", Prefixes = [HsCode.Parse("2601")] }), "AMC3009");

        issue.Severity.Should().Be(ValidationSeverity.Information);
        issue.Path.Should().Be("groups[2].prefixes[0]");
    }

    [Fact]
    public void More_than_32_scopes_is_AMC3010()
    {
        var scopes = Enumerable.Range(0, 33).Select(i => new ClassificationScope { Id = $"s{i}", Name = $"S{i}", Groups = ["ores"] }).ToList();

        Single(Base with { Scopes = scopes, DefaultScope = "s0" }, "AMC3010").Path.Should().Be("scopes");
    }

    [Fact]
    public void Every_classification_rule_is_in_the_catalogue()
    {
        ValidationRules.All.Should().Contain(ClassificationRules.All);
        ClassificationRules.All.Should().OnlyContain(r => r.Code.StartsWith("AMC3", StringComparison.Ordinal));
    }
}
