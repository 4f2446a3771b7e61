namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// The cells a query reads: masks of reporters, partners (area codes), flows and commodity cells, and, where the partner
/// basis is mixed, per reporter and flow ((reporter &lt;&lt; 4) | flow) whether its World rows (true) or its partner rows count.
/// </summary>
internal readonly record struct CellQuery(bool[] Reporters, bool[] Partners, bool[] Flows, CellSet Cells, bool[]? WorldBy = null);
