using System.Reflection;
using AseanMinerals.Core.Validation;

namespace AseanMinerals.Comtrade.Tests;

public class ComtradeImportRulesTests
{
    [Fact]
    public void Every_rule_has_a_unique_AMC5xxx_code_and_is_listed()
    {
        var declared = typeof(ComtradeImportRules).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(ValidationRule))
            .Select(p => (ValidationRule)p.GetValue(null)!)
            .ToList();

        ComtradeImportRules.All.Should().BeEquivalentTo(declared);
        ComtradeImportRules.All.Select(r => r.Code).Should().OnlyHaveUniqueItems().And.OnlyContain(c => c.StartsWith("AMC5", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_that_reject_rows_are_errors_and_rules_that_keep_data_are_not()
    {
        ComtradeImportRules.UnknownAreaCode.Severity.Should().Be(ValidationSeverity.Warning);
        ComtradeImportRules.MissingAggregate.Severity.Should().Be(ValidationSeverity.Warning);
        ComtradeImportRules.DecodedAsWindows1252.Severity.Should().Be(ValidationSeverity.Information);
        ComtradeImportRules.BadNumber.Severity.Should().Be(ValidationSeverity.Error);
    }
}
