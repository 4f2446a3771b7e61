using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace AseanMinerals.Core.Internal;

/// <summary>Guard helpers that throw exceptions naming the parameter and the rule it broke.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    public static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw WithReason(new ArgumentException("The value must not be empty or white space.", paramName), "The value must not be empty or white space.");
        }

        return value;
    }

    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw WithReason(new ArgumentException(message, paramName), message);
        }
    }

    public static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw WithReason(new ArgumentOutOfRangeException(paramName, value, $"The value must be between {min} and {max}."), $"The value must be between {min} and {max}.");
        }

        return value;
    }

    /// <summary>
    /// The rule a guard of this class found broken, in words, without the parameter suffix .NET adds to the message; null
    /// for an exception thrown elsewhere. The document reader reports it at the member the parameter names, so that no
    /// message text is ever taken apart.
    /// </summary>
    public static string? ReasonOf(Exception exception) => exception.Data[ReasonKey] as string;

    private const string ReasonKey = "AseanMinerals.Reason";

    private static T WithReason<T>(T exception, string reason)
        where T : Exception
    {
        exception.Data[ReasonKey] = reason;
        return exception;
    }
}
