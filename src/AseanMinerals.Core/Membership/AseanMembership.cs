using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;
using NodaTime;

namespace AseanMinerals.Core.Membership;

/// <summary>
/// ASEAN's membership through time: who was a member on a given day. Membership is time-aware: on any day of 2018
/// there were ten members; Timor-Leste became the eleventh on 26 October 2025.
/// </summary>
public sealed class AseanMembership
{
    private readonly MemberState[] _byAccession;
    private readonly Dictionary<string, MemberState> _byCode;
    private readonly Dictionary<AreaCode, MemberState> _byNumeric;

    /// <summary>Creates the membership from the member states.</summary>
    /// <param name="memberStates">Every member state, with its accession date.</param>
    /// <exception cref="ArgumentException">Two member states share an alpha-2, alpha-3 or numeric code.</exception>
    public AseanMembership(IEnumerable<MemberState> memberStates)
    {
        Preconditions.CheckNotNull(memberStates);
        _byAccession = [.. memberStates.OrderBy(static m => m.AccessionDate).ThenBy(static m => m.ShortName, StringComparer.Ordinal)];
        _byCode = new Dictionary<string, MemberState>(StringComparer.OrdinalIgnoreCase);
        _byNumeric = [];
        foreach (var member in _byAccession)
        {
            Preconditions.CheckArgument(
                _byCode.TryAdd(member.Alpha3, member) && _byCode.TryAdd(member.Alpha2, member) && _byNumeric.TryAdd(member.IsoNumeric, member),
                nameof(memberStates),
                $"Two member states share a code with {member.ShortName} ({member.Alpha3}).");
        }
    }

    /// <summary>Every member state that has ever joined, in order of accession.</summary>
    public IReadOnlyList<MemberState> All => _byAccession;

    /// <summary>The member states on a day, in order of accession.</summary>
    /// <param name="date">The day.</param>
    /// <returns>Every state whose accession date is on or before <paramref name="date"/>.</returns>
    public IReadOnlyList<MemberState> MembersOn(LocalDate date) => [.. _byAccession.Where(m => m.AccessionDate <= date)];

    /// <summary>
    /// The member states on a day, with the states whose membership that day rests on an unconfirmed accession day
    /// (Lao PDR and Myanmar on 31 July 1997: their day, 23 July 1997, is widely cited; only the year is confirmed).
    /// </summary>
    /// <param name="date">The day, for example a period's last day under the changing composition.</param>
    /// <returns>The members and what about them is unconfirmed.</returns>
    public MembershipOnDay MembershipOn(LocalDate date) => new(date, MembersOn(date), UnconfirmedOn(date));

    /// <summary>The states whose membership on a day, included or left out, rests on an unconfirmed accession day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The states, in order of accession; empty when membership on that day is confirmed for every state.</returns>
    public IReadOnlyList<MemberState> UnconfirmedOn(LocalDate date) => [.. _byAccession.Where(m => m.IsMembershipUnconfirmedOn(date))];

    /// <summary>The member states on every day of an interval: those that joined on or before its first day.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The members throughout the interval.</returns>
    public IReadOnlyList<MemberState> MembersThroughout(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return MembersOn(interval.Start);
    }

    /// <summary>Whether a state, named by its alpha-2 or alpha-3 code, was a member on a day.</summary>
    /// <param name="code">The ISO 3166-1 alpha-2 or alpha-3 code (any case).</param>
    /// <param name="date">The day.</param>
    /// <returns>True when the state was a member on that day; false for a non-member or an unknown code.</returns>
    public bool IsMember(string code, LocalDate date) =>
        code is not null && _byCode.TryGetValue(code, out var member) && member.IsMemberOn(date);

    /// <summary>Whether the area with a numeric code was a member on a day.</summary>
    /// <param name="code">The ISO numeric / M49 code.</param>
    /// <param name="date">The day.</param>
    /// <returns>True when the area was a member on that day.</returns>
    public bool IsMember(AreaCode code, LocalDate date) => _byNumeric.TryGetValue(code, out var member) && member.IsMemberOn(date);

    /// <summary>Finds a member state by its alpha-2 or alpha-3 code, whether or not it is a member yet.</summary>
    /// <param name="code">The code (any case).</param>
    /// <param name="memberState">The member state, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryFind(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemberState? memberState)
    {
        memberState = null;
        return code is not null && _byCode.TryGetValue(code, out memberState);
    }

    /// <summary>Finds a member state by its numeric code, whether or not it is a member yet.</summary>
    /// <param name="code">The ISO numeric / M49 code.</param>
    /// <param name="memberState">The member state, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryFind(AreaCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemberState? memberState) =>
        _byNumeric.TryGetValue(code, out memberState);

    /// <summary>The accession date of the area with a numeric code, or null when it has never been a member.</summary>
    /// <param name="code">The ISO numeric / M49 code.</param>
    /// <returns>The accession date, or null.</returns>
    public LocalDate? AccessionDateOf(AreaCode code) => _byNumeric.TryGetValue(code, out var member) ? member.AccessionDate : null;

    /// <inheritdoc />
    public override string ToString() => $"ASEAN membership: {_byAccession.Length} states ever joined";
}
