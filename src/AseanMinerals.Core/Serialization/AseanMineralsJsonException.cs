namespace AseanMinerals.Core.Serialization;

/// <summary>
/// Thrown when JSON cannot be read as the library's documents: it names the place (the JSON path, the line and the byte
/// position in the line) and the rule that was broken. Reading never returns a half-filled object.
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

    /// <summary>The 0-based byte position in the line, where known.</summary>
    public long? BytePositionInLine { get; }
}
