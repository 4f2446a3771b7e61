namespace AseanMinerals.Core.Aggregation;

/// <summary>How a cube accounted for its input: every record read was aggregated, set aside or outside the cube's filter, none lost.</summary>
/// <param name="RecordsRead">The records given to the cube.</param>
/// <param name="RecordsAggregated">The records added into a cell.</param>
/// <param name="BreakdownRecordsSetAside">The breakdown records (by second partner, customs procedure or transport) set aside: they are parts of aggregate rows and would count twice.</param>
/// <param name="Cells">The number of cells.</param>
public sealed record TradeCubeStatistics(long RecordsRead, long RecordsAggregated, long BreakdownRecordsSetAside, int Cells)
{
    /// <summary>The records left out because the cube was built for one question (<see cref="TradeCubeFilter"/>); 0 for a whole cube.</summary>
    public long RecordsOutsideFilter { get; init; }

    /// <inheritdoc />
    public override string ToString() => RecordsOutsideFilter == 0
        ? $"{RecordsRead:N0} records read = {RecordsAggregated:N0} aggregated + {BreakdownRecordsSetAside:N0} breakdown rows set aside; {Cells:N0} cells"
        : $"{RecordsRead:N0} records read = {RecordsAggregated:N0} aggregated + {BreakdownRecordsSetAside:N0} breakdown rows set aside + {RecordsOutsideFilter:N0} outside the cube's filter; {Cells:N0} cells";
}
