using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Serialization;

/// <summary>
/// Thrown when JSON cannot be read as the library's documents: it names the place (the JSON path, the line and the byte
/// position in the line) and the rule that was broken (<see cref="JsonRules"/>). Reading never returns a half-filled object.
/// </summary>
public sealed class AseanMineralsJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable rule code (<c>AMC4xxx</c>).</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="path">The JSON path of the offending value, for example <c>$.memberStates[2].accessionDate</c>.</param>
    /// <param name="lineNumber">The 1-based line, where known.</param>
    /// <param name="bytePositionInLine">The 0-based byte position in the line, where known.</param>
    /// <param name="innerException">The exception that reported the problem, if any.</param>
    public AseanMineralsJsonException(string code, string message, string? path, long? lineNumber, long? bytePositionInLine, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The stable rule code (<c>AMC4xxx</c>).</summary>
    public string Code { get; }

    /// <summary>The JSON path of the offending value, where known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based line, where known.</summary>
    public long? LineNumber { get; }

    /// <summary>The 0-based byte position in the line, where known: the first byte of the offending token.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The same problem as a validation issue, for reports that list issues of every kind.</summary>
    /// <param name="source">The file or stream the JSON came from, where known.</param>
    /// <returns>An error issue with this exception's code, path, line and message (the message ends with the byte position).</returns>
    public ValidationIssue ToValidationIssue(string? source = null)
    {
        var message = BytePositionInLine is { } position ? $"{Message} (byte {position} of the line)" : Message;
        return new ValidationIssue(Code, ValidationSeverity.Error, Path ?? string.Empty, message).InFile(source, LineNumber);
    }

    /// <summary>Makes the exception for a broken rule at a place.</summary>
    internal static AseanMineralsJsonException Create(ValidationRule rule, string message, string path, long? lineNumber, long? bytePositionInLine, Exception? innerException = null) =>
        new(rule.Code, message, path, lineNumber, bytePositionInLine, innerException);
}
