using System.Text;

namespace AseanMinerals.Core.Validation;

/// <summary>
/// One problem found in data: which rule, where (a path to the member and, for files, the line), and what is wrong.
/// </summary>
/// <param name="Code">The stable rule code, for example <c>AMC1003</c>.</param>
/// <param name="Severity">How serious the issue is.</param>
/// <param name="Path">The path to the offending member, for example <c>actionPlans[2].phases[0].period</c>; empty for the whole input.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
public sealed record ValidationIssue(string Code, ValidationSeverity Severity, string Path, string Message)
{
    /// <summary>The file or stream the issue was found in, where known.</summary>
    public string? Source { get; init; }

    /// <summary>The 1-based line in <see cref="Source"/>, where known.</summary>
    public long? Line { get; init; }

    /// <summary>True when the issue is an <see cref="ValidationSeverity.Error"/>.</summary>
    public bool IsError => Severity == ValidationSeverity.Error;

    /// <summary>Returns a copy of this issue located in a file.</summary>
    /// <param name="source">The file or stream name.</param>
    /// <param name="line">The 1-based line, where known.</param>
    /// <returns>The located issue.</returns>
    public ValidationIssue InFile(string? source, long? line = null) => this with { Source = source, Line = line ?? Line };

    /// <summary>Returns a copy of this issue whose path is placed under a parent path.</summary>
    /// <param name="parentPath">The path of the member that contains the checked value, for example <c>records[3]</c>.</param>
    /// <returns>The issue with the combined path.</returns>
    public ValidationIssue Under(string parentPath) =>
        this with { Path = Path.Length == 0 ? parentPath : Path.StartsWith('[') ? parentPath + Path : parentPath + "." + Path };

    /// <summary>Formats the issue as <c>FILE:LINE: CODE message (path)</c>, leaving out the parts that are not known.</summary>
    /// <returns>The formatted issue.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Source is not null)
        {
            text.Append(Source);
            if (Line is not null)
            {
                text.Append(':').Append(Line.Value);
            }

            text.Append(": ");
        }
        else if (Line is not null)
        {
            text.Append("line ").Append(Line.Value).Append(": ");
        }

        text.Append(Code).Append(' ');
        if (Severity != ValidationSeverity.Error)
        {
            text.Append(Severity.ToString().ToLowerInvariant()).Append(": ");
        }

        text.Append(Message);
        if (Path.Length > 0)
        {
            text.Append(" (").Append(Path).Append(')');
        }

        return text.ToString();
    }
}
