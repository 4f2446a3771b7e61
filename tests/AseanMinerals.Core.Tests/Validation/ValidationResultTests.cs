using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Tests.Validation;

public class ValidationResultTests
{
    private static readonly ValidationIssue Error = new("AMC9001", ValidationSeverity.Error, "a", "broken");
    private static readonly ValidationIssue Warning = new("AMC9002", ValidationSeverity.Warning, "b", "odd");

    [Fact]
    public void Warnings_alone_leave_the_data_valid()
    {
        var result = new ValidationResult([Warning]);

        result.IsValid.Should().BeTrue();
        result.Warnings.Should().Equal(Warning);
    }

    [Fact]
    public void One_error_makes_the_data_invalid_and_ThrowIfInvalid_carries_every_issue()
    {
        var result = new ValidationResult([Warning, Error]);

        result.IsValid.Should().BeFalse();
        var act = result.ThrowIfInvalid;
        act.Should().Throw<ValidationException>()
            .WithMessage("*AMC9001 broken (a)*")
            .Which.Result.Issues.Should().Equal(Warning, Error);
    }

    [Fact]
    public void Combine_keeps_the_issues_of_both_in_order()
    {
        var combined = new ValidationResult([Error]).Combine(new ValidationResult([Warning]));

        combined.Issues.Should().Equal(Error, Warning);
    }

    [Fact]
    public void Results_with_the_same_issues_are_equal()
    {
        new ValidationResult([Error, Warning]).Should().Be(new ValidationResult([Error, Warning]));
        new ValidationResult([Error]).Should().NotBe(new ValidationResult([Warning]));
    }
}
