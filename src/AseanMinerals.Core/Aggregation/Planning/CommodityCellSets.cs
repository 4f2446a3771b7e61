using AseanMinerals.Core.Classification;

namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// The commodity selections a query can read, each a <see cref="CellSet"/> with its place among the roll-ups: the scopes,
/// then the groups, then all cells, the commodity cells (every cell but <c>TOTAL</c>) and the <c>TOTAL</c> cell.
/// </summary>
internal sealed class CommodityCellSets
{
    private readonly CellSet[] _sets;
    private readonly int _scopes;

    public CommodityCellSets(CommodityClassifier classifier)
    {
        var (scopes, groups, cells) = (classifier.Classification.Scopes.Count, classifier.Classification.Groups.Count, classifier.Cells.Count);
        const int Total = CommodityClassifier.TotalCell;
        _scopes = scopes;
        _sets = new CellSet[scopes + groups + 3];
        for (var s = 0; s < scopes; s++)
        {
            _sets[s] = new CellSet(Mask(c => c > Total && c < cells && (classifier.CellScopeMasks[c] & (1u << s)) != 0), s);
        }

        for (var g = 0; g < groups; g++)
        {
            _sets[scopes + g] = new CellSet(Mask(c => c > Total && c < cells && classifier.CellGroups[c] == g), scopes + g);
        }

        _sets[^3] = new CellSet(Mask(static _ => true), _sets.Length - 3);
        _sets[^2] = new CellSet(Mask(c => c > Total && c < cells), _sets.Length - 2);
        _sets[^1] = new CellSet(Mask(static c => c == Total), _sets.Length - 1);
    }

    /// <summary>How many selections there are (the roll-ups keep one slot each).</summary>
    public int Count => _sets.Length;

    public CellSet Scope(int scopeIndex) => _sets[scopeIndex];

    public CellSet Group(int groupIndex) => _sets[_scopes + groupIndex];

    public CellSet All => _sets[^3];

    /// <summary>Every commodity cell but <c>TOTAL</c>: the rows by commodity.</summary>
    public CellSet Commodities => _sets[^2];

    public CellSet Total => _sets[^1];

    private static bool[] Mask(Func<int, bool> selected)
    {
        var mask = new bool[256];
        for (var c = 0; c < mask.Length; c++)
        {
            mask[c] = selected(c);
        }

        return mask;
    }
}
