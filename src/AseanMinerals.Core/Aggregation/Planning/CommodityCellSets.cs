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
        var (scopes, groups) = (classifier.Classification.Scopes.Count, classifier.Classification.Groups.Count);
        _scopes = scopes;
        _sets = new CellSet[scopes + groups + 3];
        for (var s = 0; s < scopes; s++)
        {
            _sets[s] = new CellSet(classifier.ScopeCellMask(s), s);
        }

        for (var g = 0; g < groups; g++)
        {
            _sets[scopes + g] = new CellSet(classifier.GroupCellMask(g), scopes + g);
        }

        var all = new bool[256];
        Array.Fill(all, true);
        var total = new bool[256];
        total[CommodityClassifier.TotalCell] = true;
        _sets[^3] = new CellSet(all, _sets.Length - 3);
        _sets[^2] = new CellSet(classifier.CellMask(static _ => true), _sets.Length - 2);
        _sets[^1] = new CellSet(total, _sets.Length - 1);
    }

    /// <summary>How many selections there are (the roll-ups keep one slot each).</summary>
    public int Count => _sets.Length;

    public CellSet Scope(int scopeIndex) => _sets[scopeIndex];

    public CellSet Group(int groupIndex) => _sets[_scopes + groupIndex];

    public CellSet All => _sets[^3];

    /// <summary>Every commodity cell but <c>TOTAL</c>: the rows by commodity.</summary>
    public CellSet Commodities => _sets[^2];

    public CellSet Total => _sets[^1];
}
