namespace AseanMinerals.Core.Aggregation.Planning;

/// <summary>
/// The cells a query reads: masks of reporters, partners (area codes), flows and commodity cells, and, where the partner
/// basis is mixed, per reporter and flow ((reporter &lt;&lt; 4) | flow) whether its World rows (true) or its partner rows count;
/// with <see cref="ExcludeSelf"/>, a reporter's rows with itself as partner (re-imports, re-exports) are left out: a member is
/// not its own partner in a partner group.
/// </summary>
internal readonly record struct CellQuery(bool[] Reporters, bool[] Partners, bool[] Flows, CellSet Cells, bool[]? WorldBy = null, bool ExcludeSelf = false);
