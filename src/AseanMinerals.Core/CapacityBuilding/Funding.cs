using AseanMinerals.Core.Serialization;

namespace AseanMinerals.Core.CapacityBuilding;

/// <summary>Who paid for an initiative and, where published, how much.</summary>
public sealed record Funding : ExtensibleRecord
{
    /// <summary>The fund or body that paid, for example "ASEAN-Korea Cooperation Fund".</summary>
    public required string Funder { get; init; }

    /// <summary>The amount, where published.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The ISO 4217 currency of <see cref="Amount"/>, for example <c>USD</c>.</summary>
    public string? Currency { get; init; }

    /// <inheritdoc />
    public override string ToString() => Amount is { } amount ? $"{Currency} {amount:#,0.##} from {Funder}" : Funder;
}
