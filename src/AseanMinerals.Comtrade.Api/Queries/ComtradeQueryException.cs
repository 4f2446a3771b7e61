namespace AseanMinerals.Comtrade.Api.Queries;

/// <summary>A query the client refuses to send because the service would answer it with nothing or an error: every problem is named.</summary>
public sealed class ComtradeQueryException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">One sentence per problem.</param>
    public ComtradeQueryException(IReadOnlyList<string> problems)
        : base("The query is not sent: " + string.Join(" ", problems)) => Problems = problems;

    /// <summary>Creates the exception with one problem.</summary>
    public ComtradeQueryException()
        : this(["it is not valid."])
    {
    }

    /// <summary>Creates the exception with one problem.</summary>
    /// <param name="message">The problem.</param>
    public ComtradeQueryException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The cause.</param>
    public ComtradeQueryException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    /// <summary>The problems found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
