using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Serialization;
using AseanMinerals.Core.Validation;

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
            // The fault validation reports as AMC1001 for the members it checks: a document reader gives the same rule.
            throw WithFault(new ArgumentException(BlankReason, paramName), ReferenceDataRules.RequiredMember, BlankReason);
        }

        return value;
    }

    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw WithFault(new ArgumentException(message, paramName), JsonRules.InvalidValue, message);
        }
    }

    public static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < min || value > max)
        {
            throw WithFault(new ArgumentOutOfRangeException(paramName, value, $"The value must be between {min} and {max}."), JsonRules.ValueOutOfRange, $"The value must be between {min} and {max}.");
        }

        return value;
    }

    /// <summary>
    /// The rule a guard of this class found broken and the reason in words (without the parameter suffix .NET adds to the
    /// message); null for an exception thrown elsewhere. The rule is the one validation reports for the same fault (a
    /// blank required member is AMC1001 whichever path finds it); the document reader reports it at the member the
    /// parameter names, so that no message text is ever taken apart.
    /// </summary>
    public static GuardFault? FaultOf(Exception exception) => exception.Data[FaultKey] as GuardFault;

    private const string FaultKey = "AseanMinerals.Fault";

    private const string BlankReason = "The value must not be empty or white space.";

    private static T WithFault<T>(T exception, ValidationRule rule, string reason)
        where T : Exception
    {
        exception.Data[FaultKey] = new GuardFault(rule, reason);
        return exception;
    }
}

/// <summary>What a guard of <see cref="Preconditions"/> refused: the rule (as validation names it) and the reason in words.</summary>
/// <param name="Rule">The broken rule.</param>
/// <param name="Reason">Why, without the parameter name.</param>
internal sealed record GuardFault(ValidationRule Rule, string Reason);
