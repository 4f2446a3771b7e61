namespace AseanMinerals.Core.Concordance;

/// <summary>
/// How a pair of codes of two HS editions relate, counted source side first as UNSD states it: how many source codes share
/// the target, and how many targets the source code has.
/// </summary>
public enum HsRelationship
{
    /// <summary>1:1: the source code has this one target, and no other source code goes there.</summary>
    OneToOne,

    /// <summary>1:n: the source code splits into several targets; this one receives from no other source code.</summary>
    OneToMany,

    /// <summary>n:1: several source codes merge into this target, and the source code has no other target.</summary>
    ManyToOne,

    /// <summary>n:n: the source code has several targets and this target has several source codes.</summary>
    ManyToMany,
}
