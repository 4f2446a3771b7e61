using AseanMinerals.Core.Validation;

namespace AseanMinerals.Core.Classification;

/// <summary>The rules a commodity classification is checked against (codes <c>AMC3xxx</c>).</summary>
public static class ClassificationRules
{
    /// <summary>AMC3001: a required member is present: identifiers, names, a group's prefixes, what a scope selects.</summary>
    public static ValidationRule RequiredMember { get; } = new("AMC3001", ValidationSeverity.Error, "A required member of a classification is present and not blank.");

    /// <summary>AMC3002: group and scope identifiers are unique.</summary>
    public static ValidationRule DuplicateIdentifier { get; } = new("AMC3002", ValidationSeverity.Error, "Group and scope identifiers are unique.");

    /// <summary>AMC3003: no prefix is claimed by two groups (no longest match could decide between them).</summary>
    public static ValidationRule ConflictingPrefix { get; } = new("AMC3003", ValidationSeverity.Error, "No prefix belongs to two groups.");

    /// <summary>AMC3004: a group does not list a prefix twice, or one prefix inside another of its own.</summary>
    public static ValidationRule OverlappingPrefix { get; } = new("AMC3004", ValidationSeverity.Error, "A group's prefixes do not overlap.");

    /// <summary>AMC3005: a prefix is 2, 4 or 6 digits of an HS chapter (TOTAL is no prefix).</summary>
    public static ValidationRule InvalidPrefix { get; } = new("AMC3005", ValidationSeverity.Error, "A prefix is 2, 4 or 6 digits of an HS chapter.");

    /// <summary>AMC3006: a scope's groups, and the default scope, are defined.</summary>
    public static ValidationRule UnresolvedReference { get; } = new("AMC3006", ValidationSeverity.Error, "A scope's groups and the default scope are defined.");

    /// <summary>AMC3007: a scope neither lists a prefix twice nor both includes and excludes it.</summary>
    public static ValidationRule ConflictingScopeRule { get; } = new("AMC3007", ValidationSeverity.Error, "A scope does not include and exclude the same prefix.");

    /// <summary>AMC3008: an exclusion removes something the scope would otherwise hold (a warning: it has no effect).</summary>
    public static ValidationRule IneffectiveExclusion { get; } = new("AMC3008", ValidationSeverity.Warning, "A scope's exclusion removes codes the scope holds.");

    /// <summary>AMC3009: a group's prefix lies inside another group's prefix (information: the longer prefix wins).</summary>
    public static ValidationRule NestedPrefix { get; } = new("AMC3009", ValidationSeverity.Information, "A group's prefix lies inside another group's prefix.");

    /// <summary>AMC3010: a classification has at most 32 scopes and 255 distinct classes of codes.</summary>
    public static ValidationRule TooLarge { get; } = new("AMC3010", ValidationSeverity.Error, "A classification has at most 32 scopes and 255 classes.");

    /// <summary>Every classification rule.</summary>
    public static IReadOnlyList<ValidationRule> All { get; } =
    [
        RequiredMember, DuplicateIdentifier, ConflictingPrefix, OverlappingPrefix, InvalidPrefix, UnresolvedReference,
        ConflictingScopeRule, IneffectiveExclusion, NestedPrefix, TooLarge,
    ];
}
