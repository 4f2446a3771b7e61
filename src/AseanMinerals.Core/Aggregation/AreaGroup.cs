using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Membership;
using AseanMinerals.Core.ReferenceData;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// A set of reporter or partner areas for a query: fixed codes (<see cref="Of"/>), or ASEAN's members for each period
/// under a <see cref="MembershipBasis"/> (<see cref="Asean"/>). The World (<c>000</c>) is never a member of a group.
/// </summary>
public sealed class AreaGroup
{
    private static readonly Lazy<AseanMembership> DefaultMembership = new(static () => AseanReferenceData.Default.CreateMembership());

    private readonly AreaCode[]? _codes;
    private readonly AseanMembership? _membership;
    private PeriodMembers? _lastAsked; // the members of the period last asked for: a figure asks for them several times
    private string? _text;

    private AreaGroup(string name, AreaCode[]? codes, AseanMembership? membership, MembershipBasis? basis)
    {
        Name = name;
        _codes = codes;
        _membership = membership;
        Basis = basis;
    }

    /// <summary>The name shown in results, for example "ASEAN" or "China".</summary>
    public string Name { get; }

    /// <summary>For ASEAN, the membership basis; null for a fixed list of codes.</summary>
    public MembershipBasis? Basis { get; }

    /// <summary>A fixed list of areas.</summary>
    /// <param name="name">The name shown in results.</param>
    /// <param name="codes">The area codes (the World is left out).</param>
    /// <returns>The group.</returns>
    public static AreaGroup Of(string name, params IEnumerable<AreaCode> codes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(codes);
        return new AreaGroup(name, [.. codes.Where(static c => !c.IsWorld).Distinct().Order()], null, null);
    }

    /// <summary>ASEAN's members for each period, from the library's reference data or a given membership.</summary>
    /// <param name="basis">The composition; <see cref="MembershipBasis.Changing"/> when null.</param>
    /// <param name="membership">The membership; the library's reference data when null.</param>
    /// <returns>The group.</returns>
    public static AreaGroup Asean(MembershipBasis? basis = null, AseanMembership? membership = null) =>
        new("ASEAN", null, membership ?? DefaultMembership.Value, basis ?? MembershipBasis.Changing);

    /// <summary>The areas of the group for a period, in code order.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The codes.</returns>
    public IReadOnlyList<AreaCode> MembersFor(TradePeriod period)
    {
        if (_codes is not null)
        {
            return _codes;
        }

        if (Volatile.Read(ref _lastAsked) is { } last && last.Period == period)
        {
            return last.Members;
        }

        var members = new PeriodMembers(period, [.. _membership!.MembersOn(Basis!.DateFor(period)).Select(static m => m.IsoNumeric).Order()]);
        Volatile.Write(ref _lastAsked, members);
        return members.Members;
    }

    /// <summary>Whether an area is in the group for a period.</summary>
    /// <param name="code">The area.</param>
    /// <param name="period">The period.</param>
    /// <returns>True when it is.</returns>
    public bool Contains(AreaCode code, TradePeriod period) => MembersFor(period).Contains(code);

    /// <summary>The name with the membership basis, as results show it.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => _text ??= Basis is null ? Name : $"{Name} ({Basis})";

    // Immutable, so a reader sees a period with its own members.
    private sealed record PeriodMembers(TradePeriod Period, IReadOnlyList<AreaCode> Members);
}
