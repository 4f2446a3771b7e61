using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Tests.Validation;

public class ValidationIssueTests
{
    private static readonly ValidationRule Rule = new("AMC9001", ValidationSeverity.Error, "A test rule.");

    [Fact]
    public void ToString_reads_FILE_LINE_CODE_message_path()
    {
        var issue = Rule.At("records[3].value", "The value -5 is negative.").InFile("trade.jsonl", 4);

        issue.ToString().Should().Be("trade.jsonl:4: AMC9001 The value -5 is negative. (records[3].value)");
    }

    [Fact]
    public void ToString_names_the_severity_of_a_warning_and_leaves_out_what_is_unknown()
    {
        var warning = new ValidationRule("AMC9002", ValidationSeverity.Warning, "A warning.").At(string.Empty, "Partner 999 is not in the catalogue.");

        warning.ToString().Should().Be("AMC9002 warning: Partner 999 is not in the catalogue.");
    }

    [Fact]
    public void Under_places_a_path_beneath_its_parent()
    {
        Rule.At("period", "m").Under("records[2]").Path.Should().Be("records[2].period");
        Rule.At("[0]", "m").Under("phases").Path.Should().Be("phases[0]");
        Rule.At(string.Empty, "m").Under("records[2]").Path.Should().Be("records[2]");
    }

    [Theory]
    [InlineData("AMC12")]
    [InlineData("XYZ1234")]
    [InlineData("AMC12a4")]
    [InlineData("")]
    public void A_rule_code_must_be_AMC_and_four_digits(string code)
    {
        var act = () => new ValidationRule(code, ValidationSeverity.Error, "title");

        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void Every_rule_in_the_catalogue_has_a_unique_code()
    {
        ValidationRules.All.Select(r => r.Code).Should().OnlyHaveUniqueItems();
        ValidationRules.All.Should().NotBeEmpty();
    }
}
