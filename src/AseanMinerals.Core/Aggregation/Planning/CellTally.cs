namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>The cells of a query added up along one dimension: their exact sum, records and HS levels.</summary>
internal struct CellTally
{
    public ExactTotal Sum;
    public long Records;
    public HsCodeLevels Levels;
}
