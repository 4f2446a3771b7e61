namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// How the sides of a ratio are brought to one set of members (<see cref="SharePlanner.Align"/>): as they are
/// (<see cref="Coverage"/> null); as they are with the one coverage (no member on both sides, <see cref="Only"/> null);
/// or planned again over <see cref="Only"/>, the members both cover.
/// </summary>
internal readonly record struct MemberAlignment(GroupCoverage? Coverage, IReadOnlySet<int>? Only);
