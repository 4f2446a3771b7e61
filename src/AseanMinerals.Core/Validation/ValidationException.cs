namespace AseanMinerals.Core.Validation;

/// <summary>Thrown when data that must be valid is not; carries every issue found.</summary>
public sealed class ValidationException : Exception
{
    /// <summary>Creates the exception from a result that holds errors.</summary>
    /// <param name="result">The validation result.</param>
    public ValidationException(ValidationResult result)
        : base(Describe(result))
    {
        Result = result;
    }

    /// <summary>The validation result, with every issue found.</summary>
    public ValidationResult Result { get; }

    private static string Describe(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = result.Errors.ToList();
        var first = errors.Count > 0 ? errors[0].ToString() : "no error";
        return errors.Count == 1
            ? $"The data is not valid: {first}"
            : $"The data is not valid ({errors.Count} errors); the first: {first}";
    }
}
