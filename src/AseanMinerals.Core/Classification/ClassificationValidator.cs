using AseanMinerals.Core.Trade;
using AseanMinerals.Core.Validation;
using Rules = AseanMinerals.Core.Classification.ClassificationRules;

namespace AseanMinerals.Core.Classification;

/// <summary>Checks a <see cref="CommodityClassification"/> against <see cref="ClassificationRules"/>.</summary>
internal sealed class ClassificationValidator(CommodityClassification classification, HsNomenclature nomenclature)
{
    private const int MaxScopes = 32;
    private readonly List<ValidationIssue> _issues = [];

    public ValidationResult Run()
    {
        Required(classification.Id, "id");
        Required(classification.Name, "name");
        var groupIds = CheckGroups();
        CheckScopes(groupIds);
        if (!classification.Scopes.Any(s => string.Equals(s.Id, classification.DefaultScope, StringComparison.Ordinal)))
        {
            Add(Rules.UnresolvedReference, "defaultScope", $"The default scope '{classification.DefaultScope}' is not one of the scopes.");
        }

        return new ValidationResult(_issues);
    }

    private HashSet<string> CheckGroups()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var owners = new Dictionary<HsCode, (int Group, string Path)>();
        for (var i = 0; i < classification.Groups.Count; i++)
        {
            var group = classification.Groups[i];
            var path = $"groups[{i}]";
            if (Required(group.Id, $"{path}.id") && !ids.Add(group.Id))
            {
                Add(Rules.DuplicateIdentifier, $"{path}.id", $"The group identifier '{group.Id}' appears more than once.");
            }

            Required(group.Name, $"{path}.name");
            if (group.Prefixes.Count == 0)
            {
                Add(Rules.RequiredMember, $"{path}.prefixes", $"The group '{group.Id}' has no prefix; it would hold no code.");
            }

            for (var j = 0; j < group.Prefixes.Count; j++)
            {
                var prefix = group.Prefixes[j];
                var prefixPath = $"{path}.prefixes[{j}]";
                if (!CheckPrefix(prefix, prefixPath))
                {
                    continue;
                }

                for (var k = 0; k < j; k++)
                {
                    var other = group.Prefixes[k];
                    if (prefix.StartsWith(other) || other.StartsWith(prefix))
                    {
                        Add(Rules.OverlappingPrefix, prefixPath, $"The prefix {prefix} of group '{group.Id}' overlaps its prefix {other}; list each code range once.");
                    }
                }

                if (owners.TryGetValue(prefix, out var owner) && owner.Group != i)
                {
                    Add(Rules.ConflictingPrefix, prefixPath, $"The prefix {prefix} belongs to both '{classification.Groups[owner.Group].Id}' ({owner.Path}) and '{group.Id}'.");
                }
                else
                {
                    owners.TryAdd(prefix, (i, prefixPath));
                }
            }
        }

        foreach (var (prefix, (group, path)) in owners)
        {
            foreach (var (outer, (outerGroup, _)) in owners)
            {
                if (outerGroup != group && outer != prefix && prefix.StartsWith(outer))
                {
                    Add(Rules.NestedPrefix, path, $"The prefix {prefix} of '{classification.Groups[group].Id}' lies inside {outer} of '{classification.Groups[outerGroup].Id}': its codes go to '{classification.Groups[group].Id}', the longer match.");
                }
            }
        }

        return ids;
    }

    private void CheckScopes(HashSet<string> groupIds)
    {
        if (classification.Scopes.Count > MaxScopes)
        {
            Add(Rules.TooLarge, "scopes", $"The classification has {classification.Scopes.Count} scopes; at most {MaxScopes} are supported.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < classification.Scopes.Count; i++)
        {
            var scope = classification.Scopes[i];
            var path = $"scopes[{i}]";
            if (Required(scope.Id, $"{path}.id") && !ids.Add(scope.Id))
            {
                Add(Rules.DuplicateIdentifier, $"{path}.id", $"The scope identifier '{scope.Id}' appears more than once.");
            }

            Required(scope.Name, $"{path}.name");
            if (scope.Groups.Count == 0 && scope.IncludePrefixes.Count == 0)
            {
                Add(Rules.RequiredMember, $"{path}.groups", $"The scope '{scope.Id}' names no group and includes no prefix; it would hold no code.");
            }

            for (var j = 0; j < scope.Groups.Count; j++)
            {
                if (!groupIds.Contains(scope.Groups[j]))
                {
                    Add(Rules.UnresolvedReference, $"{path}.groups[{j}]", $"The scope '{scope.Id}' names the group '{scope.Groups[j]}', which is not defined.");
                }
            }

            var seen = new Dictionary<HsCode, string>();
            CheckScopePrefixes(scope, scope.IncludePrefixes, $"{path}.includePrefixes", "included", seen);
            CheckScopePrefixes(scope, scope.ExcludePrefixes, $"{path}.excludePrefixes", "excluded", seen);
            for (var j = 0; j < scope.ExcludePrefixes.Count; j++)
            {
                var excluded = scope.ExcludePrefixes[j];
                if (!excluded.IsTotal && !RemovesSomething(scope, excluded))
                {
                    Add(Rules.IneffectiveExclusion, $"{path}.excludePrefixes[{j}]", $"The scope '{scope.Id}' excludes {excluded}, but holds none of its codes: the exclusion has no effect.");
                }
            }
        }
    }

    private void CheckScopePrefixes(ClassificationScope scope, IReadOnlyList<HsCode> prefixes, string path, string how, Dictionary<HsCode, string> seen)
    {
        for (var j = 0; j < prefixes.Count; j++)
        {
            var prefixPath = $"{path}[{j}]";
            if (CheckPrefix(prefixes[j], prefixPath) && !seen.TryAdd(prefixes[j], how))
            {
                Add(Rules.ConflictingScopeRule, prefixPath, $"The scope '{scope.Id}' lists {prefixes[j]} as {how} after listing it as {seen[prefixes[j]]}.");
            }
        }
    }

    private bool RemovesSomething(ClassificationScope scope, HsCode excluded)
    {
        var groupPrefixes = classification.Groups
            .Where(g => scope.Groups.Contains(g.Id, StringComparer.Ordinal))
            .SelectMany(static g => g.Prefixes);
        return groupPrefixes.Concat(scope.IncludePrefixes).Any(p => excluded.StartsWith(p) || p.StartsWith(excluded));
    }

    private bool CheckPrefix(HsCode prefix, string path)
    {
        if (prefix.IsTotal)
        {
            Add(Rules.InvalidPrefix, path, "TOTAL is not a prefix: a prefix is 2, 4 or 6 digits.");
            return false;
        }

        if (!nomenclature.Exists(prefix, HsRevision.AsReported))
        {
            Add(Rules.InvalidPrefix, path, $"The prefix {prefix} is in chapter {prefix.Chapter:D2}, which no HS edition has.");
            return false;
        }

        return true;
    }

    private bool Required(string? value, string path)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        Add(Rules.RequiredMember, path, "The member is required and must not be blank.");
        return false;
    }

    private void Add(ValidationRule rule, string path, string message) => _issues.Add(rule.At(path, message));
}
