namespace AseanMinerals.Comtrade.Api.Client;

/// <summary>
/// The service could not give a complete answer: a refusal, an error page, retries used up, a cut or full answer, pieces
/// that do not add up. The message names the call (path and query; the key is never in it) and the reason. It is an
/// <see cref="IOException"/>: the input could not be read, as a file that cannot be.
/// </summary>
public sealed class ComtradeApiException : IOException
{
    /// <summary>Creates the exception.</summary>
    public ComtradeApiException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason, worded for the user.</param>
    public ComtradeApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The reason, worded for the user.</param>
    /// <param name="innerException">The cause.</param>
    public ComtradeApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a call.</summary>
    /// <param name="message">The reason, worded for the user.</param>
    /// <param name="request">The path and query of the call (never the key).</param>
    /// <param name="statusCode">The HTTP status of the last answer, if one came.</param>
    /// <param name="innerException">The cause.</param>
    public ComtradeApiException(string message, string? request, int? statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        Request = request;
        StatusCode = statusCode;
    }

    /// <summary>The path and query of the call that failed (never the key), or null for a failure of the whole fetch.</summary>
    public string? Request { get; }

    /// <summary>The HTTP status of the last answer, or null when none came.</summary>
    public int? StatusCode { get; }
}
