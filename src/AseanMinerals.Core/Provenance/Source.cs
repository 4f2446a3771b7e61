using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Provenance;

/// <summary>A published source that supports a fact: a title and where to read it.</summary>
public sealed record Source : ExtensibleRecord
{
    /// <summary>Creates a source.</summary>
    /// <param name="title">What the source is: publisher and title, for example "ASEAN Secretariat, ASEAN Minerals Cooperation overview".</param>
    /// <param name="url">An absolute http or https address where the source can be read.</param>
    /// <exception cref="ArgumentException">The title is blank or the address is not an absolute http(s) URL.</exception>
    public Source(string title, Uri url)
    {
        Title = Preconditions.CheckNotBlank(title);
        Preconditions.CheckNotNull(url);
        Preconditions.CheckArgument(
            url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps),
            nameof(url),
            $"A source address must be an absolute http or https URL; '{url}' is not.");
        Url = url;
    }

    /// <summary>What the source is.</summary>
    public string Title { get; }

    /// <summary>Where the source can be read.</summary>
    public Uri Url { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Title} <{Url}>";
}
