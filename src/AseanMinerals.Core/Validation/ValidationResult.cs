using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Validation;

/// <summary>The outcome of validating data: every issue found, not just the first.</summary>
public sealed record ValidationResult
{
    /// <summary>A result with no issues.</summary>
    public static ValidationResult Success { get; } = new([]);

    /// <summary>Creates a result from the issues found.</summary>
    /// <param name="issues">The issues, in the order they were found.</param>
    public ValidationResult(IEnumerable<ValidationIssue> issues) => Issues = ValueList.From(issues);

    /// <summary>Every issue found, in the order found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>True when no issue is an error (warnings and information do not make data invalid).</summary>
    public bool IsValid => !Issues.Any(static issue => issue.IsError);

    /// <summary>The issues that are errors.</summary>
    public IEnumerable<ValidationIssue> Errors => Issues.Where(static issue => issue.IsError);

    /// <summary>The issues that are warnings.</summary>
    public IEnumerable<ValidationIssue> Warnings => Issues.Where(static issue => issue.Severity == ValidationSeverity.Warning);

    /// <summary>Combines this result with another, keeping the issues of both in order.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>A result with the issues of both.</returns>
    public ValidationResult Combine(ValidationResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Issues.Count == 0 ? this : Issues.Count == 0 ? other : new ValidationResult(Issues.Concat(other.Issues));
    }

    /// <summary>Throws a <see cref="ValidationException"/> when the result holds errors.</summary>
    /// <exception cref="ValidationException">The result holds at least one error.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ValidationException(this);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        Issues.Count == 0 ? "valid (no issues)" : string.Join(Environment.NewLine, Issues);
}
