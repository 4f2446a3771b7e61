using AseanMinerals.Core.Internal;

namespace AseanMinerals.Core.Validation;

/// <summary>
/// A rule that data is checked against: a stable code (for example <c>AMC1003</c>), its default severity and a short title.
/// Codes never change meaning once published; <see cref="ValidationRules.All"/> lists them.
/// </summary>
public sealed record ValidationRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="code">The stable code: <c>AMC</c> followed by four digits.</param>
    /// <param name="severity">The severity of the issues this rule raises.</param>
    /// <param name="title">A short statement of the rule, in the imperative or as a fact about valid data.</param>
    /// <exception cref="ArgumentException">The code is not <c>AMC</c> and four digits, or the title is blank.</exception>
    public ValidationRule(string code, ValidationSeverity severity, string title)
    {
        Preconditions.CheckArgument(
            code is { Length: 7 } && code.StartsWith("AMC", StringComparison.Ordinal) && code.AsSpan(3).ContainsAnyExceptInRange('0', '9') is false,
            nameof(code),
            $"A rule code is 'AMC' followed by four digits; '{code}' is not.");
        Code = code;
        Severity = severity;
        Title = Preconditions.CheckNotBlank(title);
    }

    /// <summary>The stable code, for example <c>AMC1003</c>.</summary>
    public string Code { get; }

    /// <summary>The severity of the issues this rule raises.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>A short statement of the rule.</summary>
    public string Title { get; }

    /// <summary>Makes an issue of this rule at a place in the data.</summary>
    /// <param name="path">The path to the offending member, for example <c>actionPlans[2].phases[0].period</c>.</param>
    /// <param name="message">What is wrong, in words a data owner understands, naming the offending value.</param>
    /// <returns>The issue, with this rule's code and severity.</returns>
    public ValidationIssue At(string path, string message) => new(Code, Severity, path, message);

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Severity}): {Title}";
}
