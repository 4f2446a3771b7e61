using System.Runtime.CompilerServices;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Classification;

/// <summary>
/// A compiled <see cref="CommodityClassification"/>: classifies an HS code by its longest matching prefix, once per
/// distinct code (the answer is cached), into a <see cref="CommodityCell"/>. Thread-safe.
/// </summary>
public sealed class CommodityClassifier
{
    /// <summary>The index of the <c>TOTAL</c> cell.</summary>
    public const int TotalCell = 0;

    /// <summary>The index of the cell of codes in no group and no scope.</summary>
    public const int UnclassifiedCell = 1;

    private readonly Dictionary<HsCode, byte> _prefixCells = [];
    private readonly Dictionary<string, int> _scopeIndexes;
    private readonly Dictionary<string, int> _groupIndexes;

    // Where each length of code starts in the cache (2, 4 and 6 digits one after the other, TOTAL last), by digits.
    private const int TotalPosition = 1_010_100;
    private static readonly int[] CachePositions = [TotalPosition, 0, 0, 0, 100, 0, 10_100];

    // Cache: cell index + 1 for each code seen, at CachePositions[digits] + number; 0 until classified. One array read,
    // no branch on the code's length: this runs once a record in the cube build. Byte writes are atomic, and racing
    // threads compute the same answer, so no lock is needed.
    private readonly byte[] _cache = new byte[TotalPosition + 1];

    internal CommodityClassifier(CommodityClassification classification)
    {
        Classification = classification;
        _cache[TotalPosition] = TotalCell + 1;
        _groupIndexes = classification.Groups.Select(static (g, i) => (g.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        _scopeIndexes = classification.Scopes.Select(static (s, i) => (s.Id, i)).ToDictionary(static p => p.Id, static p => p.i, StringComparer.Ordinal);
        DefaultScopeIndex = _scopeIndexes[classification.DefaultScope];

        var cells = new List<(int Group, uint Mask)> { (-1, 0), (-1, 0) }; // TOTAL, unclassified
        var prefixes = classification.Groups.SelectMany(static g => g.Prefixes)
            .Concat(classification.Scopes.SelectMany(static s => s.IncludePrefixes.Concat(s.ExcludePrefixes)))
            .Distinct()
            .Order();
        foreach (var prefix in prefixes)
        {
            var attributes = Attributes(prefix);
            var index = attributes == (-1, 0u) ? UnclassifiedCell : cells.IndexOf(attributes, 2);
            if (index < 0)
            {
                index = cells.Count;
                cells.Add(attributes);
            }

            if (index > byte.MaxValue - 1)
            {
                throw new InvalidOperationException($"The classification '{classification.Id}' makes more than {byte.MaxValue - 1} classes of codes (rule {ClassificationRules.TooLarge.Code}).");
            }

            _prefixCells.Add(prefix, (byte)index);
        }

        Cells = [.. cells.Select((c, i) => new CommodityCell
        {
            Index = i,
            Kind = i == TotalCell ? CommodityCellKind.Total : c.Group < 0 ? CommodityCellKind.Unclassified : CommodityCellKind.Grouped,
            GroupId = c.Group < 0 ? null : classification.Groups[c.Group].Id,
            Scopes = [.. classification.Scopes.Where((_, s) => (c.Mask & (1u << s)) != 0).Select(static s => s.Id)],
        })];
        CellGroups = [.. cells.Select(static c => c.Group)];
        CellScopeMasks = [.. cells.Select(static c => c.Mask)];
    }

    /// <summary>The classification this classifier was compiled from.</summary>
    public CommodityClassification Classification { get; }

    /// <summary>Every cell, by index: 0 is <c>TOTAL</c>, 1 the codes of no group and no scope.</summary>
    public IReadOnlyList<CommodityCell> Cells { get; }

    internal int DefaultScopeIndex { get; }

    internal int[] CellGroups { get; }

    internal uint[] CellScopeMasks { get; }

    /// <summary>Over the 256 cell indexes a key holds: true for the commodity cells (not <c>TOTAL</c>) in a scope.</summary>
    internal bool[] ScopeCellMask(int scopeIndex) => CellMask(c => (CellScopeMasks[c] & (1u << scopeIndex)) != 0);

    /// <summary>Over the 256 cell indexes a key holds: true for the commodity cells (not <c>TOTAL</c>) of a group.</summary>
    internal bool[] GroupCellMask(int groupIndex) => CellMask(c => CellGroups[c] == groupIndex);

    /// <summary>Over the 256 cell indexes a key holds: true for the commodity cells (not <c>TOTAL</c>) a test selects.</summary>
    internal bool[] CellMask(Func<int, bool> selected)
    {
        var mask = new bool[256];
        for (var c = TotalCell + 1; c < Cells.Count; c++)
        {
            mask[c] = selected(c);
        }

        return mask;
    }

    /// <summary>The cell of a code.</summary>
    /// <param name="code">The code; <c>TOTAL</c> goes to cell 0.</param>
    /// <returns>The cell.</returns>
    public CommodityCell Classify(HsCode code) => Cells[CellIndexOf(code)];

    /// <summary>The group of a code, by its longest matching prefix.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The group, or null for <c>TOTAL</c> and codes of no group.</returns>
    public CommodityGroup? GroupOf(HsCode code) =>
        CellGroups[CellIndexOf(code)] is var group and >= 0 ? Classification.Groups[group] : null;

    /// <summary>Whether a code is in a scope.</summary>
    /// <param name="code">The code.</param>
    /// <param name="scopeId">The scope's identifier.</param>
    /// <returns>True when the code is in the scope.</returns>
    /// <exception cref="ArgumentException">No scope has that identifier.</exception>
    public bool IsInScope(HsCode code, string scopeId) => (CellScopeMasks[CellIndexOf(code)] & (1u << ScopeIndex(scopeId))) != 0;

    /// <inheritdoc />
    public override string ToString() => $"Classifier of {Classification.Id}: {Cells.Count} cells";

    internal int ScopeIndex(string scopeId) =>
        scopeId is not null && _scopeIndexes.TryGetValue(scopeId, out var index)
            ? index
            : throw new ArgumentException($"The classification '{Classification.Id}' has no scope '{scopeId}'; its scopes are: {string.Join(", ", _scopeIndexes.Keys)}.", nameof(scopeId));

    internal int GroupIndex(string groupId) =>
        groupId is not null && _groupIndexes.TryGetValue(groupId, out var index)
            ? index
            : throw new ArgumentException($"The classification '{Classification.Id}' has no group '{groupId}'; its groups are: {string.Join(", ", _groupIndexes.Keys)}.", nameof(groupId));

    /// <summary>The cell index of a code: a cache hit for every code seen before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CellIndexOf(HsCode code)
    {
        var position = CachePositions[code.Digits] + code.Number;
        var cached = _cache[position];
        return cached != 0 ? cached - 1 : Classify(code, position);
    }

    private int Classify(HsCode code, int position)
    {
        var cell = UnclassifiedCell;
        for (var digits = code.Digits; digits >= 2; digits -= 2)
        {
            if (_prefixCells.TryGetValue(code.Truncate(digits), out var found))
            {
                cell = found;
                break;
            }
        }

        _cache[position] = (byte)(cell + 1);
        return cell;
    }

    // The group and scopes of the codes whose longest matching prefix is this one.
    private (int Group, uint Mask) Attributes(HsCode prefix)
    {
        var group = -1;
        var groupDigits = 0;
        for (var g = 0; g < Classification.Groups.Count; g++)
        {
            foreach (var p in Classification.Groups[g].Prefixes)
            {
                if (prefix.StartsWith(p) && p.Digits > groupDigits)
                {
                    group = g;
                    groupDigits = p.Digits;
                }
            }
        }

        var mask = 0u;
        for (var s = 0; s < Classification.Scopes.Count; s++)
        {
            var scope = Classification.Scopes[s];
            var inScope = group >= 0 && scope.Groups.Contains(Classification.Groups[group].Id, StringComparer.Ordinal);
            var ruleDigits = 0;
            foreach (var p in scope.IncludePrefixes)
            {
                if (prefix.StartsWith(p) && p.Digits > ruleDigits)
                {
                    (inScope, ruleDigits) = (true, p.Digits);
                }
            }

            foreach (var p in scope.ExcludePrefixes)
            {
                if (prefix.StartsWith(p) && p.Digits > ruleDigits)
                {
                    (inScope, ruleDigits) = (false, p.Digits);
                }
            }

            if (inScope)
            {
                mask |= 1u << s;
            }
        }

        return (group, mask);
    }
}
