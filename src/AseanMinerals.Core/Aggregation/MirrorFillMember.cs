using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Internal;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>
/// One member and flow of a mirror-filled figure: counted by its own report, filled from the partners that report it (and
/// which), or missing (and why).
/// </summary>
/// <param name="Member">The member.</param>
/// <param name="Flow">Its flow (exports or imports).</param>
/// <param name="Fill">How the flow is counted.</param>
public sealed record MirrorFillMember(AreaCode Member, TradeFlow Flow, MemberFill Fill)
{
    /// <summary>
    /// The partners whose reports give the estimates (<see cref="MemberFill.MirrorFilled"/>): the member's flow is its
    /// trade with these partners only. Empty otherwise.
    /// </summary>
    public IReadOnlyList<AreaCode> Sources { get; init => field = ValueList.From(value); } = ValueList.From<AreaCode>(null);

    /// <summary>
    /// Partners that report the mirror flow with the member, but too coarsely for the commodities asked (<c>TOTAL</c>
    /// rows where commodities were asked for, or commodity rows where <c>TOTAL</c> rows were): the member's trade with
    /// them is unknown, and left out.
    /// </summary>
    public IReadOnlyList<AreaCode> CoarseSources { get; init => field = ValueList.From(value); } = ValueList.From<AreaCode>(null);

    /// <summary>Why the flow is not counted (<see cref="MemberFill.Missing"/>); null otherwise.</summary>
    public CoverageGap? Gap { get; init; }
}
