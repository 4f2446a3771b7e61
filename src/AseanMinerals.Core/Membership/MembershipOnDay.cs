using NodaTime;

namespace AseanMinerals.Core.Membership;

/// <summary>
/// ASEAN's members on one day, and the states whose place in (or out of) that list rests on an accession day that no
/// source confirms: a figure computed for those members must say so.
/// </summary>
public sealed class MembershipOnDay
{
    /// <summary>Creates the membership of a day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="members">The members on that day, in order of accession.</param>
    /// <param name="unconfirmed">The states whose membership on that day depends on an unconfirmed accession day.</param>
    public MembershipOnDay(LocalDate date, IReadOnlyList<MemberState> members, IReadOnlyList<MemberState> unconfirmed)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(unconfirmed);
        Date = date;
        Members = members;
        Unconfirmed = unconfirmed;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>The members on <see cref="Date"/>, in order of accession (by the accession days the data carries).</summary>
    public IReadOnlyList<MemberState> Members { get; }

    /// <summary>
    /// The states, members or not on <see cref="Date"/>, whose membership that day rests on an unconfirmed accession day
    /// (see <see cref="MemberState.IsMembershipUnconfirmedOn"/>); empty when the whole list is confirmed.
    /// </summary>
    public IReadOnlyList<MemberState> Unconfirmed { get; }

    /// <summary>True when no state's membership on <see cref="Date"/> rests on an unconfirmed accession day.</summary>
    public bool IsConfirmed => Unconfirmed.Count == 0;

    /// <summary>A sentence that says which states' membership rests on an unconfirmed day, or null when none does.</summary>
    public string? UnconfirmedNote => IsConfirmed
        ? null
        : $"Membership on {Date:uuuu-MM-dd} rests on unconfirmed accession days for: "
          + string.Join("; ", Unconfirmed.Select(m =>
              $"{m.ShortName} ({(m.IsMemberOn(Date) ? "counted" : "not counted")}; accession confirmed as {m.ConfirmedAccession}, day {m.AccessionDate:uuuu-MM-dd} unconfirmed)"))
          + ".";

    /// <inheritdoc />
    public override string ToString() => $"{Members.Count} members on {Date:uuuu-MM-dd}" + (IsConfirmed ? string.Empty : $". {UnconfirmedNote}");
}
