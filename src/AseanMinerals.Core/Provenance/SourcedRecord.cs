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

    /// <summary>
    /// The members whose values are the library's inference (<see cref="Confidence.Inferred"/>) in a record whose
    /// <see cref="Confidence"/> covers the rest: JSON member names, dotted for a member of an object or of every item of
    /// a list (<c>actionPlanId</c>, <c>strategicAreas.objectiveIds</c>). The note gives the reasoning. Empty when the
    /// record holds no inference.
    /// </summary>
    public IReadOnlyList<string> InferredMembers { get; init => field = ValueList.From(value); } = ValueList.From<string>(null);

    /// <summary>Whether a member's value is the library's inference: the record is <see cref="Confidence.Inferred"/> or lists it.</summary>
    /// <param name="member">The JSON member name or dotted path (<c>actionPlanId</c>).</param>
    /// <returns>True when the value is an inference, not a sourced fact.</returns>
    public bool IsInferred(string member) =>
        Confidence == Confidence.Inferred || InferredMembers.Contains(member, StringComparer.Ordinal);
}
