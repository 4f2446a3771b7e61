using AseanMinerals.Core.Countries;
using AseanMinerals.Core.Trade;

namespace AseanMinerals.Core.Aggregation;

/// <summary>One cell of a <see cref="TradeCube"/>: the exact sum of the records sharing its key.</summary>
/// <param name="Period">The period.</param>
/// <param name="Reporter">The reporter.</param>
/// <param name="Partner">The partner (<c>000</c> for the World rows).</param>
/// <param name="Flow">The flow, total or subset, kept apart.</param>
/// <param name="Commodity">The index of the <see cref="Classification.CommodityCell"/> in the cube's classifier (0 is <c>TOTAL</c>).</param>
/// <param name="Value">The sum of the values in US dollars, exact.</param>
/// <param name="Records">How many records were added.</param>
/// <param name="Levels">The HS levels of those records.</param>
public readonly record struct TradeCubeCell(
    TradePeriod Period, AreaCode Reporter, AreaCode Partner, TradeFlow Flow, int Commodity, decimal Value, int Records, HsCodeLevels Levels)
{
    /// <inheritdoc />
    public override string ToString() => $"{Period} {Reporter}->{Partner} {Flow.ToComtradeCode()} cell {Commodity}: US${Value} ({Records} records, {Levels})";
}
