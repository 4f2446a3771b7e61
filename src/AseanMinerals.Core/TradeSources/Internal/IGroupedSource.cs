namespace AseanMinerals.Core.TradeSources.Internal;

/// <summary>
/// A reader that checks rows within groups (Comtrade rows of one reporter and period): the groups it met, in the order met,
/// each with the line where it starts. The parts of a file split between groups each see their own groups; only these
/// lists tell whether a group came back in a later part, as one reader of the whole file would see.
/// </summary>
internal interface IGroupedSource
{
    /// <summary>The groups met, in order, with the line (of the part read) where each was first met.</summary>
    IReadOnlyList<(int Group, long Line)> Groups { get; }
}
