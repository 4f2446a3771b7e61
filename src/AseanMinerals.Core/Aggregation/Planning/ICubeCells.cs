using AseanMinerals.Core.Classification;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// What the <see cref="SharePlanner"/> reads from a cube: its commodity selections, the question it was built for, and
/// tallies of the cells that pass a query (which rows exist, by reporter and flow). Never the cube's figures.
/// </summary>
internal interface ICubeCells
{
    /// <summary>The classifier whose cells key the commodities.</summary>
    CommodityClassifier Classifier { get; }

    /// <summary>The commodity selections a query can read.</summary>
    CommodityCellSets CellSets { get; }

    /// <summary>The question the cube was built for; null for a whole cube.</summary>
    TradeCubeFilter.Compiled? Question { get; }

    /// <summary>The cells of a period that pass a query, added up by a dimension.</summary>
    Dictionary<int, CellTally> Tally(TradePeriod period, CellQuery query, TallyBy by);
}
