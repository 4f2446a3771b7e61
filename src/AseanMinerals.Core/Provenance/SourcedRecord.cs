using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.Provenance;

/// <summary>The base of every reference-data record: the facts it holds come with their sources and a confidence.</summary>
public abstract record SourcedRecord : ExtensibleRecord, ISourced
{
    /// <inheritdoc />
    public required IReadOnlyList<Source> Sources { get; init => field = ValueList.From(value); }

    /// <inheritdoc />
    public required Confidence Confidence { get; init; }

    /// <inheritdoc />
    public string? Note { get; init; }
}
